import { useI18n } from '../../i18n/I18nContext';
import type { Pick } from '../../lesson/origin/derive';
import { differsFromDefault, presetOf, resize, setCell } from '../../lesson/origin/edits';
import { MAX_DK, MAX_DMODEL, MIN_DK, MIN_DMODEL, ORIGIN_ARTICLE, ORIGIN_DEFAULT, type OriginMatrix, type OriginState, TOKENS } from '../../lesson/origin/model';
import { Stepper } from '../mask/Stepper';
import { TokenChip } from '../common/TokenChip';
import { MatrixEditor } from './MatrixEditor';

interface Props {
  state: OriginState;
  onChange: (s: OriginState) => void;
  highlight: readonly string[];
  /** The explained entry (projections step): its X row and W column are picked out. */
  pick: Pick | null;
}

const DM_KEYS = { label: 'origin.dim.model', value: 'origin.dim.modelValue', fewer: 'origin.dim.modelFewer', more: 'origin.dim.modelMore' } as const;
const DK_KEYS = { label: 'origin.dim.k', value: 'origin.dim.kValue', fewer: 'origin.dim.kFewer', more: 'origin.dim.kMore' } as const;
const W_NAMES = ['WQ', 'WK', 'WV'] as const;
const W_OF = { Q: 'WQ', K: 'WK', V: 'WV' } as const;

/** The presets, d_model and d_k, and every entry of X, W_Q, W_K, W_V as an editable cell. */
export function OriginInputs({ state, onChange, highlight, pick }: Props) {
  const { t } = useI18n();
  const preset = presetOf(state);
  const edit = (m: OriginMatrix) => ({
    edited: (i: number, j: number) => differsFromDefault(state, m, i, j),
    onCommit: (i: number, j: number, v: number) => onChange(setCell(state, m, i, j, v)),
  });
  const dimRows = Array.from({ length: state.dModel }, (_, i) => String(i + 1));
  return (
    <section className="inputs" aria-label={t('origin.inputs.label')}>
      <div className="input-tools">
        <div role="group" aria-label={t('origin.preset.label')} className="preset-group">
          <span>{t('origin.preset.label')}:</span>
          <button type="button" aria-pressed={preset === 'default'} onClick={() => onChange(structuredClone(ORIGIN_DEFAULT))}>
            {t('origin.preset.default')}
          </button>
          <button type="button" aria-pressed={preset === 'article'} onClick={() => onChange(structuredClone(ORIGIN_ARTICLE))}>
            {t('origin.preset.article')}
          </button>
        </div>
        <Stepper keys={DM_KEYS} value={state.dModel} min={MIN_DMODEL} max={MAX_DMODEL} onChange={(d) => onChange(resize(state, d, state.dK))} />
        <Stepper keys={DK_KEYS} value={state.dK} min={MIN_DK} max={MAX_DK} onChange={(d) => onChange(resize(state, state.dModel, d))} />
      </div>
      <div className="origin-matrices">
        <MatrixEditor
          caption={t('origin.X.caption', { t: TOKENS.length, d: state.dModel })}
          name="X"
          values={state.X}
          rowLabels={TOKENS.map((tok, i) => <TokenChip key={tok} token={tok} index={i} />)}
          cellLabel={(i, j) => t('origin.cell.X', { token: TOKENS[i], dim: j + 1 })}
          emphasis={highlight.includes('X')}
          emphRow={pick?.row}
          {...edit('X')}
        />
        {W_NAMES.map((m) => (
          <MatrixEditor
            key={m}
            caption={t(`origin.${m}.caption`, { d: state.dModel, k: state.dK })}
            name={m}
            values={state[m]}
            rowLabels={dimRows}
            cellLabel={(i, j) => t('origin.cell.W', { m: t(`origin.${m}.name`), row: i + 1, col: j + 1 })}
            emphasis={highlight.includes('W') || (pick !== null && W_OF[pick.which] === m)}
            emphCol={pick !== null && W_OF[pick.which] === m ? pick.col : undefined}
            {...edit(m)}
          />
        ))}
      </div>
      <p className="hint">
        {preset === null ? `${t('origin.editedNote')} ` : ''}
        {t('cell.help')}
      </p>
    </section>
  );
}
