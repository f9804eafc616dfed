import './noq.css';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { type NoQNumbers, deriveNoQ } from '../../lesson/no-q-cache/derive';
import { ALL_TOKENS, EARLY_TOKENS, NEW_TOKEN, type NoQState } from '../../lesson/no-q-cache/model';
import { entryTex, newRowTex, rowChangeTex } from '../../lesson/no-q-cache/tex';
import type { ChapterViewProps } from '../chapterView';
import { ComputeError } from '../common/ComputeError';
import { Formula } from '../common/Formula';
import { Note } from '../common/Note';
import { AfterGuess, HiddenUntilGuess } from '../common/Predict';
import { Narrative, StepLayout } from '../common/StepLayout';
import { Stage } from '../stage/Stage';
import { BeforeHeatmap, RowChangeTable } from './CompareDetail';
import { NoQStage } from './NoQStage';
import { PredictEntries, PredictRow } from './PredictRow';
import { ReadingDetail } from './ReadingDetail';
import { WhyKvTable } from './WhyKvTable';

/** The TeX under the panel, from the same numbers as the panel; none where the stage's grid is the formula. */
function formulaFor(stepId: string, s: NoQState, n: NoQNumbers): string | null {
  switch (stepId) {
    case 'row-column':
      return entryTex(s, n, ALL_TOKENS);
    case 'predict-row':
      return s.added ? rowChangeTex(n, 2, EARLY_TOKENS[2], NEW_TOKEN) : null;
    case 'add-token':
      return s.added ? newRowTex(n, NEW_TOKEN) : null;
    default:
      return null;
  }
}

/** "Weights before “on”": a side note (folded on a projector; the stage's "=" marks carry the comparison). */
function Before({ n }: { n: NoQNumbers }) {
  const { t } = useI18n();
  return (
    <Note title={t('noq.before.note')}>
      <BeforeHeatmap c={n.current} />
    </Note>
  );
}

/** The panel for one step (the weights grid, the inputs and the switches are on the stage). */
function Detail({ stepId, n, state, onChange }: { stepId: string; n: NoQNumbers; state: NoQState; onChange: (s: NoQState) => void }) {
  const { t } = useI18n();
  const prompt = <p className="noq-prompt">{t('noq.add.prompt', { token: NEW_TOKEN })}</p>;
  switch (stepId) {
    case 'add-token':
      return state.added ? (
        <div className="noq-predict">
          <PredictEntries n={n} causal={state.causal}>
            <div className="projector-fold">
              <RowChangeTable c={n.current} />
            </div>
          </PredictEntries>
          <div className="projector-fold">
            <Before n={n} />
          </div>
        </div>
      ) : (
        prompt
      );
    case 'mask-off':
      return state.added ? (
        <>
          <RowChangeTable c={n.current} />
          <Before n={n} />
        </>
      ) : (
        prompt
      );
    case 'row-column':
      return <ReadingDetail n={n} state={state} onChange={onChange} />;
    case 'predict-row':
      return state.added ? (
        <div className="noq-predict">
          <PredictRow n={n} causal={state.causal}>
            <div className="projector-fold">
              <RowChangeTable c={n.current} only={2} />
            </div>
          </PredictRow>
        </div>
      ) : (
        prompt
      );
    case 'why-kv':
      return <WhyKvTable n={n} />;
    default:
      return null;
  }
}

/** Chapter "Why K and V are cached and Q is not": add "on" on the stage, watch which rows change, with and without the mask. */
export function NoQView({ chapter, step, state, onChange }: ChapterViewProps<NoQState>) {
  const result = useMemo(() => deriveNoQ(state), [state]);
  const params = { token: NEW_TOKEN, row: EARLY_TOKENS[2] };
  const n = result.ok ? result.n : null;
  const narrative = <Narrative step={step} params={params} />;
  const stage = (
    <Stage chapter={chapter} step={step}>
      <NoQStage stepId={step.id} state={state} onChange={onChange} n={n} />
    </Stage>
  );
  if (!result.ok) return <StepLayout narrative={narrative} stage={stage} panel={<ComputeError detail={result.detail} />} />;
  const tex = formulaFor(step.id, state, result.n);
  const formula = tex === null ? undefined : <Formula tex={tex} />;
  const detail = <Detail stepId={step.id} n={result.n} state={state} onChange={onChange} />;
  return (
    <StepLayout
      narrative={narrative}
      stage={stage}
      panel={step.id === 'sequence' ? null : <div className="detail">{detail}</div>}
      // The formulas of the two prediction steps belong to the evidence: they wait for the guess.
      formula={(step.id === 'predict-row' || step.id === 'add-token') && formula ? <AfterGuess placeholder={<HiddenUntilGuess />}>{formula}</AfterGuess> : formula}
    />
  );
}
