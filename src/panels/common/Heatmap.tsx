import { type CSSProperties, type KeyboardEvent, type ReactNode, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { finiteRange, heatColour, heatRamp } from '../../lesson/colourScale';
import { fmt, fmtFull, fmtTick } from '../../lesson/format';
import { heatmapLinks, isQuantityId } from '../../lesson/links';
import { useLinks } from '../link/LinkScope';
import { ScrollX } from './ScrollX';
import { richText } from './richText';

/** A per-cell annotation with a non-colour cue: a short visible marker and what it means, for screen readers. */
export interface HeatMark {
  /** Visible marker printed in the cell, e.g. "=" or "<ε". */
  text: string;
  /** Its meaning, read by screen readers instead of the marker, e.g. "below ε". */
  label?: string;
}

/** The visible mark of a masked weight (the legend names it; the same in every language and view). */
export const MASKED_MARK = '✕';

export interface HeatmapProps {
  caption: string;
  /** Header of the row-label column, e.g. "query ↓ / key →" (omitted: an empty, non-header corner). */
  corner?: string;
  rowLabels: readonly ReactNode[];
  colLabels: readonly ReactNode[];
  /** (rows, cols) numbers to print and colour; −Infinity prints as −∞. */
  values: readonly (readonly number[])[];
  /** (rows, cols): true = masked, drawn hatched (never just grey): a masked score reads "−∞", a masked weight "0 ✕" (screen readers: "0 (masked)"). */
  masked?: readonly (readonly boolean[])[];
  /** Colour domain; defaults to the finite range of values. Weights use [0, 1]. */
  domain?: readonly [number, number];
  /** data-value="<name>.<i>.<j>" on every cell, for tests; also the quantity ids that link a cell to its row and column (lesson/links.ts heatmapLinks). */
  dataName?: string;
  /** Rows / columns to emphasise (what the step is about). */
  emphasisRows?: readonly number[];
  emphasisCols?: readonly number[];
  /** (rows, cols): a marker printed in the cell (a string, or text + screen-reader label); marked cells also get a dashed outline. */
  marks?: readonly (readonly (string | HeatMark | null)[])[];
  /** What the marks mean, printed in the legend (e.g. "◦ = below ε"). */
  markLegend?: string;
}

/**
 * A heatmap that is its own data table: every cell prints its number; colour is viridis with a
 * legend (the colour range, what hatching and marks mean); masked cells are hatched and read
 * "−∞" (scores) or "0 ✕" (weights; the legend names ✕, screen readers hear "(masked)"), short
 * enough that every view, a slide included, shows the mark the legend names.
 */
export function Heatmap(props: HeatmapProps) {
  const { caption, corner = '', rowLabels, colLabels, values, masked, domain, dataName, emphasisRows = [], emphasisCols = [], marks, markLegend } = props;
  const { t } = useI18n();
  const [lo, hi] = domain ?? finiteRange(values);
  const isMasked = (i: number, j: number) => masked?.[i]?.[j] === true;
  const maskedWeights = values.some((row, i) => row.some((x, j) => isMasked(i, j) && Number.isFinite(x)));
  const maskedScores = values.some((row, i) => row.some((x, j) => isMasked(i, j) && !Number.isFinite(x)));
  const ramp: CSSProperties = { backgroundImage: `linear-gradient(to right, ${heatRamp().join(', ')})` };
  // Pointing at a cell lights its query row and key column (and a header its whole row or column).
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const linked = dataName !== undefined && isQuantityId(dataName) ? dataName : undefined;
  useLinks(useMemo(() => (linked ? heatmapLinks(linked, rows, cols) : null), [linked, rows, cols]));
  const q = (suffix: string) => (linked ? `${linked}.${suffix}` : undefined);
  // A linked map is a grid a keyboard points into (a teacher with a clicker): one Tab stop, the
  // arrow keys, Home and End move between cells, and focus lights a cell's row and column as hover does.
  const [at, setAt] = useState<readonly [number, number]>([0, 0]);
  const [ai, aj] = [Math.min(at[0], Math.max(0, rows - 1)), Math.min(at[1], Math.max(0, cols - 1))];
  const move = (e: KeyboardEvent<HTMLTableElement>) => {
    const d = ({ ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Home: [0, -cols], End: [0, cols] } as Record<string, [number, number]>)[e.key];
    if (!d || !(e.target instanceof HTMLElement) || !e.target.matches('td.heat')) return;
    e.preventDefault(); // the arrow keys belong to the grid here, not to the step bar
    const next = [Math.min(rows - 1, Math.max(0, ai + d[0])), Math.min(cols - 1, Math.max(0, aj + d[1]))] as const;
    setAt(next);
    e.currentTarget.querySelector<HTMLElement>(`td[data-at="${next[0]}.${next[1]}"]`)?.focus();
  };
  return (
    <ScrollX label={caption}>
      <table className="heatmap" role={linked ? 'grid' : undefined} aria-readonly={linked ? true : undefined} onKeyDown={linked ? move : undefined}>
        <caption>{richText(caption)}</caption>
        <thead>
          <tr>
            {corner ? <th scope="col">{corner}</th> : <td className="corner" />}
            {colLabels.map((c, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
              <th key={j} scope="col" className={emphasisCols.includes(j) ? 'emph' : undefined} data-q={q(`c.${j}`)}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {values.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions
            <tr key={i} className={emphasisRows.includes(i) ? 'emph' : undefined}>
              <th scope="row" data-q={q(`r.${i}`)}>
                {rowLabels[i]}
              </th>
              {row.map((x, j) => {
                const m = isMasked(i, j);
                const raw = marks?.[i]?.[j] ?? null;
                const mark = typeof raw === 'string' ? { text: raw } : raw;
                const colour = m || !Number.isFinite(x) ? null : heatColour(x, lo, hi);
                return (
                  <td
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
                    key={j}
                    className={`num heat${m ? ' masked' : ''}${mark ? ' marked' : ''}${emphasisCols.includes(j) ? ' emph-col' : ''}`}
                    style={colour ? { background: colour.bg, color: colour.fg } : undefined}
                    title={m ? undefined : fmtFull(x)}
                    data-value={dataName ? `${dataName}.${i}.${j}` : undefined}
                    data-q={q(`${i}.${j}`)}
                    data-at={linked ? `${i}.${j}` : undefined}
                    tabIndex={linked ? (i === ai && j === aj ? 0 : -1) : undefined}
                    onFocus={linked ? () => setAt([i, j]) : undefined}
                  >
                    {m && Number.isFinite(x) ? (
                      <>
                        {x === 0 ? '0' : fmt(x)}
                        {'\u00a0'}
                        <span className="heat-masked" aria-hidden="true">
                          {MASKED_MARK}
                        </span>
                        <span className="sr-only">{t('heatmap.maskedTag')}</span>
                      </>
                    ) : m ? (
                      '−∞'
                    ) : (
                      fmt(x)
                    )}
                    {mark && (
                      <span className="heat-mark">
                        {' '}
                        <span aria-hidden={mark.label ? 'true' : undefined}>{mark.text}</span>
                        {mark.label && <span className="sr-only">{mark.label}</span>}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="heat-legend">
        <span aria-hidden="true" className="heat-scale">
          {t('heatmap.colour')} {fmtTick(lo)} <span className="heat-ramp" style={ramp} /> {fmtTick(hi)}
        </span>
        <span className="sr-only">{t('heatmap.legend', { lo: fmt(lo), hi: fmt(hi) })}</span>
        {maskedScores && <span className="heat-legend-item">{t('heatmap.maskedScoresLegend')}</span>}
        {maskedWeights && (
          // The slide shows the short form (several maps share one line), the screen the whole sentence; both quote "0 ✕".
          <span className="heat-legend-item heat-legend-masked">
            <span className="heat-legend-long">{t('heatmap.maskedLegend')}</span>
            <span className="heat-legend-short">{t('heatmap.maskedLegendShort')}</span>
          </span>
        )}
        {markLegend && <span className="heat-legend-item">{markLegend}</span>}
      </div>
    </ScrollX>
  );
}
