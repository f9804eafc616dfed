import { useId } from 'react';
import { fmtInt } from '../../lesson/format';

/**
 * A row of toggle buttons choosing one of `count` things (layer, head), shown 1-based as people count;
 * the state keeps the 0-based index. data-picker names it for tests.
 */
export function IndexPicker({ label, count, value, onChange, name }: { label: string; count: number; value: number; onChange: (i: number) => void; name: string }) {
  const id = useId();
  return (
    <div className="rm-picker" role="group" aria-labelledby={id} data-picker={name}>
      <span id={id} className="rm-picker-label">
        {label}
      </span>
      {Array.from({ length: count }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the buttons are the indices
        <button key={i} type="button" aria-pressed={i === value} onClick={() => onChange(i)}>
          {fmtInt(i + 1)}
        </button>
      ))}
    </div>
  );
}
