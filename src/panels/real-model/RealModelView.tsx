import { type ReactNode, useCallback, useMemo } from 'react';
import type { Model } from '../../core/model';
import { type I18n, useI18n } from '../../i18n/I18nContext';
import { cacheAt, newRows, probabilityParts, type RealModelRun, runFor } from '../../lesson/real-model/derive';
import { runningIds } from '../../lesson/real-model/workedPreset';
import { DEFAULTS, fromLang, inLang, type RealModelState } from '../../lesson/real-model/model';
import { NARRATIVE_PARAMS } from '../../lesson/real-model/shape';
import { cacheBytesTex, perTokenTex, probabilityTex } from '../../lesson/real-model/tex';
import { stepLinks } from '../../lesson/real-model/stepLinks';
import type { ModelId } from '../../state/models';
import type { ChapterViewProps } from '../chapterView';
import { Formula } from '../common/Formula';
import { AfterGuess, HiddenUntilGuess } from '../common/Predict';
import { Stage } from '../stage/Stage';
import { Narrative, StepLayout } from '../common/StepLayout';
import { AttentionPanel } from './AttentionPanel';
import { GeneratePanel } from './GeneratePanel';
import { MeetPanel } from './MeetPanel';
import { ModelStage, type ModelStageView } from './ModelStage';
import { NextTokenPanel } from './NextTokenPanel';
import { NoCachePanel } from './NoCachePanel';
import { RopePanel } from './RopePanel';
import { useRealModel } from '../common/useRealModel';
import { ModelLoadState } from '../common/ModelLoadState';
import { WorkedPanel } from './WorkedPanel';
import { useViewPrefs } from '../ViewContext';
import './real-model.css';

/** The generation for the state, recomputed only when what it depends on changes (not on view choices such as the layer shown). */
function useRun(model: Model, s: RealModelState): RealModelRun {
  const { text, words, count, sampling, temperature, seed } = s;
  const gen = useMemo(
    () => runFor(model, { ...DEFAULTS, text, words, count, sampling, temperature, seed }),
    [model, text, words, count, sampling, temperature, seed],
  );
  return useMemo(() => {
    const decoded = Math.min(Math.max(0, s.decoded), gen.n);
    const token = Math.min(Math.max(0, s.token), gen.gen.ids.length - 1);
    return { ...gen, decoded, token };
  }, [gen, s.decoded, s.token]);
}

/** What the stage shows on a step: the cache being grown on "generate", the whole generation where every token is read, the running example where its numbers go to the worked example, otherwise the sentence and its next word. */
function stageView(model: Model, run: RealModelRun, stepId: string): ModelStageView {
  const first = run.gen.steps[0];
  switch (stepId) {
    case 'generate': {
      const d = run.decoded;
      const step = run.gen.steps[d];
      return { ids: cacheAt(run, d).ids, fresh: newRows(run, d), next: step && { id: step.id, p: step.probs[step.id] }, linkNext: true };
    }
    case 'attention':
    case 'no-cache':
    case 'rope':
      return { ids: run.gen.ids, fresh: [] };
    case 'to-worked':
      return { ids: runningIds(model), fresh: [] };
    default:
      return { ids: run.gen.prompt, fresh: [], next: first && { id: first.id, p: first.probs[first.id] }, linkNext: stepId === 'next-token' };
  }
}

/** The step's panel and formula. */
function stepBody({ model, step, state, onChange, openChapter, run, t, projector }: ChapterViewProps<RealModelState> & { model: Model; run: RealModelRun; t: I18n['t']; projector: boolean }): { panel: ReactNode; formula?: ReactNode } {
  switch (step.id) {
    case 'meet':
      return {
        panel: <MeetPanel model={model} />,
        formula: (
          <AfterGuess placeholder={<HiddenUntilGuess />}>
            <Formula tex={perTokenTex(model, t('realModel.tex.bytes'))} />
          </AfterGuess>
        ),
      };
    case 'next-token': {
      const step0 = run.gen.steps[0];
      const parts = step0 ? probabilityParts(run, 0, step0.id) : null;
      return {
        panel: <NextTokenPanel model={model} run={run} state={state} onChange={onChange} />,
        formula: parts && <Formula tex={probabilityTex(model.vocab[step0.id], parts.z, parts.zMax, parts.t, parts.sumExp, parts.p, t('realModel.tex.logit'), projector, step0.id)} />,
      };
    }
    case 'generate': {
      const T = cacheAt(run, run.decoded).ids.length;
      return { panel: <GeneratePanel model={model} run={run} state={state} onChange={onChange} />, formula: <Formula tex={cacheBytesTex(model, T, t('realModel.tex.bytes'))} /> };
    }
    case 'attention':
      return { panel: <AttentionPanel model={model} run={run} state={state} onChange={onChange} /> };
    case 'no-cache':
      return { panel: <NoCachePanel model={model} run={run} state={state} onChange={onChange} /> };
    case 'rope':
      return { panel: <RopePanel model={model} run={run} state={state} onChange={onChange} onOpenChapter={openChapter ? (id) => openChapter(id as ModelId) : undefined} /> };
    default:
      return { panel: <WorkedPanel model={model} state={state} onChange={onChange} onLoad={openChapter ? (w) => openChapter('worked', w) : undefined} /> };
  }
}

/** The chapter once the model has loaded: the stage (the cache's rows, the next word), the step's panel, the formula. */
function Ready(props: ChapterViewProps<RealModelState> & { model: Model }) {
  const { t } = useI18n();
  const { model, chapter, step, state } = props;
  const run = useRun(model, state);
  const view = useMemo(() => stageView(model, run, step.id), [model, run, step.id]);
  const { projector } = useViewPrefs();
  const body = stepBody({ ...props, run, t, projector });
  const links = useMemo(() => stepLinks(model, run, step.id, state.layer), [model, run, step.id, state.layer]);
  const stage = (
    <Stage chapter={chapter} step={step}>
      <ModelStage model={model} view={view} />
    </Stage>
  );
  return <StepLayout narrative={<Narrative step={step} params={NARRATIVE_PARAMS} />} stage={stage} panel={body.panel} formula={body.formula} links={links} />;
}

/** Chapter "A real model": loads the weights (its own chunk) and shows a loading state until they are parsed (or a retry if that failed). */
export function RealModelView(props: ChapterViewProps<RealModelState>) {
  const { t, lang } = useI18n();
  const load = useRealModel();
  const { state: raw, onChange: change } = props;
  // Each page language has its own default sentence; the steps read and write the state through inLang / fromLang.
  const state = useMemo(() => inLang(raw, lang), [raw, lang]);
  const onChange = useCallback((next: RealModelState) => change(fromLang(raw, next, lang)), [change, raw, lang]);
  if (load.status === 'ready') return <Ready {...props} state={state} onChange={onChange} model={load.model} />;
  const narrative = <Narrative step={props.step} params={NARRATIVE_PARAMS} />;
  return <StepLayout narrative={narrative} panel={<ModelLoadState load={load} loading={t('realModel.loading')} failed={t('realModel.loadError')} retry={t('realModel.retry')} />} />;
}
