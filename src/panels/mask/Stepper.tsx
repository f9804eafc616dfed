import { useI18n } from '../../i18n/I18nContext';
import type { MsgKey } from '../../i18n';
import { plainText, richText } from '../common/richText';

interface Props {
  value: number;
  min: number;
  max: number;
  onChange: (n: number) => void;
  /** Catalog keys: the group label, the shown value ({n}, {max}), and the two buttons. */
  keys: { label: MsgKey; value: MsgKey; fewer: MsgKey; more: MsgKey };
}

/** − n + stepper for a small count (a block size, d_model, d_k), labelled from the catalogs. */
export function Stepper({ value, min, max, onChange, keys }: Props) {
  const { t } = useI18n();
  return (
    <div className="dim-control" role="group" aria-label={plainText(t(keys.label))}>
      <span className="dim-label">{richText(t(keys.label))}</span>
      <button type="button" onClick={() => onChange(value - 1)} disabled={value <= min} aria-label={plainText(t(keys.fewer))}>
        −
      </button>
      <output className="dim-value" aria-live="polite">
        {richText(t(keys.value, { n: value, max }))}
      </output>
      <button type="button" onClick={() => onChange(value + 1)} disabled={value >= max} aria-label={plainText(t(keys.more))}>
        +
      </button>
    </div>
  );
}
