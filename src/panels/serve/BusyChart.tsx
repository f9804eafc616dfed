import type { BatchTrace } from '../../core/batching';
import { useI18n } from '../../i18n/I18nContext';
import { ScrollX } from '../common/ScrollX';
import { busySeries, finishedSeries } from '../../lesson/serve/batchView';
import { useViewPrefs } from '../ViewContext';
import { svgText } from '../common/richText';

const W = 640;
const LEFT = 62;
const TOP = 16; // room above the top tick label (its glyphs rise above the grid line)
/** Plot height in SVG units (lower on a projector, where the slide has no room to spare). */
const PLOT_H = { normal: 80, projector: 32 } as const;

/**
 * Per step, for one or two schedulers on the same axes (steps as in the timelines): the slots doing
 * work (0 … all slots), or the requests finished so far (0 … all requests).
 */
export function BusyChart({ series, steps, slots, caption, metric = 'busy', total = 0 }: { series: { key: 'static' | 'continuous'; trace: BatchTrace }[]; steps: number; slots: number; caption: string; metric?: 'busy' | 'finished'; total?: number }) {
  const { t } = useI18n();
  const { projector } = useViewPrefs();
  const plotH = PLOT_H[projector ? 'projector' : 'normal'];
  // On a slide the caption names the axis ("… at each step") and the timeline above numbers it: no unit row.
  const H = TOP + plotH + (projector ? 8 : 32);
  const x = (f: number) => LEFT + f * (W - LEFT - 8);
  const y = (f: number) => TOP + (1 - f) * plotH;
  const top = metric === 'busy' ? slots : Math.max(1, total);
  return (
    <figure className={`serve-busy metric-${metric}`}>
      <figcaption>{caption}</figcaption>
      <ScrollX>
        <svg className="serve-plot" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={caption}>
        {[0, top].map((v) => (
          <g key={v}>
            <line className="grid" x1={LEFT} x2={W - 8} y1={y(v / top)} y2={y(v / top)} />
            <text className="axis-tick" x={LEFT - 6} y={y(v / top) + 4} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        {series.map((s) => (
          <polyline key={s.key} className={`busy busy-${s.key}`} points={(metric === 'busy' ? busySeries(s.trace, steps, slots) : finishedSeries(s.trace, steps, total)).map((p) => `${x(p.x)},${y(p.y)}`).join(' ')} />
        ))}
        {!projector && (
          <text className="axis-unit" x={(LEFT + W) / 2} y={H - 6} textAnchor="middle">
            {svgText(t('serve.batch.stepAxis'))}
          </text>
        )}
      </svg>
      </ScrollX>
      <ul className="serve-legend">
        {series.map((s) => (
          <li key={s.key}>
            <svg viewBox="0 0 30 10" width="30" height="10" aria-hidden="true">
              <line className={`busy busy-${s.key}`} x1="0" x2="30" y1="5" y2="5" />
            </svg>
            {t(`serve.batch.${s.key}`)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
