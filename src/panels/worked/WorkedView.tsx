import { useMemo } from 'react';
import { fmt, fmtVec } from '../../lesson/format';
import { deriveWorked } from '../../lesson/worked/derive';
import { CACHED_TOKENS, NEW_TOKEN, type WorkedState } from '../../lesson/worked/model';
import { outputTex, qTex, scaleTex, scoresTex, selfTex, summaryTex, weightsTex } from '../../lesson/worked/tex';
import type { ChapterViewProps } from '../chapterView';
import { Formula } from '../common/Formula';
import { AfterGuess, HiddenUntilGuess } from '../common/Predict';
import { Narrative, StepLayout } from '../common/StepLayout';
import { WorkedDetail } from './WorkedDetail';
import { WorkedInputs } from './WorkedInputs';
import { ComputeError } from '../common/ComputeError';

/** The TeX shown under the panel for each step, from the same numbers as the panel. */
function formulaFor(stepId: string, s: WorkedState, n: Extract<ReturnType<typeof deriveWorked>, { ok: true }>['n']): string {
  switch (stepId) {
    case 'scores':
      return scoresTex(s, n, CACHED_TOKENS);
    case 'scale':
      return scaleTex(n, CACHED_TOKENS);
    case 'weights':
      return weightsTex(n.parts, n.article.scaled, CACHED_TOKENS);
    case 'output':
      return outputTex(n.article.weights, s.V, n.article.output);
    case 'self-attend':
      return selfTex(n);
    case 'summary':
      return summaryTex(n);
    default:
      return qTex(s);
  }
}

/** Chapter 1: the worked example "The cat sat" → "on", every input editable. */
export function WorkedView({ step, state, onChange }: ChapterViewProps<WorkedState>) {
  const result = useMemo(() => deriveWorked(state), [state]);
  const highlight = step.highlight ?? [];
  const showNew = step.id === 'self-attend' || step.id === 'summary';
  const inputs = <WorkedInputs state={state} onChange={onChange} showNew={showNew} highlight={highlight} />;
  const params = {
    q: fmtVec(state.q, true),
    d: state.d,
    sqrt: '—',
    tokens: CACHED_TOKENS.join(', '),
    token: NEW_TOKEN,
  };
  if (!result.ok) {
    return (
      <StepLayout
        narrative={<Narrative step={step} params={params} />}
        panel={
          <>
            {inputs}
            <ComputeError detail={result.detail} />
          </>
        }
      />
    );
  }
  const n = result.n;
  const tex = formulaFor(step.id, state, n);
  // The softmax step's formula prints the weights: it waits for the learner's guess.
  const formula =
    step.id === 'weights' ? (
      <AfterGuess placeholder={<HiddenUntilGuess />}>
        <Formula tex={tex} />
      </AfterGuess>
    ) : (
      <Formula tex={tex} />
    );
  return (
    <StepLayout
      narrative={<Narrative step={step} params={{ ...params, sqrt: fmt(n.sqrtD) }} />}
      panel={
        <div className="detail">
          <WorkedDetail stepId={step.id} n={n} />
        </div>
      }
      formula={formula}
      inputs={inputs}
    />
  );
}
