import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { differs, type HeadsTarget, setCell } from '../../lesson/heads/edits';
import type { HeadsState } from '../../lesson/heads/model';
import { NumberCell } from '../common/NumberCell';
import { ScrollX } from '../common/ScrollX';
import { richText } from '../common/richText';

interface Props {
  target: HeadsTarget;
  name: string;
  caption: string;
  state: HeadsState;
  onChange: (s: HeadsState) => void;
  /** Row labels (tokens for X, "1…4" for weights). */
  rowLabels: readonly ReactNode[];
  /** Plain names of the rows for the cells' accessible labels (token words for X). */
  rowNames?: readonly string[];
  /** Header per column, e.g. "head 1". */
  colLabels: readonly ReactNode[];
  /** Colour class of a column (the head or K/V head that owns it), e.g. "hc-0". */
  colClass?: (col: number) => string | undefined;
  /** Colour class of a row (W_O: the head whose Concat column the row multiplies). */
  rowClass?: (row: number) => string | undefined;
  /** Columns that do not exist in the current layout (shown disabled with a note). */
  unused?: (col: number) => boolean;
  unusedNote?: string;
}

/** An editable matrix: one NumberCell per entry, labelled by row and column, coloured by the head that owns it. */
export function MatrixCells({ target, name, caption, state, onChange, rowLabels, rowNames, colLabels, colClass, rowClass, unused, unusedNote }: Props) {
  const { t } = useI18n();
  const M = state[target];
  const cls = (...c: (string | undefined | false)[]) => c.filter(Boolean).join(' ') || undefined;
  return (
    <ScrollX>
      <table className="matrix-cells">
        <caption>{richText(caption)}</caption>
        <thead>
          <tr>
            <td />
            {colLabels.map((c, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
              <th key={j} scope="col" className={cls(unused?.(j) ? 'quiet' : colClass?.(j))}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {M.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions
            <tr key={i}>
              <th scope="row" className={rowClass?.(i)}>{rowLabels[i]}</th>
              {row.map((x, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
                <td key={j} className={cls(unused?.(j) ? 'unused' : colClass?.(j) ?? rowClass?.(i))}>
                  <NumberCell
                    value={x}
                    cellId={`${target}.${i}.${j}`}
                    label={target === 'X' ? t('heads.cell.X', { token: rowNames?.[i] ?? String(i + 1), dim: j + 1 }) : t('heads.cell.W', { name, row: i + 1, col: j + 1 })}
                    edited={differs(state, target, i, j)}
                    disabled={unused?.(j) ?? false}
                    onCommit={(v) => onChange(setCell(state, target, i, j, v))}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {unusedNote && <p className="hint">{unusedNote}</p>}
    </ScrollX>
  );
}
