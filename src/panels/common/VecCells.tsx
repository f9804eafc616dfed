import { useCallback, useRef } from 'react';
import { NumberCell } from './NumberCell';

/** Commits one cell's value; cellId is "M.i.j" (matrix, row = token, column = dimension). */
export type CellCommit = (value: number, cellId: string) => void;

/**
 * One stable commit handler for every cell "M.i.j" of a chapter's matrices, so unchanged cells skip
 * re-rendering: it applies `set(state, M, i, j, value)` to the latest state and passes it to onChange.
 */
export function useCellCommit<S, M extends string>(state: S, onChange: (s: S) => void, set: (s: S, m: M, i: number, j: number, v: number) => S): CellCommit {
  const latest = useRef({ state, onChange, set });
  latest.current = { state, onChange, set };
  return useCallback<CellCommit>((value, cellId) => {
    const [m, i, j] = cellId.split('.');
    const { state: s, onChange: change, set: apply } = latest.current;
    change(apply(s, m as M, Number(i), Number(j), value));
  }, []);
}

interface Props {
  /** The vector, (d): row i of matrix m. */
  values: readonly number[];
  /** "M.i": each cell's id is "M.i.j". */
  id: string;
  /** Accessible name of dimension j (0-based; say it 1-based). */
  label: (j: number) => string;
  /** True when dimension j differs from the chapter's default. */
  edited: (j: number) => boolean;
  onCommit: CellCommit;
  /** Linked quantity of the whole vector (data-q), when the stage links it. */
  q?: string;
}

/** One editable vector on a line: a NumberCell per dimension; a cell's message sits under the whole line (styles.css .vec). */
export function VecCells({ values, id, label, edited, onCommit, q }: Props) {
  return (
    <span className="vec" data-q={q}>
      {values.map((x, j) => (
        <NumberCell
          // biome-ignore lint/suspicious/noArrayIndexKey: a cell's identity is its dimension
          key={j}
          value={x}
          cellId={`${id}.${j}`}
          label={label(j)}
          edited={edited(j)}
          onCommit={onCommit}
        />
      ))}
    </span>
  );
}
