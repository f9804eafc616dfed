import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fmtShort, fmtSig } from '../../lesson/format';
import { deriveGenerate, type GenerateNumbers } from '../../lesson/generate/derive';
import { type GenerateState, GUESS_BUCKETS, PROMPT } from '../../lesson/generate/model';
import { type CostLabels, costTex, decodeTex, diffTex, prefillTex } from '../../lesson/generate/tex';
import type { ChapterViewProps } from '../chapterView';
import { Formula } from '../common/Formula';
import { Heatmap } from '../common/Heatmap';
import { Predict } from '../common/Predict';
import { Narrative, StepLayout } from '../common/StepLayout';
import { TokenChip } from '../common/TokenChip';
import { BenchPanel } from './BenchPanel';
import { CacheTable } from './CacheTable';
import { CostTable } from './CostTable';
import { DecodeDetail } from './DecodeDetail';
import { GenerateInputs } from './GenerateInputs';
import { SideBySide } from './SideBySide';
import { ComputeError } from '../common/ComputeError';

/** The cost step's Predict: how many times more work without a cache for the benchmark's N, d = 64; the guess is kept for the benchmark. */
function CostPredict({ n, state, onChange }: { n: GenerateNumbers; state: GenerateState; onChange: (s: GenerateState) => void }) {
  const { t } = useI18n();
  const p = n.predict;
  const params = { N: fmtShort(p.N), d: p.d, c: fmtShort(p.cachedTotal), u: fmtShort(p.uncachedTotal), r: fmtSig(p.ratio) };
  return (
    <Predict
      resetKey={state.benchN}
      question={t('generate.predict.question', params)}
      options={GUESS_BUCKETS.map((id) => ({ id, label: t(`generate.predict.${id}`) }))}
      onGuess={(guess) => onChange({ ...state, guess, guessN: state.benchN })}
      correct={[p.bucket]}
      answers={[params.r]}
      explanation={t('generate.predict.explain', params)}
    >
      <p data-value="predict.ratio">{t('generate.predict.answer', params)}</p>
    </Predict>
  );
}

/** Chapter: generating "on the mat" after "The cat sat", with and without a KV cache, and a live benchmark. */
export function GenerateView({ step, state, onChange }: ChapterViewProps<GenerateState>) {
  const { t } = useI18n();
  const result = useMemo(() => deriveGenerate(state), [state]);
  const inputs = step.id === 'benchmark' ? undefined : <GenerateInputs state={state} onChange={onChange} />;
  const narrative = <Narrative step={step} />;
  if (step.id === 'benchmark') return <StepLayout narrative={narrative} panel={<BenchPanel state={state} onChange={onChange} />} />;
  if (!result.ok) {
    return (
      <StepLayout
        narrative={narrative}
        panel={<ComputeError detail={result.detail} />}
        inputs={inputs}
      />
    );
  }
  const n = result.n;
  const i = state.decoded - 1;
  const labels: CostLabels = { cache: t('generate.tex.cache'), noCache: t('generate.tex.noCache'), bytes: t('generate.tex.bytes') };
  switch (step.id) {
    case 'decode':
      return <StepLayout narrative={narrative} panel={<DecodeDetail n={n} state={state} onChange={onChange} />} formula={<Formula tex={decodeTex(n, i)} />} inputs={inputs} />;
    case 'no-cache':
      return <StepLayout narrative={narrative} panel={<SideBySide n={n} />} formula={<Formula tex={diffTex(n, { cache: t('generate.tex.cacheShort'), noCache: t('generate.tex.noCacheShort') })} />} inputs={inputs} />;
    case 'cost':
      return (
        <StepLayout
          narrative={narrative}
          panel={
            <div className="detail">
              <CostPredict n={n} state={state} onChange={onChange} />
              <CostTable n={n} />
              <p className="hint">{t('generate.cost.what')}</p>
            </div>
          }
          formula={<Formula tex={costTex(n, labels)} />}
          inputs={inputs}
        />
      );
    default:
      return (
        <StepLayout
          narrative={narrative}
          panel={
            <div className="detail">
              <CacheTable n={n} length={3} fresh={null} prefill />
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
          }
          formula={<Formula tex={prefillTex(n)} />}
          inputs={inputs}
        />
      );
  }
}
