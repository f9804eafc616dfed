import './generate.css';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fmtShort, fmtSig } from '../../lesson/format';
import { deriveGenerate, type GenerateNumbers } from '../../lesson/generate/derive';
import { COST_ASK_LINKS, costAsk, generateLinks } from '../../lesson/generate/links';
import { mergeGraphs } from '../../lesson/links';
import { type GenerateState, GUESS_BUCKETS, PROMPT } from '../../lesson/generate/model';
import { generateFrame } from '../../lesson/generate/stage';
import { type CostLabels, costTex, decodeTex, diffTex, prefillTex } from '../../lesson/generate/tex';
import type { ChapterViewProps } from '../chapterView';
import { ComputeError } from '../common/ComputeError';
import { Formula } from '../common/Formula';
import { Heatmap } from '../common/Heatmap';
import { LinkedText } from '../common/LinkedText';
import { Note } from '../common/Note';
import { Predict } from '../common/Predict';
import { Narrative, StepLayout } from '../common/StepLayout';
import { TokenChip } from '../common/TokenChip';
import { Stage } from '../stage/Stage';
import { BenchPanel } from './BenchPanel';
import { CostTable } from './CostTable';
import { GenerateStage } from './GenerateStage';
import { SideBySide } from './SideBySide';
import { richText } from '../common/richText';

/** The cost step's Predict: how many times more work without a cache for the benchmark's N, d = 64; the guess is kept for the benchmark. */
function CostPredict({ n, state, onChange }: { n: GenerateNumbers; state: GenerateState; onChange: (s: GenerateState) => void }) {
  const { t } = useI18n();
  const p = n.predict;
  const params = { N: fmtShort(p.N), d: p.d, c: fmtShort(p.cachedTotal), u: fmtShort(p.uncachedTotal), r: fmtSig(p.ratio) };
  // N and the ratio are linked between the explanation and the answer line (COST_ASK_LINKS).
  const links = { N: costAsk.N, r: costAsk.ratio };
  return (
    <Predict
      resetKey={state.benchN}
      question={t('generate.predict.question', params)}
      options={GUESS_BUCKETS.map((id) => ({ id, label: t(`generate.predict.${id}`) }))}
      onGuess={(guess) => onChange({ ...state, guess, guessN: state.benchN })}
      correct={[p.bucket]}
      answers={[params.r]}
      explanation={<LinkedText k="generate.predict.explain" params={params} links={links} />}
    >
      {/* The explanation states the ratio: on a slide this line is folded. */}
      <p data-value="predict.ratio" className="projector-fold">
        <LinkedText k="generate.predict.answer" params={params} links={links} />
      </p>
    </Predict>
  );
}

/** The step's own panel and formula beside the stage. */
function stepParts(stepId: string, n: GenerateNumbers, state: GenerateState, onChange: (s: GenerateState) => void, t: ReturnType<typeof useI18n>['t']) {
  const labels: CostLabels = { cache: t('generate.tex.cache'), noCache: t('generate.tex.noCache'), bytes: t('generate.tex.bytes') };
  switch (stepId) {
    case 'decode':
      return { panel: null, formula: <Formula tex={decodeTex(n, state.decoded - 1)} /> };
    case 'no-cache':
      // On a projector the comparison sits under the stage (gen-formula-right), its one-line formula beside the text.
      return {
        panel: <Formula tex={diffTex(n, { cache: t('generate.tex.cacheShort'), noCache: t('generate.tex.noCacheShort') })} />,
        formula: (
          <div className="gen-formula-right">
            <SideBySide n={n} />
          </div>
        ),
      };
    case 'cost':
      return {
        // The guess sits under the stage on a projector (gen-formula-right); every step counted, with the
        // formula, is folded there (the stage counts the current step).
        panel: (
          <div className="detail gen-detail">
            <Note title={t('generate.cost.all')}>
              <CostTable n={n} />
              <Formula tex={costTex(n, labels)} />
              <p className="hint">{richText(t('generate.cost.what'))}</p>
            </Note>
          </div>
        ),
        formula: (
          <div className="gen-formula-right gen-cost-predict">
            <CostPredict n={n} state={state} onChange={onChange} />
          </div>
        ),
      };
    case 'benchmark':
      return { panel: <BenchPanel state={state} onChange={onChange} />, formula: undefined };
    default:
      // On a projector the causal matrix sits under the stage (gen-formula-right), the formula beside the text.
      return {
        panel: <Formula tex={prefillTex(n)} />,
        formula: (
          <div className="gen-formula-right">
            <Heatmap
              caption={t('generate.prefill.weightsCaption')}
              corner={t('generate.decode.corner')}
              rowLabels={PROMPT.map((tok, j) => <TokenChip key={tok} token={tok} index={j} />)}
              colLabels={PROMPT.map((tok, j) => <TokenChip key={tok} token={tok} index={j} />)}
              values={n.run.prefill.trace.weights}
              masked={n.prefillMasked}
              domain={[0, 1]}
              dataName="prefillWeights"
            />
          </div>
        ),
      };
  }
}

/** Chapter: generating "on the mat" after "The cat sat", with and without a KV cache, and a live benchmark; the cache grows on the stage. */
export function GenerateView({ chapter, step, state, onChange }: ChapterViewProps<GenerateState>) {
  const { t } = useI18n();
  const result = useMemo(() => deriveGenerate(state), [state]);
  // After prefill the stage shows the cache at the decode position; on the prefill step, the prompt alone.
  const position = step.id === 'prefill' ? 0 : state.decoded;
  const frame = result.ok ? generateFrame(result.n, position) : null;
  const T = PROMPT.length + position;
  const cost = step.id === 'cost';
  const links = useMemo(() => (cost ? mergeGraphs(generateLinks(T), COST_ASK_LINKS) : generateLinks(T)), [T, cost]);
  const stage = (
    <Stage chapter={chapter} step={step}>
      <GenerateStage state={state} onChange={onChange} frame={frame} rows={T} playback={step.id === 'decode'} />
    </Stage>
  );
  const narrative = <Narrative step={step} />;
  if (!result.ok) return <StepLayout narrative={narrative} stage={stage} panel={<ComputeError detail={result.detail} />} />;
  const { panel, formula } = stepParts(step.id, result.n, state, onChange, t);
  return <StepLayout narrative={narrative} stage={stage} links={links} panel={panel} formula={formula} />;
}
