import { useI18n } from '../../i18n/I18nContext';
import { PLOT_H, PLOT_W, type Plot, plotFrame } from '../../lesson/cost/plot';
import { fmt, fmtShort, fmtTick } from '../../lesson/format';
import { ScrollX } from '../common/ScrollX';
import { usePhone } from '../common/usePhone';

/** A log–log line plot (lines differ by dash pattern and label, not colour alone) with its data as a table. */
export function LogPlot({ plot, caption }: { plot: Plot; caption: string }) {
  const { t } = useI18n();
  const f = plotFrame(usePhone());
  const size = f.font ? { fontSize: f.font } : undefined;
  const values = plot.series.map((s) => `${s.name} ${fmt(s.current.value)}`).join('; ');
  return (
    <figure className="logplot">
      <figcaption>{caption}</figcaption>
      <p className="sr-only">{t('cost.plot.desc', { values })}</p>
      <svg viewBox={f.viewBox} aria-hidden="true" focusable="false">
        {plot.yTicks.map((tk) => (
          <g key={tk.exp}>
            <line className="plot-grid" x1={0} x2={PLOT_W} y1={tk.y} y2={tk.y} />
            <text x={-6} y={tk.y + f.labelDy} textAnchor="end" className="plot-tick" style={size}>
              10<tspan dy={f.supDy} fontSize="0.75em">{fmtShort(tk.exp)}</tspan>
            </text>
          </g>
        ))}
        {plot.xTicks.map((tk) => (
          <text key={tk.S} x={tk.x} y={f.xTickY} textAnchor="middle" className="plot-tick" style={size}>
            {fmtTick(tk.S, { binary: true })}
          </text>
        ))}
        <text x={f.titleX} y={f.titleY} textAnchor="middle" className="plot-tick" style={size}>
          {t('cost.plot.xAxis')}
        </text>
        <line className="plot-current" x1={plot.currentX} x2={plot.currentX} y1={0} y2={PLOT_H} />
        {plot.series.map((s, i) => (
          <g key={s.name} className={`plot-series s${i}`}>
            <polyline points={s.points} fill="none" />
            <circle cx={s.current.x} cy={s.current.y} r={5} />
            <text x={s.end.x + 6} y={s.end.y + f.labelDy} className="plot-label" style={size}>
              {String.fromCharCode(65 + i)}
            </text>
          </g>
        ))}
      </svg>
      <ul className="plot-legend">
        {plot.series.map((s, i) => (
          <li key={s.name} className={`s${i}`}>
            <svg width="36" height="10" aria-hidden="true"><line x1="0" x2="36" y1="5" y2="5" /></svg> {String.fromCharCode(65 + i)}: {s.name} —{' '}
            {t('punct.colon', { label: t('cost.plot.current') })}<strong>{fmt(s.current.value)}</strong>
          </li>
        ))}
      </ul>
      <details>
        <summary>{t('table.showData')}</summary>
        <ScrollX>
          <table className="numbers">
            <thead>
              <tr>
                <th scope="col">{t('cost.plot.S')}</th>
                {plot.series.map((s) => <th key={s.name} scope="col">{s.name}</th>)}
              </tr>
            </thead>
            <tbody>
              {plot.series[0].table.map((row, j) => (
                <tr key={row.S}>
                  <th scope="row" className="num">{fmtShort(row.S)}</th>
                  {plot.series.map((s) => <td key={s.name} className="num">{fmt(s.table[j].value)}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollX>
      </details>
    </figure>
  );
}
