import { useI18n } from '../../i18n/I18nContext';
import { PLOT_H, type Plot } from '../../lesson/cost/plot';
import { fmt, fmtShort, fmtTick } from '../../lesson/format';
import { ScrollX } from '../common/ScrollX';

/** A log–log line plot (lines differ by dash pattern and label, not colour alone) with its data as a table. */
export function LogPlot({ plot, caption }: { plot: Plot; caption: string }) {
  const { t } = useI18n();
  const values = plot.series.map((s) => `${s.name} ${fmt(s.current.value)}`).join('; ');
  return (
    <figure className="logplot">
      <figcaption>{caption}</figcaption>
      <p className="sr-only">{t('cost.plot.desc', { values })}</p>
      <svg viewBox={plot.viewBox} aria-hidden="true" focusable="false">
        {plot.yTicks.map((tk) => (
          <g key={tk.exp}>
            <line className="plot-grid" x1={0} x2={plot.width} y1={tk.y} y2={tk.y} />
            <text x={-6} y={tk.y + 4} textAnchor="end" className="plot-tick">
              10<tspan dy={-6} fontSize="0.9em">{fmtShort(tk.exp)}</tspan>
            </text>
          </g>
        ))}
        {plot.xTicks.map((tk) => (
          <text key={tk.S} x={tk.x} y={PLOT_H + 16} textAnchor="middle" className="plot-tick">
            {fmtTick(tk.S, { binary: true })}
          </text>
        ))}
        <text x={plot.titleX} y={PLOT_H + 34} textAnchor="middle" className="plot-tick">
          {t('cost.plot.xAxis')}
        </text>
        <line className="plot-current" x1={plot.currentX} x2={plot.currentX} y1={0} y2={PLOT_H} />
        {plot.series.map((s, i) => (
          <g key={s.name} className={`plot-series s${i}`}>
            <polyline points={s.points} fill="none" />
            <circle cx={s.current.x} cy={s.current.y} r={5} />
            <text x={s.end.x + 6} y={s.end.y + 4} className="plot-label">
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
