import './mask.css';
import { useMemo } from 'react';
import { fmt } from '../../lesson/format';
import { deriveMask, type MaskNumbers } from '../../lesson/mask/derive';
import type { MaskState } from '../../lesson/mask/model';
import { maskedTex, scaledTex, scoresTex, weightsTex } from '../../lesson/mask/tex';
import type { ChapterViewProps } from '../chapterView';
import { ComputeError } from '../common/ComputeError';
import { Formula } from '../common/Formula';
import { Narrative, StepLayout } from '../common/StepLayout';
import { Stage } from '../stage/Stage';
import { MaskDetail } from './MaskDetail';
import { MaskStage } from './MaskStage';

/** The TeX under the panel for each step, from the same numbers as the heatmaps. */
function formulaFor(stepId: string, n: MaskNumbers, causal: boolean): string | null {
  switch (stepId) {
    case 'scores':
      return scoresTex(n);
    case 'scaled':
      return scaledTex(n);
    case 'causal-mask':
      return maskedTex(n, causal);
    case 'weights':
      return weightsTex(n);
    case 'encoder-decoder':
      return null; // the panel's table is O = A·V, row by row
    default:
      return null; // the bottom-right mask is the stage's grid (hatched −∞)
  }
}

/** Chapter 3: the whole T×T attention matrix of "The cat sat on" on the stage, with and without the causal mask. */
export function MaskView({ chapter, step, state, onChange }: ChapterViewProps<MaskState>) {
  const result = useMemo(() => deriveMask(state), [state]);
  const n = result.ok ? result.n : null;
  const params = { d: state.d, sqrt: n ? fmt(n.sqrtD) : '—', b: state.block };
  const narrative = <Narrative step={step} params={params} />;
  const stage = (
    <Stage chapter={chapter} step={step}>
      <MaskStage stepId={step.id} state={state} onChange={onChange} n={n} />
    </Stage>
  );
  if (!result.ok) return <StepLayout narrative={narrative} stage={stage} panel={<ComputeError detail={result.detail} />} />;
  const detail = <MaskDetail stepId={step.id} n={result.n} causal={state.causal} />;
  const tex = formulaFor(step.id, result.n, state.causal);
  return (
    <StepLayout
      narrative={narrative}
      stage={stage}
      panel={step.id === 'scores' ? null : <div className="detail">{detail}</div>}
      formula={tex === null ? undefined : <Formula tex={tex} />}
    />
  );
}
