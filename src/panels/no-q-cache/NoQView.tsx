import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { type NoQNumbers, deriveNoQ } from '../../lesson/no-q-cache/derive';
import { ALL_TOKENS, EARLY_TOKENS, NEW_TOKEN, type NoQState } from '../../lesson/no-q-cache/model';
import { entryTex, liveTex, newRowTex, rowChangeTex } from '../../lesson/no-q-cache/tex';
import type { ChapterViewProps } from '../chapterView';
import { Formula } from '../common/Formula';
import { AfterGuess, HiddenUntilGuess } from '../common/Predict';
import { Heatmap } from '../common/Heatmap';
import { Narrative, StepLayout } from '../common/StepLayout';
import { TokenChip } from '../common/TokenChip';
import { AfterDetail, AfterHeatmap, BeforeHeatmap, CompareDetail, RowChangeTable } from './CompareDetail';
import { NoQControls } from './NoQControls';
import { NoQInputs } from './NoQInputs';
import { PredictEntries, PredictRow } from './PredictRow';
import { ReadingDetail } from './ReadingDetail';
import { WhyKvTable } from './WhyKvTable';
import { ComputeError } from '../common/ComputeError';

/** The TeX under the panel, from the same numbers as the panel. */
function formulaFor(stepId: string, s: NoQState, n: NoQNumbers): string {
  switch (stepId) {
    case 'row-column':
      return entryTex(s, n, ALL_TOKENS);
    case 'predict-row':
    case 'mask-off':
      return rowChangeTex(n, 2, EARLY_TOKENS[2], NEW_TOKEN);
    case 'add-token':
    case 'why-kv':
      return newRowTex(n, NEW_TOKEN);
    default:
      return liveTex(n);
  }
}

/** The live (T, T) weights of the current sequence. */
function LiveHeatmap({ n }: { n: NoQNumbers }) {
  const { t } = useI18n();
  const chips = ALL_TOKENS.slice(0, n.T).map((tok, i) => <TokenChip key={tok} token={tok} index={i} />);
  return (
    <Heatmap caption={t('noq.live.caption')} corner={t('noq.corner')} rowLabels={chips} colLabels={chips} values={n.live.weights} masked={n.liveMasked} domain={[0, 1]} dataName="live" />
  );
}

/** The panel for one step. */
function Detail({ stepId, n, state, onChange }: { stepId: string; n: NoQNumbers; state: NoQState; onChange: (s: NoQState) => void }) {
  switch (stepId) {
    case 'add-token':
      return state.added ? (
        <>
          <BeforeHeatmap c={n.current} />
          <PredictEntries n={n} causal={state.causal}>
            <AfterDetail c={n.current} />
          </PredictEntries>
        </>
      ) : (
        <CompareDetail c={n.current} added={false} />
      );
    case 'mask-off':
      return <CompareDetail c={n.current} added={state.added} />;
    case 'row-column':
      return <ReadingDetail n={n} state={state} onChange={onChange} />;
    case 'predict-row':
      return state.added ? (
        <PredictRow n={n} causal={state.causal}>
          <RowChangeTable c={n.current} only={2} />
          <AfterHeatmap c={n.current} />
        </PredictRow>
      ) : (
        <CompareDetail c={n.current} added={false} />
      );
    case 'why-kv':
      return <WhyKvTable n={n} />;
    default:
      return <LiveHeatmap n={n} />;
  }
}

/** Chapter "Why K and V are cached and Q is not": add "on", watch which rows change, with and without the mask. */
export function NoQView({ step, state, onChange }: ChapterViewProps<NoQState>) {
  const result = useMemo(() => deriveNoQ(state), [state]);
  const highlight = step.highlight ?? [];
  const params = { token: NEW_TOKEN, row: EARLY_TOKENS[2] };
  const controls = <NoQControls state={state} onChange={onChange} highlight={highlight} />;
  const inputs = <NoQInputs state={state} onChange={onChange} emph={highlight.includes('inputs')} />;
  if (!result.ok) {
    return (
      <StepLayout
        narrative={<Narrative step={step} params={params} />}
        panel={
          <>
            {controls}
            <ComputeError detail={result.detail} />
            {inputs}
          </>
        }
      />
    );
  }
  const n = result.n;
  return (
    <StepLayout
      narrative={<Narrative step={step} params={params} />}
      panel={
        <>
          {controls}
          <div className="detail">
            <Detail stepId={step.id} n={n} state={state} onChange={onChange} />
          </div>
        </>
      }
      formula={
        step.id === 'predict-row' ? (
          <AfterGuess placeholder={<HiddenUntilGuess />}>
            <Formula tex={formulaFor(step.id, state, n)} />
          </AfterGuess>
        ) : (
          <Formula tex={formulaFor(step.id, state, n)} />
        )
      }
      inputs={inputs}
    />
  );
}
