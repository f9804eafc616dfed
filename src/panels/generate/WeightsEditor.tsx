import { useI18n } from '../../i18n/I18nContext';
import { cellEdited, isEdited, resetInputs, setCell } from '../../lesson/generate/edits';
import type { GenerateState } from '../../lesson/generate/model';
import { NumberCell } from '../common/NumberCell';
import type { PartView } from '../stage/StageContext';
import { richText } from '../common/richText';

interface Props {
  state: GenerateState;
  onChange: (s: GenerateState) => void;
  /** The projections' stage part (x·W), for emphasis. */
  part: PartView;
}

/**
 * The toy head's weights W_Q, W_K, W_V (d_model, d_k) = (4, 3), folded under the cache they feed,
 * every cell editable; with the reset to the running example and the editing hint. Editing chrome:
 * hidden on a projector.
 */
export function WeightsEditor({ state, onChange, part }: Props) {
  const { t } = useI18n();
  return (
    <div className="input-tools gen-weights-tools">
      <details className="gen-weights-edit">
        <summary {...part.props}>{richText(t('generate.stage.editWeights'))}</summary>
        <div className="gen-weights">
          {(['W_Q', 'W_K', 'W_V'] as const).map((w) => (
            <table key={w} className="gen-matrix">
              <caption>{richText(t('generate.inputs.W', { w }))}</caption>
              <tbody>
                {state[w].map((row, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions
                  <tr key={i}>
                    <th scope="row">{richText(t('generate.inputs.wRow', { i: i + 1 }))}</th>
                    {row.map((x, j) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a cell's identity is its column
                      <td key={j}>
                        <NumberCell
                          value={x}
                          cellId={`${w}.${i}.${j}`}
                          label={t('generate.inputs.wCell', { w, row: i + 1, col: j + 1 })}
                          edited={cellEdited(state, w, i, j)}
                          onCommit={(v) => onChange(setCell(state, w, i, j, v))}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </div>
        <p className="hint">
          {richText(t('generate.inputs.hint'))} {richText(t('cell.help'))}
        </p>
      </details>
      <button type="button" onClick={() => onChange(resetInputs(state))} disabled={!isEdited(state)}>
        {richText(t('generate.inputs.reset'))}
      </button>
    </div>
  );
}
