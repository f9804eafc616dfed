import './worked.css';
import { useMemo } from 'react';
import { fmt, fmtVec } from '../../lesson/format';
import { deriveWorked } from '../../lesson/worked/derive';
import { workedLinks } from '../../lesson/worked/links';
import { CACHED_TOKENS, NEW_TOKEN, type WorkedState } from '../../lesson/worked/model';
import { outputTex, qTex, scaleTex, scoresTex, selfTex, summaryTex, weightsTex } from '../../lesson/worked/tex';
import type { ChapterViewProps } from '../chapterView';
import { ComputeError } from '../common/ComputeError';
import { Formula } from '../common/Formula';
import { AfterGuess, HiddenUntilGuess } from '../common/Predict';
import { Narrative, StepLayout } from '../common/StepLayout';
import { Stage } from '../stage/Stage';
import { WorkedDetail } from './WorkedDetail';
import { WorkedStage } from './WorkedStage';

/** The TeX shown with the step, from the same numbers as the stage and the panel. */
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

/** Chapter 1: the worked example "The cat sat" → "on", every input editable on the stage. */
export function WorkedView({ chapter, step, state, onChange }: ChapterViewProps<WorkedState>) {
  const result = useMemo(() => deriveWorked(state), [state]);
  const showNew = step.id === 'self-attend' || step.id === 'summary';
  const links = useMemo(() => workedLinks(showNew ? 4 : 3), [showNew]);
  const n = result.ok ? result.n : null;
  const stage = (
    <Stage chapter={chapter} step={step}>
      <WorkedStage state={state} onChange={onChange} n={n} showNew={showNew} />
    </Stage>
  );
  const params = {
    q: fmtVec(state.q, true),
    d: state.d,
    sqrt: n ? fmt(n.sqrtD) : '—',
    tokens: CACHED_TOKENS.join(', '),
    token: NEW_TOKEN,
  };
  if (!result.ok) {
    return <StepLayout narrative={<Narrative step={step} params={params} />} stage={stage} panel={<ComputeError detail={result.detail} />} />;
  }
  const tex = formulaFor(step.id, state, result.n);
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
      narrative={<Narrative step={step} params={params} />}
      stage={stage}
      links={links}
      panel={
        <div className="detail">
          <WorkedDetail stepId={step.id} n={result.n} />
        </div>
      }
      formula={formula}
    />
  );
}
