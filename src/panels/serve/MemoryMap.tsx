import { useId } from 'react';
import { FREE, type MemoryPicture, NO_OWNER, RESERVED, SHARED, USED, WASTED } from '../../core/serveSim';
import { useI18n } from '../../i18n/I18nContext';
import { blockQ, reqQ } from '../../lesson/serve/links';
import { mapRows, ROW_SLOTS } from '../../lesson/serve/memoryMap';
import { useViewPrefs } from '../ViewContext';
import { plainText, richText } from '../common/richText';

/** Geometry in SVG units: normal view (labels in a column, every row) and projector (labels inside the rows where the holders change, 24 units, drawn 1:1). */
const GEOMETRY = { normal: { cell: 14, labelW: 58 }, projector: { cell: 20, labelW: 0 } } as const;

/** The CSS class of a slot: who holds it (identity colour of the request, or shared) and in which state. */
function cellClass(owner: number, state: number): string {
  if (state === FREE) return 'slot free';
  const who = owner === SHARED ? 'shared' : `own-${owner % 8}`;
  const how = state === USED ? 'used' : state === RESERVED ? 'reserved' : 'wasted';
  return `slot ${who} ${how}`;
}

interface Props {
  memory: MemoryPicture;
  /** Slots per state at this step (from the core's frame). */
  counts: { used: number; reserved: number; wasted: number; free: number };
  /** Block size for paged memory (block boundaries drawn), 0 for contiguous. */
  block: number;
  caption: string;
  /** Request ids to draw stronger (e.g. the two requests of the copy-on-write step). */
  focus?: readonly number[];
}

/**
 * The KV memory as 16 slots per row: each slot coloured by the request holding it (and labelled by
 * request at the row's start), filled when it holds a token, outlined when reserved for a token to
 * come, crossed when it will never be used, blank when free. Block boundaries are thick lines. Each slot
 * carries its block's quantity id (paged) or its request's (contiguous) for linked highlighting.
 */
export function MemoryMap({ memory, counts, block, caption, focus }: Props) {
  const { t } = useI18n();
  const hatch = useId().replace(/:/g, '');
  const { projector } = useViewPrefs();
  const { cell: CELL, labelW: LABEL_W } = GEOMETRY[projector ? 'projector' : 'normal'];
  const rows = mapRows(memory, block);
  const width = LABEL_W + ROW_SLOTS * CELL;
  const height = rows.length * CELL;
  const label = (row: (typeof rows)[number]) => [...row.owners.map((id) => `R${id}`), ...(row.shared ? ['S'] : [])].join(' ');
  // On a projector a row is labelled only where its holders change (fewer, larger labels).
  const shown = rows.map((row, i) => !projector || (label(row) !== '' && (i === 0 || label(rows[i - 1]) !== label(row))));
  return (
    <figure className={projector ? 'serve-map serve-map-big' : 'serve-map'}>
      <figcaption>{richText(caption)}</figcaption>
      <svg viewBox={`0 0 ${width} ${height + 2}`} width={projector ? width : undefined} height={projector ? height + 2 : undefined} role="img" aria-label={plainText(caption)}>
        <defs>
          <pattern id={hatch} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="4" className="hatch-line" />
          </pattern>
        </defs>
        {rows.map((row) => (
          <g key={row.index} transform={`translate(0 ${row.index * CELL + 1})`}>
            {row.cells.map((c, j) => {
              const dim = focus && c.owner >= 0 && !focus.includes(c.owner) ? ' dim' : '';
              const x = LABEL_W + j * CELL + 0.5;
              const q = c.owner === NO_OWNER ? undefined : block > 0 ? blockQ(Math.floor((row.index * ROW_SLOTS + j) / block)) : c.owner >= 0 ? reqQ(c.owner) : undefined;
              return c.state === WASTED ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: a slot's identity is its position
                <g key={j} className={dim || undefined} data-q={q}>
                  <rect className={cellClass(c.owner, c.state)} x={x} y={0.5} width={CELL - 1} height={CELL - 1} />
                  <rect x={x} y={0.5} width={CELL - 1} height={CELL - 1} fill={`url(#${hatch})`} />
                </g>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: a slot's identity is its position
                <rect key={j} className={`${cellClass(c.owner, c.state)}${dim}`} data-q={q} x={x} y={0.5} width={CELL - 1} height={CELL - 1} />
              );
            })}
            {row.blockStarts.map(([b, j]) => (
              <line key={b} className="block-edge" x1={LABEL_W + j * CELL} x2={LABEL_W + j * CELL} y1={-0.5} y2={CELL + 0.5} />
            ))}
            {block > ROW_SLOTS && row.blockStarts.length > 0 && <line className="block-edge" x1={LABEL_W} x2={width} y1={0} y2={0} />}
          </g>
        ))}
        {rows.map((row) =>
          shown[row.index] ? (
            <text key={row.index} className="map-label" x={projector ? 3 : LABEL_W - 4} y={row.index * CELL + 1 + CELL - (projector ? 3 : 3.5)} textAnchor={projector ? 'start' : 'end'}>
              {label(row)}
            </text>
          ) : null,
        )}
      </svg>
      <p className="sr-only">{t('serve.map.srSummary', counts)}</p>
    </figure>
  );
}

/** The legend of the memory map: every state and the shared pattern, never colour alone. */
export function MapLegend({ shared = false }: { shared?: boolean }) {
  const { t } = useI18n();
  const { projector } = useViewPrefs();
  const items: ['used' | 'reserved' | 'wasted' | 'free' | 'shared', string][] = [
    ['used', 'slot own-4 used'],
    ['reserved', 'slot own-4 reserved'],
    ['wasted', 'slot own-4 wasted'],
    ['free', 'slot free'],
  ];
  if (shared) items.push(['shared', 'slot shared used']);
  return (
    <ul className="serve-legend">
      {items.map(([key, cls]) => (
        <li key={key}>
          <svg viewBox="0 0 14 14" aria-hidden="true" width="14" height="14">
            <rect className={cls} x="0.5" y="0.5" width="13" height="13" />
            {key === 'wasted' && <path className="hatch-line" d="M0 14 L14 0 M-3 3 L3 -3 M11 17 L17 11 M0 7 L7 0 M7 14 L14 7" />}
          </svg>
          {t(projector && key !== 'shared' ? `serve.waste.short.${key}` : `serve.map.${key}`)}
        </li>
      ))}
    </ul>
  );
}
