import { useId } from 'react';
import type { MsgKey } from '../../i18n';
import { NumberCell } from '../common/NumberCell';
import { intRule } from '../../lesson/serve/edits';

interface Props {
  value: number;
  min: number;
  max: number;
  onCommit: (value: number) => void;
  /** Accessible name; shown as the visible label too unless `hideLabel`. */
  label: string;
  cellId: string;
  hideLabel?: boolean;
  /** The largest value the other inputs allow (≤ max), and the message shown above it (e.g. prompt + output > max length). */
  allowed?: number;
  tooBig?: { key: MsgKey; params: Record<string, string | number> };
  /** Quantity id of the value (linked highlighting: focusing the field lights what it feeds). */
  q?: string;
}

/** A whole-number input: the app's one numeric cell with this field's rule (whole number in [min, max], at most `allowed`), and a visible label. */
export function IntField({ value, min, max, onCommit, label, cellId, hideLabel = false, allowed = max, tooBig, q }: Props) {
  const id = useId();
  return (
    <span className="serve-int" data-q={q}>
      {!hideLabel && <label htmlFor={id}>{label}</label>}
      <NumberCell id={id} value={value} label={label} cellId={cellId} rule={intRule(min, max, allowed, tooBig)} onCommit={onCommit} />
    </span>
  );
}
