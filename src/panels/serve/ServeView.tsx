import { type ReactNode, useCallback, useMemo } from 'react';
import type { LinkGraph } from '../../lesson/links';
import { useI18n } from '../../i18n/I18nContext';
import { goToStep } from '../../lesson/serve/edits';
import { deriveFit } from '../../lesson/serve/fit';
import { blockLinks, fitLinks } from '../../lesson/serve/links';
import type { ServeState } from '../../lesson/serve/model';
import { batchRuns, frameAt, lastStep, memoryRuns, prefixRuns } from '../../lesson/serve/sims';
import { fitTex } from '../../lesson/serve/tex';
import type { ChapterViewProps } from '../chapterView';
import { ComputeError } from '../common/ComputeError';
import { Formula } from '../common/Formula';
import { AfterGuess } from '../common/Predict';
import { Narrative, StepLayout } from '../common/StepLayout';
import { Stage } from '../stage/Stage';
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
import { ServeStage } from './ServeStage';
import { MemoryControls, PrefixControls, SlotsControl } from './SimControls';
import { SimStepper } from './SimStepper';
import { WasteBatch, WastePanel } from './WastePanel';
import { TensorList, WeightsPanel } from './WeightsPanel';
import './serve.css';

/**
 * Chapter: the cache in production — weights and what fits on a GPU, paged blocks, shared prefixes, continuous
 * batching. Every step puts its picture and the controls that drive it on the stage; the step's secondary
 * tables sit under the narrative, the request list under the stage.
 */
export function ServeView({ chapter, step, state, onChange }: ChapterViewProps<ServeState>) {
  const { t } = useI18n();
  const id = step.id;
  const partA = id === 'weights' || id === 'fit';
  const fit = useMemo(() => (partA ? deriveFit(state) : null), [partA, state]);
  const { reqs, maxLen, block, prefix, slots } = state;
  const mem = useMemo(() => (id === 'contiguous' || id === 'paged' || id === 'waste' ? memoryRuns({ reqs, maxLen, block }) : null), [id, reqs, maxLen, block]);
  const pre = useMemo(() => (id === 'prefix' || id === 'copy-on-write' ? prefixRuns({ reqs, block, prefix }) : null), [id, reqs, block, prefix]);
  const bat = useMemo(() => (id === 'static' || id === 'continuous' ? batchRuns({ reqs, slots }) : null), [id, reqs, slots]);
  /** The step on one screen: its picture and controls on the stage, its secondary tables (aside) under the narrative. */
  const layout = (picture: ReactNode, o: { aside?: ReactNode; panel?: ReactNode; requests?: boolean; links?: LinkGraph } = {}) => (
    <StepLayout
      narrative={
        <>
          <Narrative step={step} />
          {o.aside && <div className="serve-aside">{o.aside}</div>}
        </>
      }
      stage={
        <Stage chapter={chapter} step={step}>
          <ServeStage>{picture}</ServeStage>
        </Stage>
      }
      panel={o.panel ?? null}
      inputs={o.requests ? <RequestsEditor state={state} onChange={onChange} maxLen={!!mem} /> : undefined}
      links={o.links}
    />
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

  if (id === 'fit-guess') return layout(null, { panel: <FitGuess /> });
  if (fit) {
    if (!fit.ok) return layout(<ComputeError detail={fit.detail} />);
    if (id === 'weights') {
      return layout(
        <>
          <ModelPicker state={state} onChange={onChange} show={['preset', 'wDtype']} />
          <WeightsPanel n={fit.n} dtype={state.wDtype} />
        </>,
        { aside: <TensorList n={fit.n} />, links: fitLinks(fit.n.groups.map((g) => g.group)) },
      );
    }
    return layout(
      <>
        <ModelPicker state={state} onChange={onChange} show={['preset', 'wDtype', 'kvDtype', 'gpu']} />
        <FitPanel n={fit.n} state={state} onChange={onChange} />
      </>,
      {
        aside: (
          <div className="step-formula">
            <Formula tex={fitTex(state, fit.n)} />
          </div>
        ),
        links: fitLinks(fit.n.groups.map((g) => g.group)),
      },
    );
  }
  if (mem) {
    if (id === 'waste') return layout(<WastePanel runs={mem} />, { aside: <WasteBatch runs={mem} />, requests: true });
    const c = mem.contiguous[state.policy];
    const cf = frameAt(c.trace, state.t);
    const n = mem.reqs.length;
    const caption = t('serve.map.contiguous', { policy: t(`serve.policy.short.${state.policy}`, { maxLen: state.maxLen }) });
    const contiguous = <RunFrame frame={cf.frame} ended={cf.ended} slots={c.trace.slots} total={n} block={0} caption={caption} dataName="contiguous" />;
    if (id === 'contiguous') {
      return layout(
        <div className="detail">
          <div className="serve-toolbar">
            {stepper}
            <MemoryControls state={state} onChange={onChange} show="policy" />
          </div>
          {contiguous}
          <MapLegend />
        </div>,
        { requests: true },
      );
    }
    const pf = frameAt(mem.paged.trace, state.t);
    return layout(
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
      </div>,
      { aside: <BlockTables memory={pf.frame.memory} />, requests: true, links: blockLinks(pf.frame.memory) },
    );
  }
  if (pre) {
    const run = id === 'prefix' && !state.cache ? pre.off : pre.on;
    const f = frameAt(run.trace, state.t);
    if (id === 'prefix') {
      const caption = t(state.cache ? 'serve.map.prefixOn' : 'serve.map.prefixOff', { prefix: pre.prefix, block: pre.block });
      return layout(
        <div className="detail">
          <div className="serve-toolbar">
            {stepper}
            <PrefixControls state={state} onChange={onChange} />
          </div>
          <RunFrame frame={f.frame} ended={f.ended} slots={run.trace.slots} total={pre.reqs.length} block={pre.block} caption={caption} dataName="prefix" />
          <MapLegend shared />
        </div>,
        { aside: <PrefixTable runs={pre} />, requests: true, links: blockLinks(f.frame.memory) },
      );
    }
    return layout(
      <div className="detail">
        <div className="serve-toolbar">
          {stepper}
          <PrefixControls state={state} onChange={onChange} cacheToggle={false} />
        </div>
        <CowPanel frame={f.frame} prefix={pre.prefix} block={pre.block} />
      </div>,
      { aside: <BlockTables memory={f.frame.memory} />, requests: true, links: blockLinks(f.frame.memory) },
    );
  }
  if (bat) {
    const table = <BatchTable runs={bat} t={state.t} which={id === 'static' ? ['static'] : ['static', 'continuous']} />;
    return layout(
      <>
        <div className="serve-toolbar">
          {stepper}
          <SlotsControl state={state} onChange={onChange} />
        </div>
        <BatchPanel runs={bat} slots={state.slots} t={state.t} mode={id === 'static' ? 'static' : 'continuous'} />
      </>,
      { aside: id === 'static' ? table : <AfterGuess>{table}</AfterGuess>, requests: true },
    );
  }
  return layout(null);
}
