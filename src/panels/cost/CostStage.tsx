import { useI18n } from '../../i18n/I18nContext';
import type { CostNumbers, SparsityNumbers } from '../../lesson/cost/derive';
import { type CostState, GRID_MAX_T } from '../../lesson/cost/model';
import { cq } from '../../lesson/cost/links';
import { SKETCH_MASK, SKETCH_S } from '../../lesson/cost/stage';
import { fmt, fmtInt, fmtRatio, fmtShort, fmtSig } from '../../lesson/format';
import { fmtBinary } from '../../lesson/memory/bytes';
import { type PartView, useStagePart } from '../stage/StageContext';
import { KernelSwitch } from './CostDetail';
import { CostInputs } from './CostInputs';
import { SparsityGrid } from './SparsityGrid';
import { SparsityInputs } from './SparsityPanel';

/** The sketch of which (query, key) pairs are computed: the lower triangle (full pass) or the last row (one cached step). */
function Sketch({ kind }: { kind: 'full' | 'decode' }) {
  return (
    <span className={`cost-sketch ${kind}`} aria-hidden="true">
      {SKETCH_MASK.map((row, i) =>
        row.map((visible, j) => {
          const on = visible && (kind === 'full' || i === SKETCH_S - 1);
          // biome-ignore lint/suspicious/noArrayIndexKey: cells are positions
          return <span key={`${i}.${j}`} className={on ? 'on' : visible ? 'seen' : undefined} />;
        }),
      )}
    </span>
  );
}

/** "?" with its reason for screen readers, while a prediction hides the value. */
function Hidden() {
  const { t } = useI18n();
  return (
    <>
      <span aria-hidden="true">?</span>
      <span className="sr-only">{t('stage.hidden')}</span>
    </>
  );
}

/** One lane of the comparison: its symbol, its name, the sketch, the pairs it scores and its multiply-adds. */
function Lane({ part, kind, n }: { part: PartView; kind: 'full' | 'decode'; n: CostNumbers }) {
  const { t } = useI18n();
  const pairs = kind === 'full' ? n.pairs.full : n.pairs.decode;
  return (
    <div {...part.props} className={`cost-lane ${part.props.className}`}>
      <Sketch kind={kind} />
      <span className="lane-text">
        <span className="lane-head">
          <span className="lane-sym">{kind === 'full' ? 'Q·Kᵀ' : 'q·Kᵀ'}</span> {t(kind === 'full' ? 'cost.stage.fullName' : 'cost.stage.decodeName')}
        </span>
        <span className="lane-pairs">
          {part.concealed ? <Hidden /> : t('cost.stage.pairs', { formula: kind === 'full' ? 'S(S+1)/2' : 'S', n: fmtInt(pairs) })}
        </span>
        <span className="lane-macs">
          {t('punct.colon', { label: t('cost.stage.macs') })}<strong data-value={`cost.${kind}`} data-q={kind === 'full' ? cq.full : cq.decode} tabIndex={0}>{fmt(kind === 'full' ? n.cost.fullMacs : n.cost.decodeMacs)}</strong>
        </span>
      </span>
    </div>
  );
}

interface Props {
  stepId: string;
  state: CostState;
  onChange: (s: CostState) => void;
  n: CostNumbers | null;
  sp: SparsityNumbers | null;
}

/**
 * The cost chapter's stage: the sizes (inputs) above the full causal pass against one cached step,
 * each with a sketch of the pairs it scores (drawn for S = 8) and its exact count; then the memory
 * each needs (kernel switch on it) or the arithmetic intensity. On the sparsity step: the random
 * tokens' controls, ε beside them, and after the guess the weight grid.
 */
export function CostStage({ stepId, state, onChange, n, sp }: Props) {
  const { t } = useI18n();
  const sizes = useStagePart('sizes', 'cost-stage-sizes');
  const full = useStagePart('full');
  const decode = useStagePart('decode');
  const memory = useStagePart('memory', 'cost-stage-row');
  const intensity = useStagePart('intensity', 'cost-stage-row');
  const weights = useStagePart('weights', 'cost-stage-weights');
  if (stepId === 'sparsity') {
    return (
      <div {...weights.props}>
        <SparsityInputs state={state} onChange={onChange} />
        {sp &&
          (weights.concealed ? (
            <p className="cost-hidden">{t('cost.stage.gridHidden')}</p>
          ) : state.T <= GRID_MAX_T ? (
            <SparsityGrid n={sp} eps={state.eps} />
          ) : (
            <p>{t('cost.sp.tooBig', { T: fmtShort(state.T), max: fmtShort(GRID_MAX_T) })}</p>
          ))}
      </div>
    );
  }
  return (
    <>
      <div {...sizes.props}>
        <CostInputs state={state} onChange={onChange} />
      </div>
      {n && stepId === 'time' && (
        <div className="cost-lanes">
          <Lane part={full} kind="full" n={n} />
          <Lane part={decode} kind="decode" n={n} />
          <p className="cost-ratio">
            {t('punct.colon', { label: t('cost.count.ratio') })}<strong data-value="cost.ratio" data-q={cq.ratio} tabIndex={0}>{fmtRatio(n.fullOverDecode)}</strong>
            <span className="cost-sketch-note"> {t('cost.stage.sketch', { s: SKETCH_S })}</span>
          </p>
        </div>
      )}
      {n && stepId === 'memory' && (
        <div {...memory.props}>
          <KernelSwitch state={state} onChange={onChange} />
          <p className="cost-row-values">
            {state.kernel === 'fused' ? (
              <>
                {t('punct.colon', { label: t('cost.count.fused') })}<strong data-value="cost.fused" data-q={cq.fused} tabIndex={0}>{t('cost.count.bytes', { bytes: fmtInt(n.cost.fusedExtraBytes), binary: fmtBinary(n.cost.fusedExtraBytes) })}</strong>
              </>
            ) : (
              <>
                {t('punct.colon', { label: t('cost.count.scores') })}<strong data-value="cost.scores" data-q={cq.scores} tabIndex={0}>{t('cost.count.bytes', { bytes: fmtInt(n.cost.scoresBytes), binary: fmtBinary(n.cost.scoresBytes) })}</strong>
              </>
            )}
            <br />
            {t('punct.colon', { label: t('cost.count.cache') })}<strong data-value="cost.cache" data-q={cq.cache} tabIndex={0}>{t('cost.count.bytes', { bytes: fmtInt(n.cost.cacheBytes), binary: fmtBinary(n.cost.cacheBytes) })}</strong>
          </p>
        </div>
      )}
      {n && stepId === 'bound' && (
        <div {...intensity.props}>
          <p className="cost-row-values">
            {t('punct.colon', { label: t('cost.count.decodeI') })}<strong data-value="cost.decodeI" data-q={cq.decodeI} tabIndex={0}>{fmtSig(n.cost.decodeIntensity)}</strong>
          </p>
          <p className="cost-row-values">
            {t('punct.colon', { label: t('cost.count.prefillI') })}<strong data-value="cost.prefillI" data-q={cq.prefillI} tabIndex={0}>{fmtSig(n.cost.prefillIntensity)}</strong>
          </p>
        </div>
      )}
    </>
  );
}
