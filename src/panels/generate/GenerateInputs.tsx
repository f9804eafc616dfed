import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { cellEdited, type GenerateTarget, isEdited, resetInputs, setCell } from '../../lesson/generate/edits';
import { type GenerateState, PROMPT, TOKENS } from '../../lesson/generate/model';
import { NumberCell } from '../common/NumberCell';
import { TokenChip } from '../common/TokenChip';
import { ScrollX } from '../common/ScrollX';

interface Props {
  state: GenerateState;
  onChange: (s: GenerateState) => void;
}

/** One editable matrix as a table: rows labelled by `rowLabel(i)`. */
function MatCells({ target, state, onChange, caption, rowLabel, cellLabel }: Props & { target: GenerateTarget; caption: string; rowLabel: (i: number) => ReactNode; cellLabel: (i: number, j: number) => string }) {
  return (
    <ScrollX>
      <table className="gen-matrix">
        <caption>{caption}</caption>
        <tbody>
          {state[target].map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions
            <tr key={i}>
              <th scope="row">{rowLabel(i)}</th>
              {row.map((x, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a cell's identity is its column
                <td key={j}>
                  <NumberCell
                    value={x}
                    cellId={`${target}.${i}.${j}`}
                    label={cellLabel(i, j)}
                    edited={cellEdited(state, target, i, j)}
                    onCommit={(v) => onChange(setCell(state, target, i, j, v))}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollX>
  );
}

/** The toy model's inputs: embeddings X of all six tokens and W_Q, W_K, W_V; every cell editable. */
export function GenerateInputs({ state, onChange }: Props) {
  const { t } = useI18n();
  const common = { state, onChange };
  const wRow = (i: number) => t('generate.inputs.wRow', { i: i + 1 });
  return (
    <section className="inputs gen-inputs" aria-label={t('generate.inputs.title')}>
      <h3>{t('generate.inputs.title')}</h3>
      <MatCells
        {...common}
        target="X"
        caption={t('generate.inputs.X', { prompt: PROMPT.join(' ') })}
        rowLabel={(i) => <TokenChip token={TOKENS[i]} index={i} />}
        cellLabel={(i, j) => t('generate.inputs.xCell', { token: TOKENS[i], dim: j + 1 })}
      />
      <div className="gen-weights">
        {(['W_Q', 'W_K', 'W_V'] as const).map((w) => (
          <MatCells
            key={w}
            {...common}
            target={w}
            caption={t('generate.inputs.W', { w })}
            rowLabel={wRow}
            cellLabel={(i, j) => t('generate.inputs.wCell', { w, row: i + 1, col: j + 1 })}
          />
        ))}
      </div>
      <div className="input-tools">
        <button type="button" onClick={() => onChange(resetInputs(state))} disabled={!isEdited(state)}>
          {t('generate.inputs.reset')}
        </button>
      </div>
      <p className="hint">{t('generate.inputs.hint')} {t('cell.help')}</p>
    </section>
  );
}
