import { type ReactNode, useMemo } from 'react';
import type { Model } from '../../core/model';
import { useI18n } from '../../i18n/I18nContext';
import { fmtInt, fmtPercent } from '../../lesson/format';
import { measureAttention } from '../../lesson/reuse/attention';
import { STEP_METHOD, STEP_NOTE } from '../../lesson/reuse/chapter';
import { baseRuns, blendCurve, blendRun, comparedIds, nextOf } from '../../lesson/reuse/derive';
import { reuseLinks } from '../../lesson/reuse/links';
import { findings } from '../../lesson/reuse/findings';
import type { ReuseState } from '../../lesson/reuse/model';
import { readPrompt } from '../../lesson/reuse/prompt';
import { blendTex, klTex, maskTex, naiveKvTex, prefixTex, selectTex } from '../../lesson/reuse/tex';
import type { ChapterViewProps } from '../chapterView';
import { Formula } from '../common/Formula';
import { Note } from '../common/Note';
import { AfterGuess, HiddenUntilGuess } from '../common/Predict';
import { Narrative, StepLayout } from '../common/StepLayout';
import { useRealModel } from '../common/useRealModel';
import { useViewPrefs } from '../ViewContext';
import { Stage } from '../stage/Stage';
import { CurvePlot } from './CurvePlot';
import { DeviationPanel } from './DeviationPanel';
import { MaskPanel } from './MaskPanel';
import { NextBars } from './NextBars';
import { PaperPanel, PaperSources } from './PaperPanel';
import { PromptPanel } from './PromptPanel';
import { PromptStage } from './PromptStage';
import { NaiveAnswerPredict, NaiveKvPredict, PrefixPredict } from './ReusePredicts';
import { RatioControl } from './RatioControl';
import { ScorePanel } from './ScorePanel';
import { SparsityPanel } from './SparsityPanel';
import './reuse.css';

type Props = ChapterViewProps<ReuseState>;

/** Chapter `reuse`: prefix caching, naive reuse and CacheBlend on the real model, for the reader's chunks and question. */
export function ReuseView(props: Props) {
  const { t } = useI18n();
  const load = useRealModel();
  if (load.status === 'ready') return <Loaded {...props} model={load.model} />;
  const message =
    load.status === 'loading' ? (
      <p className="loading">{t('reuse.loading')}</p>
    ) : (
      <p className="error" role="alert">
        {t('reuse.loadFailed')}{' '}
        <button type="button" onClick={load.retry}>
          {t('reuse.retry')}
        </button>
      </p>
    );
  return <StepLayout narrative={<Narrative step={props.step} />} panel={message} />;
}

function Loaded({ chapter, step, state, onChange, model }: Props & { model: Model }) {
  const { t, lang } = useI18n();
  const { projector } = useViewPrefs();
  const prompt = useMemo(() => readPrompt(model, state, lang), [model, state, lang]);
  const key = JSON.stringify([prompt.chunks, prompt.question]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the runs depend on the prompt's ids only (key), not on r or the mask
  const base = useMemo(() => baseRuns(model, prompt), [model, key]);
  const other = state.mask === 'causal' ? 'bottom-right' : 'causal';
  // biome-ignore lint/correctness/useExhaustiveDependencies: as above, plus r and the mask
  const blend = useMemo(() => blendRun(model, prompt, base, state.ratio, state.mask), [model, base, state.ratio, state.mask]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: as above
  const blendOther = useMemo(() => (step.id === 'mask' ? blendRun(model, prompt, base, state.ratio, other) : blend), [model, base, state.ratio, other, step.id, blend]);
  const needsCurve = step.id === 'tradeoff' || step.id === 'paper';
  // biome-ignore lint/correctness/useExhaustiveDependencies: the curve depends on the prompt's ids only
  const curve = useMemo(() => (needsCurve ? blendCurve(model, prompt, base) : null), [model, base, needsCurve]);
  const needsAttention = step.id === 'naive-answer' || step.id === 'sparsity';
  // biome-ignore lint/correctness/useExhaustiveDependencies: the attention depends on the prompt's ids only
  const attention = useMemo(() => (needsAttention ? measureAttention(model, prompt) : null), [model, key, needsAttention]);
  const method = STEP_METHOD[step.id] ?? 'full';
  const top = Math.max(1e-9, ...base.naive.dev.flat().flatMap((d) => [d.kRel, d.vRel]));
  // Which number feeds which on this step (stage, panel, formula): pure data from the lesson layer.
  const links = useMemo(
    () =>
      reuseLinks({
        step: step.id,
        method,
        chunkLengths: prompt.chunks.map((c) => c.length),
        Q: prompt.question.length,
        prefixReused: base.prefix.reused,
        blend,
        mask: state.mask,
        words: comparedIds(base.full, method === 'full' ? [] : [nextOf(method, base, blend)]),
        nLayers: model.config.nLayers,
      }),
    [step.id, method, prompt, base, blend, state.mask, model],
  );
  const ratio = <RatioControl state={state} onChange={onChange} prompt={prompt} blend={blend} />;
  const names = { full: t('reuse.method.full'), prefix: t('reuse.method.prefix'), blend: t('reuse.method.blend') };
  const params = { n: fmtInt(prompt.N), t: fmtInt(prompt.T), k: fmtInt(blend.count), r: fmtInt(state.ratio), share: fmtPercent(blend.macsShare) };

  let panel: ReactNode = null;
  let formula: ReactNode = null;
  switch (step.id) {
    case 'prompt':
      panel = <PromptPanel model={model} prompt={prompt} state={state} onChange={onChange} />;
      break;
    case 'prefix':
      panel = <PrefixPredict model={model} prompt={prompt} base={base} />;
      formula = (
        <AfterGuess placeholder={<HiddenUntilGuess />}>
          <Formula tex={prefixTex(prompt, base, names)} />
        </AfterGuess>
      );
      break;
    case 'naive-kv':
      panel = <NaiveKvPredict prompt={prompt} base={base} top={top} />;
      formula = <Formula tex={naiveKvTex()} />;
      break;
    case 'naive-answer':
      panel = <NaiveAnswerPredict model={model} base={base} attention={attention ?? []} />;
      formula = (
        <AfterGuess placeholder={<HiddenUntilGuess />}>
          <Formula tex={klTex(base.naive.next.kl)} />
        </AfterGuess>
      );
      break;
    case 'select':
      panel = (
        <>
          {ratio}
          <ScorePanel prompt={prompt} blend={blend} />
        </>
      );
      formula = <Formula tex={selectTex(prompt, blend)} />;
      break;
    case 'blend':
      panel = (
        <>
          {ratio}
          {!projector && (
            <>
              <NextBars
                model={model}
                runs={[
                  { method: 'full', next: base.full },
                  { method: 'blend', next: blend.next },
                ]}
              />
              <DeviationPanel prompt={prompt} dev={blend.dev} top={top} recomputed={blend.selected} name="blend" />
            </>
          )}
        </>
      );
      formula = <Formula tex={blendTex(blend, names)} />;
      break;
    case 'mask': {
      const runs = state.mask === 'causal' ? { causal: blend, 'bottom-right': blendOther } : { 'bottom-right': blend, causal: blendOther };
      panel = (
        <>
          {!projector && ratio}
          <MaskPanel prompt={prompt} runs={runs} state={state} onChange={onChange} />
        </>
      );
      formula = <Formula tex={maskTex(prompt, blend, { bottomRight: t('reuse.mask.bottomRight'), causal: t('reuse.mask.causal') })} />;
      break;
    }
    case 'tradeoff':
      panel = (
        <>
          {!projector && ratio}
          {curve && <CurvePlot curve={curve} k={blend.count} large={projector} />}
        </>
      );
      break;
    case 'sparsity':
      panel = attention && <SparsityPanel prompt={prompt} attention={attention} />;
      break;
    case 'paper':
      panel = curve && <PaperPanel prompt={prompt} f={findings(curve, blend.score, state.mask)} mask={state.mask} parameters={model.parameters} />;
      break;
  }
  const stage = (
    <Stage chapter={chapter} step={step}>
      <PromptStage model={model} prompt={prompt} method={method} base={base} blend={blend} />
    </Stage>
  );
  const note = STEP_NOTE[step.id];
  const narrative = (
    <Narrative step={step} params={params}>
      {note && (
        <Note title={t('reuse.more')}>
          <p>{step.id === 'paper' ? <PaperSources /> : t(note, params)}</p>
        </Note>
      )}
    </Narrative>
  );
  return <StepLayout narrative={narrative} stage={stage} panel={<div className="detail reuse-detail">{panel}</div>} formula={formula} links={links} />;
}
