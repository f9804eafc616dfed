import { useCallback, useId } from 'react';
import { NumberCell } from '../common/NumberCell';

interface Props {
  /** Visible label, also the accessible name of both the slider and the number field. */
  label: string;
  value: number;
  min: number;
  max: number;
  onCommit: (v: number) => void;
  cellId: string;
  emph?: boolean;
  /** Linked quantity of the position (data-q on the whole control: slider, field and label). */
  q?: string;
}

/**
 * A whole-number position: a slider (← / → and Page Up / Page Down move it; the step keys stay with it
 * while it has focus) and the app's numeric cell for typing an exact value, both showing the value in use.
 */
export function PositionControl({ label, value, min, max, onCommit, cellId, emph = false, q }: Props) {
  const id = useId();
  const commit = useCallback((v: number) => onCommit(v), [onCommit]);
  return (
    <div className={`rope-position${emph ? ' emph' : ''}`} data-q={q}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="range" min={min} max={max} step={1} value={value} data-slider={cellId} onChange={(e) => commit(Number(e.target.value))} />
      <NumberCell value={value} label={label} cellId={cellId} rule={{ integer: true, min, max }} onCommit={commit} />
    </div>
  );
}
