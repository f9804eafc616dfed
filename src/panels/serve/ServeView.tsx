import { type ReactNode, useCallback, useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { goToStep } from '../../lesson/serve/edits';
import { deriveFit } from '../../lesson/serve/fit';
import type { ServeState } from '../../lesson/serve/model';
import { batchRuns, frameAt, lastStep, memoryRuns, prefixRuns } from '../../lesson/serve/sims';
import { fitTex } from '../../lesson/serve/tex';
import type { ChapterViewProps } from '../chapterView';
import { ComputeError } from '../common/ComputeError';
import { AfterGuess } from '../common/Predict';
import { Formula } from '../common/Formula';
import { Narrative, StepLayout } from '../common/StepLayout';
import { BatchPanel, BatchTable } from './BatchPanel';
import { BlockTables } from './BlockTables';
import { CowPanel } from './CowPanel';
import { FitGuess } from './FitGuess';
import { FitPanel } from './FitPanel';
import { MapLegend } from './MemoryMap';
import { ModelPicker } from './ModelPicker';
import { PrefixTable } from './PrefixTable';
import { RequestsEditor } from './RequestsEditor';
import { RunFrame } from './RunFrame';
import { MemoryControls, PrefixControls, SlotsControl } from './SimControls';
import { ServeStage } from './ServeStage';
import { SimStepper } from './SimStepper';
import { Stage } from '../stage/Stage';
import { WasteBatch, WastePanel } from './WastePanel';
import { TensorList, WeightsPanel } from './WeightsPanel';
import './serve.css';

/** Chapter: the cache in production — weights and what fits on a GPU, paged blocks, shared prefixes, continuous batching. */
export function ServeView({ chapter, step, state, onChange }: ChapterViewProps<ServeState>) {
  const { t } = useI18n();
  const stage = (
    <Stage chapter={chapter} step={step}>
      <ServeStage />
    </Stage>
  );
  const id = step.id;
  const partA = id === 'weights' || id === 'fit';
  const fit = useMemo(() => (partA ? deriveFit(state) : null), [partA, state]);
  const { reqs, maxLen, block, prefix, slots } = state;
  const mem = useMemo(() => (id === 'contiguous' || id === 'paged' || id === 'waste' ? memoryRuns({ reqs, maxLen, block }) : null), [id, reqs, maxLen, block]);
  const pre = useMemo(() => (id === 'prefix' || id === 'copy-on-write' ? prefixRuns({ reqs, block, prefix }) : null), [id, reqs, block, prefix]);
  const bat = useMemo(() => (id === 'static' || id === 'continuous' ? batchRuns({ reqs, slots }) : null), [id, reqs, slots]);
  const narrative = <Narrative step={step} />;
  /** The narrative column also carries the step's secondary tables (the panel keeps the picture and its controls). */
  const aside = (children: ReactNode) => (
    <Narrative step={step}>
      <div className="serve-aside">{children}</div>
    </Narrative>
  );

  const last = mem
    ? id === 'contiguous'
      ? lastStep(mem.contiguous[state.policy].trace.frames.length)
      : lastStep(mem.contiguous[state.policy].trace.frames.length, mem.paged.trace.frames.length)
    : pre
      ? id === 'prefix'
        ? lastStep(pre.on.trace.frames.length, pre.off.trace.frames.length)
        : lastStep(pre.on.trace.frames.length)
      : bat
        ? lastStep(id === 'static' ? bat.static.makespan : Math.max(bat.static.makespan, bat.continuous.makespan))
        : 0;
  const onStep = useCallback((n: number) => onChange(goToStep(state, n, last)), [onChange, state, last]);
  const stepper = <SimStepper t={state.t} last={last} onStep={onStep} />;
  const requests = <RequestsEditor state={state} onChange={onChange} maxLen={id === 'contiguous' || id === 'paged' || id === 'waste'} />;

  if (id === 'fit-guess') return <StepLayout stage={stage} narrative={narrative} panel={<FitGuess />} />;
  if (fit) {
    if (!fit.ok) return <StepLayout stage={stage} narrative={narrative} panel={<ComputeError detail={fit.detail} />} />;
    if (id === 'weights') {
      return (
        <StepLayout stage={stage}
          narrative={aside(<TensorList n={fit.n} />)}
          panel={
            <>
              <ModelPicker state={state} onChange={onChange} show={['preset', 'wDtype']} />
              <WeightsPanel n={fit.n} dtype={state.wDtype} />
            </>
          }
        />
      );
    }
    return (
      <StepLayout stage={stage}
        narrative={aside(
          <div className="step-formula">
            <Formula tex={fitTex(state, fit.n)} />
          </div>,
        )}
        panel={
          <>
            <ModelPicker state={state} onChange={onChange} show={['preset', 'wDtype', 'kvDtype', 'gpu']} />
            <FitPanel n={fit.n} state={state} onChange={onChange} />
          </>
        }
      />
    );
  }
  if (mem) {
    if (id === 'waste') return <StepLayout stage={stage} narrative={aside(<WasteBatch runs={mem} />)} panel={<WastePanel runs={mem} />} inputs={requests} />;
    const c = mem.contiguous[state.policy];
    const cf = frameAt(c.trace, state.t);
    const n = mem.reqs.length;
    const contiguous = (
      <RunFrame frame={cf.frame} ended={cf.ended} slots={c.trace.slots} total={n} block={0} caption={t('serve.map.contiguous', { policy: t(`serve.policy.short.${state.policy}`, { maxLen: state.maxLen }) })} dataName="contiguous" />
    );
    if (id === 'contiguous') {
      return (
        <StepLayout stage={stage}
          narrative={narrative}
          panel={
            <div className="detail">
              <div className="serve-toolbar">
                {stepper}
              </div>
              <MemoryControls state={state} onChange={onChange} show="policy" />
              {contiguous}
              <MapLegend />
            </div>
          }
          inputs={requests}
        />
      );
    }
    const pf = frameAt(mem.paged.trace, state.t);
    return (
      <StepLayout stage={stage}
        narrative={aside(<BlockTables memory={pf.frame.memory} />)}
        panel={
          <div className="detail">
            <div className="serve-toolbar">
              {stepper}
              <MemoryControls state={state} onChange={onChange} show="block" />
            </div>
            <div className="serve-pair">
              {contiguous}
              <RunFrame frame={pf.frame} ended={pf.ended} slots={mem.paged.trace.slots} total={n} block={mem.block} caption={t('serve.map.paged', { block: mem.block })} dataName="paged" />
            </div>
            <MapLegend />
          </div>
        }
        inputs={requests}
      />
    );
  }
  if (pre) {
    const run = id === 'prefix' && !state.cache ? pre.off : pre.on;
    const f = frameAt(run.trace, state.t);
    const n = pre.reqs.length;
    if (id === 'prefix') {
      return (
        <StepLayout stage={stage}
          narrative={aside(<PrefixTable runs={pre} />)}
          panel={
            <div className="detail">
              <div className="serve-toolbar">{stepper}</div>
              <PrefixControls state={state} onChange={onChange} />
              <RunFrame frame={f.frame} ended={f.ended} slots={run.trace.slots} total={n} block={pre.block} caption={t(state.cache ? 'serve.map.prefixOn' : 'serve.map.prefixOff', { prefix: pre.prefix, block: pre.block })} dataName="prefix" />
              <MapLegend shared />
            </div>
          }
          inputs={requests}
        />
      );
    }
    return (
      <StepLayout stage={stage}
        narrative={aside(<BlockTables memory={f.frame.memory} />)}
        panel={
          <div className="detail">
            <div className="serve-toolbar">{stepper}</div>
            <PrefixControls state={state} onChange={onChange} cacheToggle={false} />
            <CowPanel frame={f.frame} prefix={pre.prefix} block={pre.block} />
          </div>
        }
        inputs={requests}
      />
    );
  }
  if (bat) {
    return (
      <StepLayout stage={stage}
        narrative={aside(
          id === 'static' ? (
            <BatchTable runs={bat} t={state.t} which={['static']} />
          ) : (
            <AfterGuess>
              <BatchTable runs={bat} t={state.t} which={['static', 'continuous']} />
            </AfterGuess>
          ),
        )}
        panel={
          <div className="detail">
            <div className="serve-toolbar">
              {stepper}
              <SlotsControl state={state} onChange={onChange} />
            </div>
            <BatchPanel runs={bat} slots={state.slots} t={state.t} mode={id === 'static' ? 'static' : 'continuous'} />
          </div>
        }
        inputs={requests}
      />
    );
  }
  return <StepLayout stage={stage} narrative={narrative} panel={null} />;
}
