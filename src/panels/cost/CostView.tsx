import './cost.css';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { deriveCost, deriveSparsity } from '../../lesson/cost/derive';
import type { CostState } from '../../lesson/cost/model';
import { boundTex, type CostTexLabels, memoryTex, sparsityTex } from '../../lesson/cost/tex';
import { fmt, fmtShort, fmtSig } from '../../lesson/format';
import { fmtBinary } from '../../lesson/memory/bytes';
import type { ChapterViewProps } from '../chapterView';
import { ComputeError } from '../common/ComputeError';
import { Formula } from '../common/Formula';
import { Narrative, StepLayout } from '../common/StepLayout';
import { CostDetail } from './CostDetail';
import { CostStage } from './CostStage';
import { costLinks, SPARSITY_LINKS } from '../../lesson/cost/links';
import { SparsityPanel } from './SparsityPanel';
import { Stage } from '../stage/Stage';

/** Chapter "cost": exact time and memory counts as S grows, and the sparsity of a causal weight matrix. */
export function CostView({ chapter, step, state, onChange }: ChapterViewProps<CostState>) {
  const { t } = useI18n();
  const isSparsity = step.id === 'sparsity';
  const cost = useMemo(() => deriveCost(state), [state]);
  const sp = useMemo(() => (isSparsity ? deriveSparsity(state, state.eps) : null), [isSparsity, state]);
  const dash = '—';
  const links = useMemo(() => costLinks(), []);
  // The inputs (sizes, or the random tokens and ε) sit on the stage beside what they feed.
  const stage = (
    <Stage chapter={chapter} step={step}>
      <CostStage stepId={step.id} state={state} onChange={onChange} n={cost.ok ? cost.n : null} sp={sp?.ok ? sp.n : null} />
    </Stage>
  );
  if (isSparsity) {
    const params = { T: fmtShort(state.T), eps: fmt(state.eps) };
    if (!sp?.ok) {
      const detail = sp && !sp.ok ? sp.detail : '';
      return <StepLayout narrative={<Narrative step={step} params={params} />} stage={stage} panel={<ComputeError detail={detail} />} />;
    }
    return (
      <StepLayout
        narrative={<Narrative step={step} params={params} />}
        stage={stage}
        panel={<div className="detail"><SparsityPanel n={sp.n} state={state} tex={sparsityTex(sp.n, state.eps, t('cost.sp.visibleOnly'))} /></div>}
        links={SPARSITY_LINKS}
      />
    );
  }
  if (!cost.ok) {
    const params = { S: fmtShort(state.S), full: dash, decode: dash, ratio: dash, scores: dash, cache: dash, decodeI: dash, prefillI: dash, cross: dash, extra: dash };
    return <StepLayout narrative={<Narrative step={step} params={params} />} stage={stage} panel={<ComputeError detail={cost.detail} />} />;
  }
  const n = cost.n;
  const params = {
    S: fmtShort(state.S),
    full: fmt(n.cost.fullMacs),
    decode: fmt(n.cost.decodeMacs),
    ratio: fmtSig(n.fullOverDecode),
    scores: fmtBinary(n.cost.scoresBytes),
    cache: fmtBinary(n.cost.cacheBytes),
    extra: fmtBinary(n.cost.fusedExtraBytes),
    cross: fmtShort(n.cost.scoresExceedCacheAbove),
    decodeI: fmtSig(n.cost.decodeIntensity),
    prefillI: fmtSig(n.cost.prefillIntensity),
  };
  const labels: CostTexLabels = {
    full: t('cost.tex.full'),
    decode: t('cost.tex.decode'),
    scores: t('cost.tex.scores'),
    cache: t('cost.tex.cache'),
    fused: t('cost.tex.fused'),
    macs: t('cost.tex.macs'),
    prefill: t('cost.tex.prefill'),
  };
  // The time step's formula states how the count grows (the answer): it lives inside the prediction.
  const tex = step.id === 'memory' ? memoryTex(state, n, labels) : step.id === 'bound' ? boundTex(n, labels) : null;
  return (
    <StepLayout
      narrative={<Narrative step={step} params={params} />}
      stage={stage}
      links={links}
      panel={<div className="detail"><CostDetail stepId={step.id} s={state} n={n} labels={labels} /></div>}
      formula={tex ? <Formula tex={tex} /> : undefined}
    />
  );
}
