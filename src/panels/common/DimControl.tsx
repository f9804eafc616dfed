import { useI18n } from '../../i18n/I18nContext';
import { plainText, richText } from './richText';

/** − d + stepper for a vector length within [min, max]. */
export function DimControl({ value, min, max, onChange, label }: { value: number; min: number; max: number; onChange: (d: number) => void; label?: string }) {
  const { t } = useI18n();
  return (
    <div className="dim-control" role="group" aria-label={plainText(label ?? t('dim.label'))}>
      <span className="dim-label">{richText(label ?? t('dim.label'))}</span>
      <button type="button" onClick={() => onChange(value - 1)} disabled={value <= min} aria-label={t('dim.decrease')}>
        −
      </button>
      <output className="dim-value" aria-live="polite">
        {richText(t('dim.value', { d: value }))}
      </output>
      <button type="button" onClick={() => onChange(value + 1)} disabled={value >= max} aria-label={t('dim.increase')}>
        +
      </button>
    </div>
  );
}
