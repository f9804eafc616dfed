import { useMemo } from 'react';
import { fmt } from '../../lesson/format';
import { deriveMask, type MaskNumbers } from '../../lesson/mask/derive';
import type { MaskState } from '../../lesson/mask/model';
import { blockTex, maskedTex, outputTex, scaledTex, scoresTex, weightsTex } from '../../lesson/mask/tex';
import type { ChapterViewProps } from '../chapterView';
import { Formula } from '../common/Formula';
import { Narrative, StepLayout } from '../common/StepLayout';
import { MaskDetail } from './MaskDetail';
import { MaskInputs } from './MaskInputs';
import { ComputeError } from '../common/ComputeError';

/** The TeX under the panel for each step, from the same numbers as the heatmaps. */
function formulaFor(stepId: string, n: MaskNumbers, causal: boolean): string {
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
      return outputTex(n);
    default:
      return blockTex(n);
  }
}

/** Chapter 3: the whole T×T attention matrix of "The cat sat on", with and without the causal mask. */
export function MaskView({ step, state, onChange }: ChapterViewProps<MaskState>) {
  const result = useMemo(() => deriveMask(state), [state]);
  const inputs = <MaskInputs state={state} onChange={onChange} />;
  const params = { d: state.d, sqrt: result.ok ? fmt(result.n.sqrtD) : '—', b: state.block };
  const narrative = <Narrative step={step} params={params} />;
  if (!result.ok) {
    return (
      <StepLayout
        narrative={narrative}
        panel={
          <>
            {inputs}
            <ComputeError detail={result.detail} />
          </>
        }
      />
    );
  }
  return (
    <StepLayout
      narrative={narrative}
      panel={
        <div className="detail">
          <MaskDetail stepId={step.id} n={result.n} state={state} onChange={onChange} />
        </div>
      }
      formula={<Formula tex={formulaFor(step.id, result.n, state.causal)} />}
      inputs={inputs}
    />
  );
}
