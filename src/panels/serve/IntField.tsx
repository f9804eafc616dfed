import { useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { MsgKey } from '../../i18n';
import { groupDigits } from '../../lesson/memory/bytes';
import { NumberCell } from '../common/NumberCell';

interface Props {
  value: number;
  min: number;
  max: number;
  onCommit: (value: number) => void;
  /** Accessible name; shown as the visible label too unless `hideLabel`. */
  label: string;
  cellId: string;
  hideLabel?: boolean;
  /** The message when the value is a whole number in [min, max] but the others forbid it (e.g. prompt + output > max length). */
  tooBig?: { key: MsgKey; params: Record<string, string | number> };
  /** The largest value the other inputs allow (≤ max); above it, `tooBig` is shown. */
  allowed?: number;
}

/**
 * A whole-number input built on the app's one numeric cell: anything that is not a whole number in
 * [min, max] (or above what the other inputs allow) shows a message in the current language and the
 * last valid value stays in use.
 */
export function IntField({ value, min, max, onCommit, label, cellId, hideLabel = false, tooBig, allowed = max }: Props) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<'range' | 'tooBig' | null>(null);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value); // a value set elsewhere (a button, a link) is valid by construction
    setProblem(null);
  }
  const last = groupDigits(BigInt(value));
  const message =
    problem === 'range'
      ? t('serve.error.int', { min: groupDigits(BigInt(min)), max: groupDigits(BigInt(max)), last })
      : problem === 'tooBig' && tooBig
        ? t(tooBig.key, { ...tooBig.params, last })
        : null;
  return (
    <span className={`serve-int${problem ? ' invalid' : ''}`}>
      {!hideLabel && (
        <span className="serve-int-label" aria-hidden="true">
          {label}
        </span>
      )}
      <NumberCell
        value={value}
        label={label}
        cellId={cellId}
        onCommit={(v) => {
          const whole = Number.isInteger(v) && v >= min && v <= max;
          const next = !whole ? 'range' : v > allowed ? 'tooBig' : null;
          setProblem(next);
          if (next === null) onCommit(v);
        }}
      />
      {message && (
        <span className="cell-error" role="alert" data-error={cellId}>
          {message}
        </span>
      )}
    </span>
  );
}
