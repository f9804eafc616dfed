import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtShort } from '../../lesson/format';
import { deriveRanges, deriveRow, deriveSpread } from '../../lesson/scaling/derive';
import { ROW_KEYS, SAMPLES, type ScalingState } from '../../lesson/scaling/model';
import { rangesTex, rowTex, spreadTex, takeawayTex } from '../../lesson/scaling/tex';
import type { ChapterViewProps } from '../chapterView';
import { Formula } from '../common/Formula';
import { Narrative, StepLayout } from '../common/StepLayout';
import { Histograms } from './Histogram';
import { RangesTable } from './RangesTable';
import { RowDetail } from './RowDetail';
import { ScalingInputs } from './ScalingInputs';
import { SpreadStats } from './SpreadStats';
import { ComputeError } from '../common/ComputeError';

/** Chapter "scaling": why the scores are divided by √d_k, shown with random q and k of any length. */
export function ScalingView({ step, state, onChange }: ChapterViewProps<ScalingState>) {
  const { t } = useI18n();
  const spread = useMemo(() => deriveSpread(state), [state]);
  const row = useMemo(() => deriveRow(state), [state]);
  const ranges = useMemo(() => (step.id === 'ranges' ? deriveRanges(state.seed, state.dk) : null), [step.id, state.seed, state.dk]);
  const inputs = <ScalingInputs state={state} onChange={onChange} />;
  const failed = !spread.ok ? spread.detail : !row.ok ? row.detail : ranges && !ranges.ok ? ranges.detail : null;
  const base = { n: fmtShort(SAMPLES), dk: fmtShort(state.dk), keys: fmtShort(ROW_KEYS) };
  if (failed !== null || !spread.ok || !row.ok) {
    return (
      <StepLayout
        narrative={<Narrative step={step} params={{ ...base, sqrt: '—', std: '—', stdScaled: '—', maxRaw: '—', maxScaled: '—', hRaw: '—', hScaled: '—', hMax: '—' }}>{inputs}</Narrative>}
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
    panel = (
      <>
        <Histograms n={s} emphasis="unscaled" />
        <SpreadStats n={s} />
      </>
    );
    tex = spreadTex(s);
  } else if (step.id === 'ranges' && ranges?.ok) {
    panel = <RangesTable rows={ranges.n} />;
    tex = rangesTex(ranges.n);
  } else if (step.id === 'saturation') {
    panel = <RowDetail n={r} dk={state.dk} sqrt={s.sqrtDk} tex={rowTex(r, state.dk, t('scaling.row.rawShort'))} />;
    tex = '';
  } else {
    panel = (
      <>
        <ul className="facts">
          <li data-value="takeaway.std">{t('scaling.takeaway.point1', params)}</li>
          <li data-value="takeaway.max">{t('scaling.takeaway.point2', params)}</li>
          <li data-value="takeaway.entropy">{t('scaling.takeaway.point3', params)}</li>
        </ul>
        <Histograms n={s} emphasis="scaled" />
      </>
    );
  }
  return (
    <StepLayout
      narrative={<Narrative step={step} params={params}>{inputs}</Narrative>}
      panel={<div className="detail">{panel}</div>}
      formula={tex ? <Formula tex={tex} /> : undefined}
    />
  );
}
