import { useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fmtShort } from '../../lesson/format';
import { NumberCell } from '../common/NumberCell';

interface Props {
  value: number;
  min: number;
  max: number;
  onCommit: (value: number) => void;
  label: string;
  cellId: string;
}

/** A NumberCell that also requires a whole number within [min, max]; otherwise an inline message and the last valid value stays. */
export function IntCell({ value, min, max, onCommit, label, cellId }: Props) {
  const { t } = useI18n();
  const [bad, setBad] = useState(false);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    // A value set elsewhere (slider, link) is valid by construction.
    setSeen(value);
    setBad(false);
  }
  return (
    <span className={`int-cell${bad ? ' invalid' : ''}`}>
      <NumberCell
        value={value}
        label={label}
        cellId={cellId}
        onCommit={(v) => {
          const ok = Number.isInteger(v) && v >= min && v <= max;
          setBad(!ok);
          if (ok) onCommit(v);
        }}
      />
      {bad && (
        <span className="cell-error" role="alert" data-error={cellId}>
          {t('scaling.int.error', { min: fmtShort(min), max: fmtShort(max), last: fmtShort(value) })}
        </span>
      )}
    </span>
  );
}
