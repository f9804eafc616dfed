import './scaling.css';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtShort } from '../../lesson/format';
import { deriveRanges, deriveRow, deriveSpread } from '../../lesson/scaling/derive';
import { ROW_KEYS, SAMPLES, type ScalingState } from '../../lesson/scaling/model';
import { rangesTex, rowTex, spreadTex, takeawayTex } from '../../lesson/scaling/tex';
import type { ChapterViewProps } from '../chapterView';
import { Formula } from '../common/Formula';
import { Narrative, StepLayout } from '../common/StepLayout';
import { RangesTable } from './RangesTable';
import { RowDetail } from './RowDetail';
import { ScalingStage } from './ScalingStage';
import { Stage } from '../stage/Stage';
import { scalingLinks } from '../../lesson/scaling/links';
import { SpreadStats } from './SpreadStats';
import { ComputeError } from '../common/ComputeError';
import { richText } from '../common/richText';

/** Steps whose stage shows the two distributions (the others show one query's softmax row). */
const HIST_STEPS = new Set(['spread', 'ranges']);

/** Chapter "scaling": why the scores are divided by √d_k, shown with random q and k of any length. */
export function ScalingView({ chapter, step, state, onChange }: ChapterViewProps<ScalingState>) {
  const { t } = useI18n();
  const spread = useMemo(() => deriveSpread(state), [state]);
  const row = useMemo(() => deriveRow(state), [state]);
  const ranges = useMemo(() => (step.id === 'ranges' ? deriveRanges(state.seed, state.dk) : null), [step.id, state.seed, state.dk]);
  const links = useMemo(() => scalingLinks(ROW_KEYS), []);
  const stage = (
    <Stage chapter={chapter} step={step}>
      <ScalingStage
        state={state}
        onChange={onChange}
        row={row.ok ? row.n : null}
        spread={spread.ok && HIST_STEPS.has(step.id) ? spread.n : null}
        emphasis={step.id === 'spread' ? 'unscaled' : step.id === 'ranges' ? 'scaled' : null}
      />
    </Stage>
  );
  const failed = !spread.ok ? spread.detail : !row.ok ? row.detail : ranges && !ranges.ok ? ranges.detail : null;
  const base = { n: fmtShort(SAMPLES), dk: fmtShort(state.dk), keys: fmtShort(ROW_KEYS) };
  if (failed !== null || !spread.ok || !row.ok) {
    return (
      <StepLayout
        narrative={<Narrative step={step} params={{ ...base, sqrt: '—', std: '—', stdScaled: '—', maxRaw: '—', maxScaled: '—', hRaw: '—', hScaled: '—', hMax: '—' }} />}
        stage={stage}
        panel={<ComputeError detail={failed ?? ''} />}
      />
    );
  }
  const s = spread.n;
  const r = row.n;
  const params = {
    ...base,
    sqrt: fmt(s.sqrtDk),
    std: fmt(s.unscaled.std),
    stdScaled: fmt(s.scaled.std),
    maxRaw: fmt(r.maxRaw),
    maxScaled: fmt(r.maxScaled),
    hRaw: fmt(r.entropyRaw),
    hScaled: fmt(r.entropyScaled),
    hMax: fmt(r.entropyMax),
  };
  let panel = null;
  let tex = takeawayTex(state.dk, s.sqrtDk);
  if (step.id === 'spread') {
    panel = <SpreadStats n={s} />;
    tex = spreadTex(s);
  } else if (step.id === 'ranges' && ranges?.ok) {
    panel = <RangesTable rows={ranges.n} />;
    tex = rangesTex(ranges.n);
  } else if (step.id === 'saturation') {
    panel = <RowDetail n={r} dk={state.dk} sqrt={s.sqrtDk} tex={rowTex(r, state.dk, t('scaling.row.rawShort'))} />;
    tex = '';
  } else {
    panel = (
      <ul className="facts projector-fold">
        <li data-value="takeaway.std">{richText(t('scaling.takeaway.point1', params))}</li>
        <li data-value="takeaway.max">{richText(t('scaling.takeaway.point2', params))}</li>
        <li data-value="takeaway.entropy">{richText(t('scaling.takeaway.point3', params))}</li>
      </ul>
    );
  }
  return (
    <StepLayout
      narrative={<Narrative step={step} params={params} />}
      stage={stage}
      links={links}
      panel={<div className="detail">{panel}</div>}
      formula={tex ? <Formula tex={tex} /> : undefined}
    />
  );
}
