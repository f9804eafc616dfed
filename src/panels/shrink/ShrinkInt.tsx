import { useId } from 'react';
import type { RuleError } from '../../state/numberRule';
import { NumberCell } from '../common/NumberCell';

interface Props {
  value: number;
  min: number;
  max: number;
  onCommit: (value: number) => void;
  /** Visible label and accessible name. */
  label: string;
  cellId: string;
  /** A further condition (e.g. the prompt and the generated tokens must fit the context). */
  check?: (v: number) => RuleError | null;
  /** Quantity id of the input (linked highlighting: focusing the field lights what it feeds). */
  q?: string;
}

/** A whole-number input of the chapter: the app's one numeric cell with a visible label and the rule "whole number in [min, max]". */
export function ShrinkInt({ value, min, max, onCommit, label, cellId, check, q }: Props) {
  const id = useId();
  return (
    <span className="shrink-int" data-q={q}>
      <label htmlFor={id}>{label}</label>
      <NumberCell id={id} value={value} label={label} cellId={cellId} rule={{ integer: true, min, max, check }} onCommit={onCommit} />
    </span>
  );
}

/** A group of radio buttons for one choice (arrow keys move within it). */
export function Choice<T extends string>({ legend, name, value, options, onChange, q }: { legend: string; name: string; value: T; options: readonly { id: T; label: string }[]; onChange: (v: T) => void; q?: string }) {
  return (
    <fieldset className="shrink-choice" data-choice={name} data-q={q}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.id}>
          <input type="radio" name={name} value={o.id} checked={value === o.id} onChange={() => onChange(o.id)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
