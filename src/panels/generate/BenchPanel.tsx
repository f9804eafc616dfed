import { useId, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fmtInt, fmtMs, fmtPercent, fmtShort, fmtSig } from '../../lesson/format';
import { predictNumbers } from '../../lesson/generate/derive';
import { BENCH_D, BENCH_NS, type GenerateState } from '../../lesson/generate/model';
import { BenchPlot } from './BenchPlot';
import { useBench } from './useBench';
import { ScrollX } from '../common/ScrollX';
import { useViewPrefs } from '../ViewContext';
import { plainText, richText } from '../common/richText';

/** The plot's text size on a slide (SVG units; the slide draws the plot at 1 px per unit, chrome.css): every text ≥ 24 px. */
const SLIDE_TEXT = 24;

/** The measured speed-up beside the multiply-add count for the same N and the reader's guess from the cost step. */
function VsGuess({ N, measured, state }: { N: number; measured: number; state: GenerateState }) {
  const { t } = useI18n();
  const counted = predictNumbers(N, BENCH_D);
  let guess = t('generate.bench.noGuess');
  if (state.guess !== '' && state.guessN !== String(N)) guess = t('generate.bench.guessOtherN', { N: state.guessN });
  else if (state.guess !== '') {
    const label = t(`generate.predict.${state.guess as typeof counted.bucket}`);
    const verdict = state.guess === counted.bucket ? t('generate.bench.guessRight') : t('generate.bench.guessWrong', { bucket: t(`generate.predict.${counted.bucket}`) });
    guess = `${t('generate.bench.yourGuess', { guess: label })} ${verdict}`;
  }
  return (
    <p data-value="bench.vsGuess">
      {richText(t('generate.bench.vsCount', { N: fmtShort(N), counted: fmtSig(counted.ratio), measured: fmtSig(measured) }))}{' '}
      <span className="bench-detail">{richText(t('generate.bench.vsWhy'))}</span> {guess}
    </p>
  );
}

/** The live benchmark: choose N, run (in a worker), watch progress, stop, read the plot, the table and the speed-up. */
export function BenchPanel({ state, onChange }: { state: GenerateState; onChange: (s: GenerateState) => void }) {
  const { t } = useI18n();
  const selectId = useId();
  const { state: b, start, stop } = useBench();
  const { projector } = useViewPrefs();
  const [showTable, setShowTable] = useState(false);
  const running = b.status === 'running';
  const N = Number(state.benchN);
  const samples = b.report?.samples ?? b.progress?.samples ?? [];
  const shownN = b.report?.N ?? N;
  return (
    <section className={b.report ? 'bench has-report' : 'bench'} aria-label={plainText(t('generate.bench.title'))}>
      <div className="bench-text">
      <div className="bench-controls">
        <label htmlFor={selectId}>{richText(t('generate.bench.nLabel', { d: BENCH_D }))}</label>
        <select id={selectId} value={state.benchN} disabled={running} onChange={(e) => onChange({ ...state, benchN: e.target.value })} data-cell="benchN">
          {BENCH_NS.map((n) => (
            <option key={n} value={n}>{n}</option>
          ))}
        </select>
        <button type="button" onClick={() => start(N, BENCH_D)} disabled={running} data-action="bench-run">
          {richText(t('generate.bench.run'))}
        </button>
        <button type="button" onClick={stop} disabled={!running} data-action="bench-stop">
          {richText(t('generate.bench.stop'))}
        </button>
      </div>
      <div className="bench-status" role="status" aria-live="polite" data-value="bench.status" data-status={b.status}>
        {running && (
          <>
            <progress max={1} value={b.progress?.fraction ?? 0} aria-label={plainText(t('generate.bench.progress'))} />{' '}
            {richText(t(`generate.bench.phase.${b.progress?.phase ?? 'cached'}`))} {fmtPercent(b.progress?.fraction ?? 0)}
          </>
        )}
        {b.status === 'stopped' && t('generate.bench.stopped')}
        {b.status === 'error' && <span className="error">{richText(t('generate.bench.error', { detail: b.error ?? '' }))}</span>}
        {b.status === 'idle' && t('generate.bench.idle')}
      </div>
      {b.report && (
        <p className="bench-result">
          <span className="bench-detail">
            {richText(t('generate.bench.result', { N: fmtInt(b.report.N), cached: fmtMs(b.report.cachedTotalMs), uncached: fmtMs(b.report.uncachedTotalMs) }))}
          </span>{' '}
          <strong data-value="bench.speedup">{richText(t('generate.bench.speedup', { x: fmtSig(b.report.speedup) }))}</strong>{' '}
          <span className="bench-detail">
            {richText(t('generate.bench.speedupLast', { x: fmtSig(b.report.speedupLast), N: fmtInt(b.report.N) }))}{' '}
            {b.report.uncachedExtrapolated ? t('generate.bench.extrapolated', { k: b.report.samples.length }) : t('generate.bench.measuredAll')}
          </span>
        </p>
      )}
      {b.report && <VsGuess N={b.report.N} measured={b.report.speedup} state={state} />}
      </div>
      {samples.length > 0 && (
        <div className="bench-figure">
          <BenchPlot samples={samples} N={shownN} text={projector ? SLIDE_TEXT : undefined} />
          <p className="bench-legend">
            <span className="legend-cached">● — {t('generate.bench.legendCached')}</span>{' '}
            <span className="legend-uncached">■ - - {t('generate.bench.legendUncached')}</span>
          </p>
          <button type="button" className="quiet bench-detail" aria-expanded={showTable} onClick={() => setShowTable(!showTable)}>
            {showTable ? t('table.hideData') : t('table.showData')}
          </button>
          {showTable && (
            <ScrollX>
              <table className="numbers">
                <caption>{richText(t('generate.bench.tableCaption'))}</caption>
                <thead>
                  <tr>
                    <th scope="col">{richText(t('generate.bench.xAxis'))}</th>
                    <th scope="col">{richText(t('generate.bench.legendCached'))}</th>
                    <th scope="col">{richText(t('generate.bench.legendUncached'))}</th>
                  </tr>
                </thead>
                <tbody>
                  {samples.map((s) => (
                    <tr key={s.pos}>
                      <th scope="row">{fmtInt(s.pos)}</th>
                      <td className="num">{fmtSig(s.cachedMs)}</td>
                      <td className="num">{s.uncachedMs === null ? '…' : fmtSig(s.uncachedMs)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollX>
          )}
        </div>
      )}
      <p className="hint">{richText(t('generate.bench.honest'))}</p>
    </section>
  );
}
