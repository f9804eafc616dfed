import type { BatchTrace } from '../../core/batching';
import { useI18n } from '../../i18n/I18nContext';
import { ScrollX } from '../common/ScrollX';
import { placeBars } from '../../lesson/serve/batchView';
import { niceTicks } from '../../lesson/serve/stack';
import { useViewPrefs } from '../ViewContext';

const W = 640;
const TOP = 4;
/** Row height and label size in SVG units: normal view, and projector (drawn about 1.2× wide: labels ≥ 24 px on screen). */
const GEOMETRY = { normal: { row: 22, font: 11, left: 62 }, projector: { row: 25, font: 21, left: 84 } } as const;

/**
 * A batching timeline: one row per GPU slot, each request a bar from admission to finish (labelled R#), idle
 * waiting hatched; the counter's step marked. On a projector a bar is labelled only where its label fits.
 */
export function Timeline({ trace, steps, slots, t, caption, dataName }: { trace: BatchTrace; steps: number; slots: number; t: number; caption: string; dataName: string }) {
  const { t: tr } = useI18n();
  const { projector } = useViewPrefs();
  const { row: ROW, font, left: LEFT } = GEOMETRY[projector ? 'projector' : 'normal'];
  const bars = placeBars(trace, steps);
  const x = (f: number) => LEFT + f * (W - LEFT - 8);
  const height = TOP + slots * ROW + 22;
  const ticks = niceTicks(steps, 6).filter((v) => v <= steps);
  return (
    <figure className="serve-timeline" data-run={dataName}>
      <figcaption>{caption}</figcaption>
      <ScrollX>
        <svg className="serve-plot" viewBox={`0 0 ${W} ${height}`} role="img" aria-label={caption}>
        <defs>
          <pattern id={`idle-${dataName}`} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="5" className="hatch-line" />
          </pattern>
        </defs>
        {Array.from({ length: slots }, (_, s) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: slot number
          <g key={s}>
            <rect className="lane" x={LEFT} y={TOP + s * ROW} width={W - LEFT - 8} height={ROW - 2} />
            <text className="lane-label" x={LEFT - 6} y={TOP + s * ROW + ROW / 2 + font * 0.35} textAnchor="end" fontSize={projector ? font : 12}>
              {tr('serve.batch.slot', { n: s + 1 })}
            </text>
          </g>
        ))}
        {bars.map((b) => (
          <g key={`${b.id}-${b.from}`}>
            <rect className={`job own-${b.id % 8}`} x={x(b.x)} y={TOP + b.slot * ROW + 1} width={x(b.x + b.w) - x(b.x)} height={ROW - 4} />
            {b.idle > 0 && <rect className="job-idle" x={x(b.x + b.w)} y={TOP + b.slot * ROW + 1} width={x(b.x + b.w + b.idle) - x(b.x + b.w)} height={ROW - 4} fill={`url(#idle-${dataName})`} />}
            {(!projector || x(b.x + b.w) - x(b.x) >= font * 0.62 * String(`R${b.id}`).length + 4) && (
              <text className="job-label" x={x(b.x) + 3} y={TOP + b.slot * ROW + ROW / 2 + font * 0.35} fontSize={font}>
                R{b.id}
              </text>
            )}
          </g>
        ))}
        {ticks.map((v) => (
          <text key={v} className="axis-tick" x={x(v / steps)} y={TOP + slots * ROW + 14} textAnchor="middle">
            {v}
          </text>
        ))}
        <line className="now" x1={x((Math.min(t, steps) + 0.5) / steps)} x2={x((Math.min(t, steps) + 0.5) / steps)} y1={0} y2={TOP + slots * ROW} />
      </svg>
      </ScrollX>
    </figure>
  );
}
