import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtInt, fmtPercent, fmtTick } from '../../lesson/format';
import { type LinePlot, projectorTicks, xFraction } from '../../lesson/shrink/plot';
import { useViewPrefs } from '../ViewContext';

/** The plot's frame in viewBox units: on screen a wide plot with an axis title; on a projector a squarer one whose 26-unit text reads ≥ 24 px at the ≈ 360 px the slide gives it. */
const FRAME = {
  screen: { W: 400, H: 132, LEFT: 60, RIGHT: 10, TOP: 10, BOTTOM: 34, tickDy: 14, yDx: 6, yDy: 4 },
  projector: { W: 360, H: 168, LEFT: 92, RIGHT: 22, TOP: 16, BOTTOM: 36, tickDy: 30, yDx: 8, yDy: 9 },
} as const;
/** Marker shapes per series (the non-colour cue), in series order. */
const MARKS = ['circle', 'triangle', 'square'] as const;

function Marker({ shape, x, y, q }: { shape: (typeof MARKS)[number]; x: number; y: number; q?: string }) {
  if (shape === 'circle') return <circle cx={x} cy={y} r={4} data-q={q} />;
  if (shape === 'square') return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} data-q={q} />;
  return <polygon points={`${x},${y - 5} ${x + 4.5},${y + 3.5} ${x - 4.5},${y + 3.5}`} data-q={q} />;
}

interface Props {
  plot: LinePlot;
  /** Series names in the legend, by series id. */
  names: Record<string, string>;
  caption: string;
  xLabel: string;
  yLabel: string;
  /** 'share': y values are shares (0 … 1) shown as percentages; 'kl': nats. */
  kind: 'kl' | 'share';
  /** An x value marked with a vertical line (the current budget or bits), and its label. */
  mark?: { x: number; label: string; q?: string };
  dataName: string;
  /** Draw the series' legend under the plot (false where several plots share one: PlotLegend). */
  legend?: boolean;
  /** The shorter caption a projector slide shows (it names the x axis, which the slide's plot does not title). */
  projectorCaption?: string;
  /** A flatter projector frame (a plot under the step's text, where the slide has less height). */
  flat?: boolean;
  /** One point that is a linked number shown elsewhere (the drawn policy's point at the current budget = the summary's mean). */
  pointQ?: { series: string; x: number; q: string };
}

/** The series' legend: each series' line, marker and name (several plots on one slide share one). */
export function PlotLegend({ plot, names, mark }: { plot: LinePlot; names: Record<string, string>; mark?: string }) {
  return (
    <ul className="plot-legend">
      {plot.series.map((s, i) => (
        <li key={s.id}>
          <svg viewBox="0 0 34 12" width="34" height="12" aria-hidden="true" className={`plot-key series series-${i}`}>
            <line x1="0" x2="34" y1="6" y2="6" />
            <Marker shape={MARKS[i % MARKS.length]} x={17} y={6} />
          </svg>
          {names[s.id]}
        </li>
      ))}
      {mark && <li className="plot-mark-key">{mark}</li>}
    </ul>
  );
}

/**
 * Mean KL or top-1 agreement against budget or bits: every series on one pair of axes from 0, each with its own
 * marker shape and dash (colour is never the only cue), a legend, and the numbers in a table for screen readers.
 */
export function SweepPlot({ plot, names, caption, xLabel, yLabel, kind, mark, dataName, legend = true, projectorCaption, flat = false, pointQ }: Props) {
  const { t } = useI18n();
  const { projector } = useViewPrefs();
  const frame = FRAME[projector ? 'projector' : 'screen'];
  const { W, LEFT, RIGHT, TOP, BOTTOM, tickDy, yDx, yDy } = frame;
  const H = projector && flat ? 132 : frame.H;
  const ticks = projector ? projectorTicks(plot, mark?.x, undefined, !flat) : plot;
  const px = (f: number) => LEFT + f * (W - LEFT - RIGHT);
  const py = (f: number) => TOP + (1 - f) * (H - TOP - BOTTOM);
  const yText = (y: number) => (kind === 'share' ? `${fmtTick(y * 100)} %` : fmtTick(y));
  const xs = plot.series[0]?.points.map((p) => p.x) ?? [];
  const markF = mark ? xFraction(plot, mark.x) : undefined;
  return (
    <figure className="shrink-plot" data-plot={dataName}>
      <figcaption>
        {projector && projectorCaption ? (
          projectorCaption
        ) : (
          <>
            {caption} <span className="plot-unit">{t('shrink.plot.unit', { unit: yLabel })}</span>
          </>
        )}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={caption}>
        {ticks.yTicks.map((tk) => (
          <g key={tk.y}>
            <line className={tk.y === 0 ? 'axis-zero' : 'grid'} x1={LEFT} x2={W - RIGHT} y1={py(tk.f)} y2={py(tk.f)} />
            <text className="axis-tick" x={LEFT - yDx} y={py(tk.f) + yDy} textAnchor="end">
              {yText(tk.y)}
            </text>
          </g>
        ))}
        {ticks.xTicks.map((tk) => (
          <text key={tk.x} className={`axis-tick${tk.x === mark?.x ? ' at-mark' : ''}`} data-q={tk.x === mark?.x ? mark.q : undefined} x={px(tk.f)} y={H - BOTTOM + tickDy} textAnchor="middle">
            {fmtInt(tk.x)}
          </text>
        ))}
        {!projector && (
          <text className="axis-unit" x={(LEFT + W) / 2} y={H - 4} textAnchor="middle">
            {xLabel}
          </text>
        )}
        {markF !== undefined && mark && <line className="plot-mark" data-q={mark.q} x1={px(markF)} x2={px(markF)} y1={TOP} y2={H - BOTTOM} />}
        {plot.series.map((s, i) => (
          <g key={s.id} className={`series series-${i}`} data-series={s.id}>
            <polyline points={s.points.map((p) => `${px(p.fx)},${py(p.fy)}`).join(' ')} />
            {s.points.map((p) => (
              <Marker key={p.x} shape={MARKS[i % MARKS.length]} x={px(p.fx)} y={py(p.fy)} q={pointQ && pointQ.series === s.id && pointQ.x === p.x ? pointQ.q : undefined} />
            ))}
          </g>
        ))}
      </svg>
      {legend && <PlotLegend plot={plot} names={names} mark={mark?.label} />}
      <div className="sr-only">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{xLabel}</th>
            {plot.series.map((s) => (
              <th key={s.id} scope="col">
                {names[s.id]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {xs.map((x, r) => (
            <tr key={x}>
              <th scope="row">{fmtInt(x)}</th>
              {plot.series.map((s) => (
                <td key={s.id} data-value={`${dataName}.${s.id}.${x}`}>
                  {kind === 'share' ? fmtPercent(s.points[r].y) : fmt(s.points[r].y)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <span className="sr-only">{t('shrink.plot.axisNote')}</span>
    </figure>
  );
}
