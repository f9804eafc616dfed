import { useI18n } from '../../i18n/I18nContext';
import { costModel } from '../../lesson/cost/model';
import { fmtTick } from '../../lesson/format';
import { NumberCell } from '../common/NumberCell';

/** The range a shared link accepts for ε (the same numbers, so every value typed survives a reload). */
const EPS_RULE = { min: costModel.fields.eps.kind === 'num' ? costModel.fields.eps.min : 0, max: costModel.fields.eps.kind === 'num' ? costModel.fields.eps.max : 1 };

/** ε between 0 and 1: the article's thresholds as buttons (10⁻⁴ …), and the app's numeric input for any other value. */
export function EpsControl({ value, presets, onChange }: { value: number; presets: readonly number[]; onChange: (eps: number) => void }) {
  const { t } = useI18n();
  return (
    <div className="sp-controls" role="group" aria-label={t('cost.sp.eps')}>
      <span className="dim-label">{t('cost.sp.eps')}</span>
      {presets.map((p) => (
        <button key={p} type="button" aria-pressed={value === p} data-eps={p} onClick={() => onChange(p)}>
          {fmtTick(p)}
        </button>
      ))}
      <NumberCell value={value} cellId="eps" label={t('cost.sp.epsCell')} rule={EPS_RULE} onCommit={onChange} />
    </div>
  );
}
