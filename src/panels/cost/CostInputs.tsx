import { useI18n } from '../../i18n/I18nContext';
import { type CostState, LIMITS, PRECISIONS } from '../../lesson/cost/model';
import { NumberCell } from '../common/NumberCell';
import { cq } from '../../lesson/cost/links';

const SIZES = ['S', 'd', 'B', 'N', 'L'] as const;

/** The sizes S, d, B, N, L (validated whole numbers) and the cache precision. */
export function CostInputs({ state, onChange }: { state: CostState; onChange: (s: CostState) => void }) {
  const { t } = useI18n();
  return (
    <section className="inputs" aria-label={t('cost.inputs')}>
      <div className="cost-sizes">
        {SIZES.map((k) => (
          <label key={k} className="cost-size" data-q={cq.size(k)}>
            <span>{t(`cost.input.${k}`)}</span>
            <NumberCell
              value={state[k]}
              rule={{ integer: true, min: LIMITS[k][0], max: LIMITS[k][1] }}
              cellId={k}
              label={t(`cost.input.${k}`)}
              onCommit={(v) => onChange({ ...state, [k]: v })}
            />
          </label>
        ))}
      </div>
      <fieldset className="cost-precision" data-q={cq.bytes}>
        <legend>{t('cost.input.precision')}</legend>
        {PRECISIONS.map((p) => (
          <label key={p} className="predict-option">
            <input type="radio" name="cost-precision" value={p} checked={state.precision === p} onChange={() => onChange({ ...state, precision: p })} />
            {t(`cost.input.${p}`)}
          </label>
        ))}
      </fieldset>
      <p className="hint">{t('cost.inputs.hint')}</p>
    </section>
  );
}
