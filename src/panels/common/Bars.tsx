import { type CSSProperties, type ReactNode, type RefObject, useLayoutEffect, useRef } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { type BarAxis, barSpan, zeroFraction } from '../../lesson/bars';
import { fmtShort, fmtTick } from '../../lesson/format';
import { richText } from './richText';

export interface BarItem {
  key: string;
  label: ReactNode;
  /** The value the bar draws (its length is |value| on the chart's axis, from the zero line). */
  value: number;
  /** The number, already formatted. */
  text: string;
  /** Full value for hover. */
  title?: string;
  /** data-value attribute, e.g. "weights.0", for tests and the benchmark. */
  dataValue?: string;
  /** Quantity id of the number (linked highlighting): lit with what it comes from and feeds. */
  q?: string;
  /** The bar carries `q` too: pointing at the bar lights its group, and pointing at the quantity elsewhere lights the bar. */
  linkBar?: boolean;
  /** Whether the number is a Tab stop of its own (default true); false where the same quantity is focusable elsewhere on the step. */
  tabStop?: boolean;
  colour?: string;
  emphasis?: boolean;
}

interface Props {
  items: BarItem[];
  /**
   * The axis every compared chart shares (lesson/bars: sharedAxis over all compared sets, or
   * WEIGHT_AXIS for weights); charts on one step with the same `group` must get the same axis.
   */
  axis: BarAxis;
  /** What is compared, e.g. "scores" or "weights" (data-bar-group, checked by the geometry test). */
  group: string;
  caption: string;
  valueHeader: string;
  labelHeader: string;
}

/** Tick labels at both ends of the axis, and at the zero line unless it is close to an end. */
function ticks(axis: BarAxis): { at: number; text: string }[] {
  const z = zeroFraction(axis);
  const list = [{ at: 0, v: axis.min }, ...(z > 0.12 && z < 0.88 ? [{ at: z, v: 0 }] : []), { at: 1, v: axis.max }];
  return list.map((tk) => ({ at: tk.at, text: fmtTick(tk.v) }));
}

/**
 * Keeps the axis labels apart on a narrow axis: the zero label gives way where it would touch an
 * end label (the zero line stays drawn), and the end label moves under the start label where the
 * two would touch (a long number on a phone).
 */
function useTicksApart(): RefObject<HTMLTableCellElement | null> {
  const ref = useRef<HTMLTableCellElement>(null);
  useLayoutEffect(() => {
    const cell = ref.current;
    if (!cell) return;
    const gap = 4;
    const touch = (a: Element, b: Element) => {
      const r = a.getBoundingClientRect();
      const o = b.getBoundingClientRect();
      return r.left < o.right + gap && o.left < r.right + gap;
    };
    const check = () => {
      const ticks = [...cell.querySelectorAll<HTMLElement>('.bar-tick')];
      const start = ticks[0];
      const end = ticks.length > 1 ? ticks[ticks.length - 1] : null;
      if (!start || !end) return;
      end.classList.remove('below');
      cell.classList.remove('two-lines');
      const stacked = touch(start, end);
      end.classList.toggle('below', stacked);
      cell.classList.toggle('two-lines', stacked);
      for (const mid of ticks.slice(1, -1)) mid.classList.toggle('crowded', touch(mid, start) || (!stacked && touch(mid, end)));
    };
    check();
    document.fonts?.addEventListener('loadingdone', check);
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(check);
    ro?.observe(cell);
    return () => {
      ro?.disconnect();
      document.fonts?.removeEventListener('loadingdone', check);
    };
  });
  return ref;
}

/**
 * A bar chart that is also its own data table: label, bar, printed number on every row. Bars
 * start at a drawn zero line (negative values extend left, hatched) on the given axis, whose
 * range is printed under the bars.
 */
export function Bars({ items, axis, group, caption, valueHeader, labelHeader }: Props) {
  const { t } = useI18n();
  const zero = zeroFraction(axis);
  const at = (f: number) => ({ left: `${f * 100}%` }) as CSSProperties;
  const axisRef = useTicksApart();
  return (
    <table className="bars" data-bar-group={group} data-axis-min={axis.min} data-axis-max={axis.max}>
      <caption>{richText(caption)}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col" className="bar-head">
            <span className="sr-only">{t('bars.axis', { min: fmtShort(axis.min), max: fmtShort(axis.max) })}</span>
          </th>
          <th scope="col">{valueHeader}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((it) => {
          const span = barSpan(it.value, axis);
          const style: CSSProperties = { left: `${span.left * 100}%`, width: `${span.width * 100}%`, backgroundColor: it.colour };
          return (
            <tr key={it.key} className={it.emphasis ? 'emph' : undefined}>
              <th scope="row">{it.label}</th>
              <td className="bar-track" aria-hidden="true">
                <span className="bar-area">
                  <span className="bar-zero" style={at(zero)} />
                  <span className={`bar-fill${span.negative ? ' neg' : ''}${span.width === 0 ? ' zero' : ''}`} data-bar-value={it.value} data-q={it.linkBar ? it.q : undefined} style={style} />
                </span>
              </td>
              <td className="num" data-value={it.dataValue} title={it.title} data-q={it.q} tabIndex={it.q && it.tabStop !== false ? 0 : undefined}>
                {it.text}
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot aria-hidden="true">
        <tr>
          <td />
          <td className="bar-axis" ref={axisRef}>
            {ticks(axis).map((tk) => (
              <span key={tk.at} className={`bar-tick${tk.at === 0 ? ' start' : tk.at === 1 ? ' end' : ''}`} style={at(tk.at)}>
                {tk.text}
              </span>
            ))}
          </td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
