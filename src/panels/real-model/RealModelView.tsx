import { useMemo } from 'react';
import type { Model } from '../../core/model';
import { useI18n } from '../../i18n/I18nContext';
import { cacheAt, probabilityParts, type RealModelRun, runFor } from '../../lesson/real-model/derive';
import { DEFAULTS, type RealModelState } from '../../lesson/real-model/model';
import { NARRATIVE_PARAMS } from '../../lesson/real-model/shape';
import { cacheBytesTex, perTokenTex, probabilityTex } from '../../lesson/real-model/tex';
import type { ModelId } from '../../state/models';
import type { ChapterViewProps } from '../chapterView';
import { Formula } from '../common/Formula';
import { AfterGuess, HiddenUntilGuess } from '../common/Predict';
import { Narrative, StepLayout } from '../common/StepLayout';
import { AttentionPanel } from './AttentionPanel';
import { GeneratePanel } from './GeneratePanel';
import { MeetPanel } from './MeetPanel';
import { NextTokenPanel } from './NextTokenPanel';
import { NoCachePanel } from './NoCachePanel';
import { RopePanel } from './RopePanel';
import { useRealModel } from './useRealModel';
import { WorkedPanel } from './WorkedPanel';
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

/** The chapter once the model has loaded: one panel per step, the formula under it. */
function Ready({ model, step, state, onChange, openChapter }: ChapterViewProps<RealModelState> & { model: Model }) {
  const { t } = useI18n();
  const run = useRun(model, state);
  const narrative = <Narrative step={step} params={NARRATIVE_PARAMS} />;
  switch (step.id) {
    case 'meet':
      return (
        <StepLayout
          narrative={narrative}
          panel={<MeetPanel model={model} />}
          formula={
            <AfterGuess placeholder={<HiddenUntilGuess />}>
              <Formula tex={perTokenTex(model, t('realModel.tex.bytes'))} />
            </AfterGuess>
          }
        />
      );
    case 'next-token': {
      const step0 = run.gen.steps[0];
      const parts = step0 ? probabilityParts(run, 0, step0.id) : null;
      return (
        <StepLayout
          narrative={narrative}
          panel={<NextTokenPanel model={model} run={run} state={state} onChange={onChange} />}
          formula={parts && <Formula tex={probabilityTex(model.vocab[step0.id], parts.z, parts.zMax, parts.t, parts.sumExp, parts.p, t('realModel.tex.logit'))} />}
        />
      );
    }
    case 'generate': {
      const T = cacheAt(run, run.decoded).ids.length;
      return (
        <StepLayout
          narrative={narrative}
          panel={<GeneratePanel model={model} run={run} state={state} onChange={onChange} />}
          formula={<Formula tex={cacheBytesTex(model, T, t('realModel.tex.bytes'))} />}
        />
      );
    }
    case 'attention':
      return <StepLayout narrative={narrative} panel={<AttentionPanel model={model} run={run} state={state} onChange={onChange} />} />;
    case 'no-cache':
      return <StepLayout narrative={narrative} panel={<NoCachePanel model={model} run={run} state={state} onChange={onChange} />} />;
    case 'rope':
      return <StepLayout narrative={narrative} panel={<RopePanel model={model} run={run} state={state} onChange={onChange} onOpenChapter={openChapter ? (id) => openChapter(id as ModelId) : undefined} />} />;
    default:
      return (
        <StepLayout
          narrative={narrative}
          panel={<WorkedPanel model={model} state={state} onChange={onChange} onLoad={openChapter ? (w) => openChapter('worked', w) : undefined} />}
        />
      );
  }
}

/** Chapter "A real model": loads the weights (its own chunk) and shows a loading state until they are parsed. */
export function RealModelView(props: ChapterViewProps<RealModelState>) {
  const { t } = useI18n();
  const status = useRealModel();
  if (status.kind === 'ready') return <Ready {...props} model={status.model} />;
  const narrative = <Narrative step={props.step} params={NARRATIVE_PARAMS} />;
  return (
    <StepLayout
      narrative={narrative}
      panel={
        <p role="status" className={status.kind === 'error' ? 'error' : 'loading'} data-value="model-status">
          {status.kind === 'error' ? t('realModel.loadError', { detail: status.detail }) : t('realModel.loading')}
        </p>
      }
    />
  );
}
