import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { deriveCost, deriveSparsity } from '../../lesson/cost/derive';
import type { CostState } from '../../lesson/cost/model';
import { boundTex, memoryTex, sparsityTex, timeTex } from '../../lesson/cost/tex';
import { fmt, fmtShort } from '../../lesson/format';
import type { ChapterViewProps } from '../chapterView';
import { Formula } from '../common/Formula';
import { Narrative, StepLayout } from '../common/StepLayout';
import { CostDetail } from './CostDetail';
import { CostInputs } from './CostInputs';
import { SparsityInputs, SparsityPanel } from './SparsityPanel';
import { ComputeError } from '../common/ComputeError';

/** Chapter "cost": exact time and memory counts as S grows, and the sparsity of a causal weight matrix. */
export function CostView({ step, state, onChange }: ChapterViewProps<CostState>) {
  const { t } = useI18n();
  const isSparsity = step.id === 'sparsity';
  const cost = useMemo(() => deriveCost(state), [state]);
  const sp = useMemo(() => (isSparsity ? deriveSparsity(state, state.eps) : null), [isSparsity, state]);
  const dash = '—';
  if (isSparsity) {
    const inputs = <SparsityInputs state={state} onChange={onChange} />;
    if (!sp?.ok) {
      const detail = sp && !sp.ok ? sp.detail : '';
      return (
        <StepLayout
          narrative={<Narrative step={step} params={{ T: fmtShort(state.T), eps: fmt(state.eps) }} />}
          panel={<ComputeError detail={detail} />}
          inputs={inputs}
        />
      );
    }
    const params = { T: fmtShort(state.T), eps: fmt(state.eps) };
    return (
      <StepLayout
        narrative={<Narrative step={step} params={params}>{inputs}</Narrative>}
        panel={<div className="detail"><SparsityPanel n={sp.n} state={state} tex={sparsityTex(sp.n, state.eps, t('cost.sp.visibleOnly'))} /></div>}
      />
    );
  }
  const inputs = <CostInputs state={state} onChange={onChange} />;
  if (!cost.ok) {
    return (
      <StepLayout
        narrative={<Narrative step={step} params={{ S: fmtShort(state.S), full: dash, decode: dash, ratio: dash, scores: dash, cache: dash, decodeI: dash, prefillI: dash }} />}
        panel={<ComputeError detail={cost.detail} />}
      />
    );
  }
  const n = cost.n;
  const gib = (x: number) => `${fmt(x)} GiB`;
  const params = {
    S: fmtShort(state.S),
    full: fmt(n.cost.fullMacs),
    decode: fmt(n.cost.decodeMacs),
    ratio: fmtShort(n.fullOverDecode), // a whole number of decode steps (= S)
    scores: gib(n.scoresGiB),
    cache: gib(n.cacheGiB),
    decodeI: fmt(n.cost.decodeIntensity),
    prefillI: fmt(n.cost.prefillIntensity),
  };
  const tex = step.id === 'time' ? timeTex(state, n) : step.id === 'memory' ? memoryTex(state, n) : boundTex(n);
  return (
    <StepLayout
      narrative={<Narrative step={step} params={params}>{inputs}</Narrative>}
      panel={<div className="detail"><CostDetail stepId={step.id} s={state} n={n} /></div>}
      formula={<Formula tex={tex} />}
    />
  );
}
