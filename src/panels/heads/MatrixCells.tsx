import { useI18n } from '../../i18n/I18nContext';
import { differs, type HeadsTarget, setCell } from '../../lesson/heads/edits';
import type { HeadsState } from '../../lesson/heads/model';
import { NumberCell } from '../common/NumberCell';
import { ScrollX } from '../common/ScrollX';

interface Props {
  target: HeadsTarget;
  name: string;
  caption: string;
  state: HeadsState;
  onChange: (s: HeadsState) => void;
  /** Row labels (tokens for X, "1…4" for weights). */
  rowLabels: readonly React.ReactNode[];
  /** Header per column, e.g. "head 1". */
  colLabels: readonly string[];
  /** Columns that do not exist in the current layout (shown disabled with a note). */
  unused?: (col: number) => boolean;
  unusedNote?: string;
}

/** An editable matrix: one NumberCell per entry, labelled by row and column. */
export function MatrixCells({ target, name, caption, state, onChange, rowLabels, colLabels, unused, unusedNote }: Props) {
  const { t } = useI18n();
  const M = state[target];
  return (
    <ScrollX>
      <table className="matrix-cells">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" />
            {colLabels.map((c, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
              <th key={j} scope="col" className={unused?.(j) ? 'quiet' : undefined}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {M.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions
            <tr key={i}>
              <th scope="row">{rowLabels[i]}</th>
              {row.map((x, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
                <td key={j} className={unused?.(j) ? 'unused' : undefined}>
                  <NumberCell
                    value={x}
                    cellId={`${target}.${i}.${j}`}
                    label={target === 'X' ? t('heads.cell.X', { token: String(i + 1), dim: j + 1 }) : t('heads.cell.W', { name, row: i + 1, col: j + 1 })}
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
