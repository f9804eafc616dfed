import type { ReactNode } from 'react';
import { finiteRange, heatColour } from '../../lesson/colourScale';
import { fmt, fmtFull } from '../../lesson/format';
import { useI18n } from '../../i18n/I18nContext';
import { ScrollX } from './ScrollX';

export interface HeatmapProps {
  caption: string;
  /** Header of the row-label column, e.g. "query ↓ / key →". */
  corner?: string;
  rowLabels: readonly ReactNode[];
  colLabels: readonly ReactNode[];
  /** (rows, cols) numbers to print and colour; −Infinity prints as −∞. */
  values: readonly (readonly number[])[];
  /** (rows, cols): true = masked, drawn hatched (never just grey): a masked score prints "−∞", a masked weight "0.000 ✕" with a legend. */
  masked?: readonly (readonly boolean[])[];
  /** Colour domain; defaults to the finite range of values. Weights use [0, 1]. */
  domain?: readonly [number, number];
  /** data-value="<name>.<i>.<j>" on every cell, for tests. */
  dataName?: string;
  /** Rows / columns to emphasise (what the step is about). */
  emphasisRows?: readonly number[];
  emphasisCols?: readonly number[];
  /** (rows, cols): a short marker printed in the cell, e.g. "=" for "same as before". */
  marks?: readonly (readonly (string | null)[])[];
}

/** A heatmap that is its own data table: every cell prints its number; colour is viridis, masked cells are hatched "−∞". */
export function Heatmap({ caption, corner = '', rowLabels, colLabels, values, masked, domain, dataName, emphasisRows = [], emphasisCols = [], marks }: HeatmapProps) {
  const { t } = useI18n();
  const [lo, hi] = domain ?? finiteRange(values);
  const maskedWeights = values.some((row, i) => row.some((x, j) => masked?.[i]?.[j] === true && Number.isFinite(x)));
  return (
    <ScrollX label={caption}>
      <table className="heatmap">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {colLabels.map((c, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
              <th key={j} scope="col" className={emphasisCols.includes(j) ? 'emph' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {values.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions
            <tr key={i} className={emphasisRows.includes(i) ? 'emph' : undefined}>
              <th scope="row">{rowLabels[i]}</th>
              {row.map((x, j) => {
                const isMasked = masked?.[i]?.[j] === true;
                const mark = marks?.[i]?.[j] ?? null;
                const colour = isMasked || !Number.isFinite(x) ? null : heatColour(x, lo, hi);
                return (
                  <td
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
                    key={j}
                    className={`num heat${isMasked ? ' masked' : ''}${emphasisCols.includes(j) ? ' emph-col' : ''}`}
                    style={colour ? { background: colour.bg, color: colour.fg } : undefined}
                    title={isMasked ? undefined : fmtFull(x)}
                    data-value={dataName ? `${dataName}.${i}.${j}` : undefined}
                  >
                    {isMasked && !Number.isFinite(x) ? '−∞' : fmt(x)}
                    {isMasked && Number.isFinite(x) && (
                      <>
                        <span aria-hidden="true"> ✕</span>
                        <span className="sr-only"> ({t('heatmap.maskedCell')})</span>
                      </>
                    )}
                    {mark && <span className="heat-mark"> {mark}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {maskedWeights && <p className="hint heat-legend">{t('heatmap.maskedLegend')}</p>}
    </ScrollX>
  );
}
