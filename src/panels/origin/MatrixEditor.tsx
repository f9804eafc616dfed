import type { ReactNode } from 'react';
import { NumberCell } from '../common/NumberCell';
import { ScrollX } from '../common/ScrollX';

interface Props {
  caption: string;
  /** data-cell prefix, e.g. "X" gives data-cell="X.<row>.<col>". */
  name: string;
  values: readonly (readonly number[])[];
  rowLabels: readonly ReactNode[];
  /** Accessible label of one cell. */
  cellLabel: (row: number, col: number) => string;
  edited: (row: number, col: number) => boolean;
  onCommit: (row: number, col: number, value: number) => void;
  /** Quiet unless emphasised; a row and/or a column can be picked out. */
  emphasis?: boolean;
  emphRow?: number;
  emphCol?: number;
}

/** An editable matrix: one NumberCell per entry, row labels on the left, dimension numbers on top. */
export function MatrixEditor({ caption, name, values, rowLabels, cellLabel, edited, onCommit, emphasis = false, emphRow, emphCol }: Props) {
  const cols = values[0]?.length ?? 0;
  return (
    <ScrollX>
      <table className={`matrix-editor ${emphasis ? 'emph' : 'quiet'}`} data-matrix={name}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td className="corner" />
            {Array.from({ length: cols }, (_, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are dimensions
              <th key={j} scope="col" className={emphCol === j ? 'pick' : undefined}>
                {j + 1}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {values.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions
            <tr key={i} className={emphRow === i ? 'pick' : undefined}>
              <th scope="row">{rowLabels[i]}</th>
              {row.map((x, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are dimensions
                <td key={j} className={emphCol === j || emphRow === i ? 'pick' : undefined}>
                  <NumberCell value={x} cellId={`${name}.${i}.${j}`} label={cellLabel(i, j)} edited={edited(i, j)} onCommit={(v) => onCommit(i, j, v)} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollX>
  );
}
