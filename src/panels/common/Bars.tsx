import type { ReactNode } from 'react';

export interface BarItem {
  key: string;
  label: ReactNode;
  /** In [−1, 1]: the bar's length as a share of the track (from lesson/bars.barFractions). */
  fraction: number;
  /** The number, already formatted. */
  text: string;
  /** Full value for hover. */
  title?: string;
  /** data-value attribute, e.g. "weights.0", for tests and the benchmark. */
  dataValue?: string;
  colour?: string;
  emphasis?: boolean;
}

/** A bar chart that is also its own data table: label, bar, printed number on every row. */
export function Bars({ items, caption, valueHeader, labelHeader }: { items: BarItem[]; caption: string; valueHeader: string; labelHeader: string }) {
  return (
    <table className="bars">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col" aria-hidden="true" />
          <th scope="col">{valueHeader}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((it) => (
          <tr key={it.key} className={it.emphasis ? 'emph' : undefined}>
            <th scope="row">{it.label}</th>
            <td className="bar-track" aria-hidden="true">
              <span
                className={`bar-fill${it.fraction < 0 ? ' neg' : ''}`}
                style={{ width: `${Math.abs(it.fraction) * 100}%`, background: it.colour }}
              />
            </td>
            <td className="num" data-value={it.dataValue} title={it.title}>
              {it.text}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
