import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtShort, fmtTick } from '../../lesson/format';
import type { SpreadNumbers } from '../../lesson/scaling/derive';
import { HIST_H, HIST_W, histBars, histFrame, histTicks, xOf } from '../../lesson/scaling/histGeometry';
import { SAMPLES } from '../../lesson/scaling/model';
import { ScrollX } from '../common/ScrollX';
import { usePhone } from '../common/usePhone';
import type { PartView } from '../stage/StageContext';
import { richText } from '../common/richText';

/** One histogram drawn on the shared axis, with ±σ (dashed) and ±√d_k (dotted) markers. */
function HistSvg({ n, counts, std, title, emph, part }: { n: SpreadNumbers; counts: number[]; std: number; title: string; emph: boolean; part?: PartView }) {
  const bars = histBars(n.edges, counts, [n.countsUnscaled, n.countsScaled]); // one count axis for both histograms
  const marks = [
    { v: -std, cls: 'hist-std' },
    { v: std, cls: 'hist-std' },
    { v: -n.sqrtDk, cls: 'hist-root' },
    { v: n.sqrtDk, cls: 'hist-root' },
  ];
  const frame = histFrame(usePhone());
  return (
    <figure className={`hist ${emph ? 'emph' : 'quiet'}${part ? ` ${part.props.className}` : ''}`} data-stage-part={part?.props['data-stage-part']}>
      <figcaption>{richText(title)}</figcaption>
      <svg viewBox={frame.viewBox} aria-hidden="true" focusable="false">
        {bars.map((b, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: bins are positions
          <rect key={i} className="hist-bar" x={b.x} y={b.y} width={b.w} height={b.h} />
        ))}
        {marks.map((m) => (
          <line key={`${m.cls}${m.v}`} className={m.cls} x1={xOf(n.edges, m.v)} x2={xOf(n.edges, m.v)} y1={0} y2={HIST_H} />
        ))}
        <line className="hist-axis" x1={0} x2={HIST_W} y1={HIST_H} y2={HIST_H} />
        {histTicks(n.range).map((tk) => (
          <text key={tk.x} x={tk.x} y={frame.tickY} textAnchor="middle" className="hist-tick" style={frame.font ? { fontSize: frame.font } : undefined}>
            {fmtTick(tk.value)}
          </text>
        ))}
      </svg>
    </figure>
  );
}

/** Both histograms, a legend, and the counts as an accessible table; on a stage, `parts` marks them as its q·kᵢ and ÷√d_k parts. */
export function Histograms({ n, emphasis, parts }: { n: SpreadNumbers; emphasis: 'unscaled' | 'scaled'; parts?: { unscaled: PartView; scaled: PartView } }) {
  const { t } = useI18n();
  const samples = fmtShort(SAMPLES);
  return (
    <div className="hists">
      <p className="sr-only">{richText(t('scaling.hist.desc', { std: fmt(n.unscaled.std), stdScaled: fmt(n.scaled.std) }))}</p>
      <HistSvg n={n} counts={n.countsUnscaled} std={n.unscaled.std} title={t('scaling.hist.unscaled', { n: samples })} emph={emphasis === 'unscaled'} part={parts?.unscaled} />
      <HistSvg n={n} counts={n.countsScaled} std={n.scaled.std} title={t('scaling.hist.scaled', { n: samples })} emph={emphasis === 'scaled'} part={parts?.scaled} />
      <p className="hint">
        {richText(t('scaling.hist.axis'))}
        {richText(t('scaling.hist.sep'))}
        {richText(t('scaling.hist.legend'))}
        {n.outsideUnscaled > 0 ? ` ${t('scaling.hist.outside', { count: fmtShort(n.outsideUnscaled) })}` : ''}
      </p>
      <details>
        <summary>{richText(t('table.showData'))}</summary>
        <ScrollX>
          <table className="numbers">
            <thead>
              <tr>
                <th scope="col">{richText(t('scaling.hist.from'))}</th>
                <th scope="col">{richText(t('scaling.hist.to'))}</th>
                <th scope="col">{richText(t('scaling.hist.countUnscaled'))}</th>
                <th scope="col">{richText(t('scaling.hist.countScaled'))}</th>
              </tr>
            </thead>
            <tbody>
              {n.countsUnscaled.map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: bins are positions
                <tr key={i}>
                  <td className="num">{fmt(n.edges[i])}</td>
                  <td className="num">{fmt(n.edges[i + 1])}</td>
                  <td className="num" data-value={`hist.unscaled.${i}`}>{fmtShort(c)}</td>
                  <td className="num" data-value={`hist.scaled.${i}`}>{fmtShort(n.countsScaled[i])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollX>
      </details>
    </div>
  );
}
