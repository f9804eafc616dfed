import { type ReactNode, useCallback, useMemo } from 'react';
import type { Model } from '../../core/model';
import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtInt } from '../../lesson/format';
import { evictionView, quantView, type StripView, textView } from '../../lesson/shrink/derive';
import { fromLang, inLang, type ShrinkState } from '../../lesson/shrink/model';
import { klTex } from '../../lesson/shrink/tex';
import type { ChapterViewProps } from '../chapterView';
import { ComputeError } from '../common/ComputeError';
import { Formula } from '../common/Formula';
import { Narrative, StepLayout } from '../common/StepLayout';
import { Stage } from '../stage/Stage';
import { useViewPrefs } from '../ViewContext';
import { BudgetControls, BudgetPlots, HeavyTable, SinksControls, SinksGuess } from './EvictPanels';
import { Fold, KiviGuess, QuantBytes, QuantControls, QuantErrors, QuantGroup, QuantGroupFold } from './QuantPanels';
import { Composer, TextSummary } from './TextPanel';
import { type StripMode, TextStrip } from './TextStrip';
import { useRealModel } from '../common/useRealModel';
import { ModelLoadState } from '../common/ModelLoadState';
import { LinkedText } from '../common/LinkedText';
import { shrinkLinks, sq } from '../../lesson/shrink/links';
import './shrink.css';

/** The stage's strip for the step, and how it is drawn. */
function stripFor(model: Model, stepId: string, s: ShrinkState): { view: StripView; mode: StripMode } {
  if (stepId === 'text') return { view: textView(model, s), mode: 'full' };
  if (stepId === 'quantize' || stepId === 'kivi') return { view: quantView(model, s).strip, mode: 'quant' };
  return { view: evictionView(model, s), mode: 'evict' };
}

/** Chapter `shrink`: sliding window, attention sinks, H2O and quantization, measured on the real model. */
export function ShrinkView(props: ChapterViewProps<ShrinkState>) {
  const load = useRealModel();
  const { t, lang } = useI18n();
  const { state: raw, onChange: change } = props;
  // Each language has its own prompt: the steps read and write the page language's through text / words.
  const state = useMemo(() => inLang(raw, lang), [raw, lang]);
  const onChange = useCallback((next: ShrinkState) => change(fromLang(raw, next, lang)), [change, raw, lang]);
  if (load.status !== 'ready') {
    const narrative = <Narrative step={props.step} params={props.chapter.params} />;
    return <StepLayout narrative={narrative} panel={<ModelLoadState load={load} loading={t('shrink.loading')} failed={t('shrink.loadFailed')} retry={t('shrink.retry')} />} />;
  }
  return <ShrinkSteps {...props} state={state} onChange={onChange} model={load.model} />;
}

/** The summary line of a shrunk cache: mean KL and top-1 agreement over the text. */
export function Summary({ view }: { view: StripView }) {
  const c = view.comparison;
  return (
    <p className="shrink-summary" data-value="summary">
      <LinkedText k="shrink.summary" params={{ T: fmtInt(view.T), kl: fmt(c.meanKl), agree: fmtInt(c.agree) }} links={{ T: sq.T, kl: sq.mean, agree: sq.agree }} />
    </p>
  );
}

function ShrinkSteps({ chapter, step, state, onChange, model }: ChapterViewProps<ShrinkState> & { model: Model }) {
  const { t } = useI18n();
  const { projector } = useViewPrefs();
  const id = step.id;
  const result = useMemo(() => {
    try {
      return { ok: true as const, ...stripFor(model, id, state) };
    } catch (e) {
      return { ok: false as const, detail: e instanceof Error ? e.message : String(e) };
    }
  }, [model, id, state]);
  // Which number feeds which on this step (lesson/shrink/links.ts): pointing at one lights its sources and targets.
  const links = useMemo(() => (result.ok ? shrinkLinks(model, id, state, result.view) : undefined), [model, id, state, result]);
  const onSelect = useCallback((at: number) => onChange({ ...state, at }), [onChange, state]);
  const { nLayers, nKvHeads } = model.config;
  const quant = id === 'quantize' || id === 'kivi';
  // On a projector the quantization step names only the bits on the stage (its inputs beside it name the scales' axes).
  const label = quant
    ? t(projector && id === 'quantize' ? 'shrink.bits.option' : 'shrink.label.quant', { bits: state.bits, k: t(`shrink.axis.${state.kAxis}`), v: t(`shrink.axis.${state.vAxis}`) })
    : t(`shrink.label.${state.policy}`, { budget: fmtInt(state.budget) });
  /** The narrative column: the step's text, then its inputs and the numbers they drive. */
  const narrative = (children?: ReactNode) => (
    <Narrative step={step} params={chapter.params}>
      {children && <div className="shrink-side">{children}</div>}
    </Narrative>
  );
  if (!result.ok) return <StepLayout narrative={narrative()} panel={<ComputeError detail={result.detail} />} />;
  const { view, mode } = result;
  const stage = (
    <Stage chapter={chapter} step={step}>
      <TextStrip view={view} mode={mode} grid={{ layers: nLayers, heads: nKvHeads }} label={label} onSelect={onSelect} />
    </Stage>
  );
  const kl = <Formula tex={klTex(view.tokens[view.at], t('shrink.nats'))} />;
  const p = { model, state, onChange, view };
  const summary = <Summary view={view} />;
  switch (id) {
    case 'text':
      // On a projector the summary goes beside the stage, where the slide has room; elsewhere under the text.
      return (
        <StepLayout
          links={links}
          narrative={narrative(projector ? undefined : <TextSummary {...p} />)}
          stage={stage}
          panel={
            <>
              <Composer {...p} />
              {projector && <TextSummary {...p} />}
            </>
          }
        />
      );
    case 'window':
      return <StepLayout links={links} narrative={narrative(<><BudgetControls {...p} />{summary}</>)} stage={stage} panel={null} formula={kl} />;
    case 'sinks':
      return (
<StepLayout links={links} narrative={narrative(<SinksControls {...p} />)} stage={stage} panel={<SinksGuess {...p} />} />
      );
    case 'h2o':
      return (
        <StepLayout
          links={links}
          narrative={narrative(<BudgetControls {...p} />)}
          stage={stage}
          panel={
            <>
              {summary}
              <HeavyTable {...p} />
            </>
          }
        />
      );
    case 'budget':
      return <StepLayout links={links} narrative={narrative(<><BudgetControls {...p} policy />{summary}</>)} stage={stage} panel={<BudgetPlots {...p} />} />;
    case 'quantize': {
      const q = quantView(model, state);
      const note = (
        <Fold title={t('shrink.quant.note')}>
          <p>{t('shrink.quant.noteBody')}</p>
        </Fold>
      );
      const bytes = <QuantBytes data={q} />;
      // On a projector the bytes stored sit under the stage beside the output's shift, and the worked group folds to one line under the inputs.
      return (
        <StepLayout
          links={links}
          narrative={narrative(
            <>
              {note}
              <QuantControls {...p} />
              {projector ? <QuantGroupFold data={q} bits={Number(state.bits)} /> : bytes}
            </>,
          )}
          stage={stage}
          panel={
            <>
              {summary}
              {projector && bytes}
              <QuantErrors data={q} />
            </>
          }
          formula={projector ? undefined : <QuantGroup data={q} bits={Number(state.bits)} />}
        />
      );
    }
    default:
      return (
        <KiviGuess
          {...p}
          links={links}
          narrative={(extra) =>
            narrative(
              <>
                <QuantControls {...p} only="block" />
                {extra}
              </>,
            )
          }
          stage={stage}
        />
      );
  }
}
