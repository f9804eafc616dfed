import { useI18n } from '../../i18n/I18nContext';
import { differsFromDefault, inputsEdited, type MaskMatrix, resize, setCell } from '../../lesson/mask/edits';
import { MASK_DEFAULT, MAX_D, MIN_D, type MaskState, TOKENS } from '../../lesson/mask/model';
import { DimControl } from '../common/DimControl';
import { TokenChip } from '../common/TokenChip';
import { MatrixEditor } from '../origin/MatrixEditor';

const MATS: readonly MaskMatrix[] = ['Q', 'K', 'V'];

/** Q, K and V of "The cat sat on" as editable cells, d_k and the reset. */
export function MaskInputs({ state, onChange }: { state: MaskState; onChange: (s: MaskState) => void }) {
  const { t } = useI18n();
  const chips = TOKENS.map((tok, i) => <TokenChip key={tok} token={tok} index={i} />);
  return (
    <section className="inputs" aria-label={t('mask.inputs.label')}>
      <div className="origin-matrices">
        {MATS.map((m) => (
          <MatrixEditor
            key={m}
            caption={t(`mask.inputs.${m}`, { d: state.d })}
            name={m}
            values={state[m]}
            rowLabels={chips}
            cellLabel={(i, j) => t('mask.cell', { m: m.toLowerCase(), token: TOKENS[i], dim: j + 1 })}
            edited={(i, j) => differsFromDefault(state, m, i, j)}
            onCommit={(i, j, v) => onChange(setCell(state, m, i, j, v))}
          />
        ))}
      </div>
      <div className="input-tools">
        <DimControl value={state.d} min={MIN_D} max={MAX_D} onChange={(d) => onChange(resize(state, d))} />
        <button type="button" disabled={!inputsEdited(state)} onClick={() => onChange({ ...structuredClone(MASK_DEFAULT), causal: state.causal, block: state.block })}>
          {t('mask.reset')}
        </button>
      </div>
      <p className="hint">
        {t('mask.inputs.origin')} {t('cell.help')}
      </p>
    </section>
  );
}
