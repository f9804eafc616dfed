import type { BatchTrace } from '../../core/batching';
import { useI18n } from '../../i18n/I18nContext';
import { ScrollX } from '../common/ScrollX';
import { placeBars } from '../../lesson/serve/batchView';
import { niceTicks } from '../../lesson/serve/stack';
import { laneTops, placeLabels } from '../../lesson/serve/timelineLabels';
import { useViewPrefs } from '../ViewContext';

const W = 640;
const TOP = 4;
/** Row height and label size in SVG units: normal view, and projector (drawn about 1.2× wide: labels ≥ 24 px on screen). */
const GEOMETRY = { normal: { row: 22, font: 11, left: 62 }, projector: { row: 25, font: 21, left: 84 } } as const;
/** A bold label's width per character, in ems (DejaVu Sans Bold's "R" and digits, with a little room). */
const CHAR_EM = 0.7;

/**
 * A batching timeline: one row per GPU slot, each request a bar from admission to finish (labelled R#), idle
 * waiting hatched; the counter's step marked. Every bar is named: in the bar when its name fits, else right after it
 * (over its own idle time or an empty lane), else over its lane with a leader line (timelineLabels.ts).
 */
export function Timeline({ trace, steps, slots, t, caption, dataName }: { trace: BatchTrace; steps: number; slots: number; t: number; caption: string; dataName: string }) {
  const { t: tr } = useI18n();
  const { projector } = useViewPrefs();
  const { row: ROW, font, left: LEFT } = GEOMETRY[projector ? 'projector' : 'normal'];
  const bars = placeBars(trace, steps);
  const x = (f: number) => LEFT + f * (W - LEFT - 8);
  const strip = font + 4;
  const drawn = bars.map((b) => ({ slot: b.slot, id: b.id, x0: x(b.x), x1: x(b.x + b.w), idleEnd: x(b.x + b.w + b.idle) }));
  const { labels, strips } = placeLabels(drawn, { pad: 3, gap: 6, right: W - 8, labelWidth: (id) => font * CHAR_EM * `R${id}`.length });
  const tops = laneTops(slots, TOP, ROW, strip, strips);
  const plotBottom = tops[slots - 1] + ROW;
  const height = plotBottom + 22;
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
            <rect className="lane" x={LEFT} y={tops[s]} width={W - LEFT - 8} height={ROW - 2} />
            <text className="lane-label" x={LEFT - 6} y={tops[s] + ROW / 2 + font * 0.35} textAnchor="end" fontSize={projector ? font : 12}>
              {tr('serve.batch.slot', { n: s + 1 })}
            </text>
          </g>
        ))}
        {bars.map((b, i) => {
          const top = tops[b.slot];
          const l = labels[i];
          const y = l.place === 'above' ? top - 5 : top + ROW / 2 + font * 0.35;
          return (
            <g key={`${b.id}-${b.from}`} data-request={b.id}>
              <rect className={`job own-${b.id % 8}`} x={drawn[i].x0} y={top + 1} width={drawn[i].x1 - drawn[i].x0} height={ROW - 4} />
              {b.idle > 0 && <rect className="job-idle" x={drawn[i].x1} y={top + 1} width={drawn[i].idleEnd - drawn[i].x1} height={ROW - 4} fill={`url(#idle-${dataName})`} />}
              {l.place === 'above' && <line className="job-leader" x1={l.anchor} x2={l.anchor} y1={top - 4} y2={top + 1} />}
              <text className={`job-label place-${l.place}`} x={l.x} y={y} fontSize={font}>
                R{b.id}
              </text>
            </g>
          );
        })}
        {ticks.map((v) => (
          <text key={v} className="axis-tick" x={x(v / steps)} y={plotBottom + 14} textAnchor="middle">
            {v}
          </text>
        ))}
        <line className="now" x1={x((Math.min(t, steps) + 0.5) / steps)} x2={x((Math.min(t, steps) + 0.5) / steps)} y1={0} y2={plotBottom} />
      </svg>
      </ScrollX>
    </figure>
  );
}
