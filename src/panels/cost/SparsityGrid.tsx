import { type KeyboardEvent, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { heatColour } from '../../lesson/colourScale';
import type { SparsityNumbers } from '../../lesson/cost/derive';
import { fmt, fmtShort } from '../../lesson/format';
import { ScrollX } from '../common/ScrollX';

/**
 * The causal weight matrix as a grid of coloured cells that always fits the width: colour = weight
 * (viridis, fixed 0–1 axis), "○" = below ε, hatching = masked (exactly 0). The exact weight of a cell
 * shows on hover and on keyboard focus (arrow keys move, roving tabindex), and every number is in
 * the table under it.
 */
export function SparsityGrid({ n, eps }: { n: SparsityNumbers; eps: number }) {
  const { t } = useI18n();
  const T = n.weights.length;
  const [active, setActive] = useState<[number, number]>([T - 1, 0]);
  const [shown, setShown] = useState<[number, number] | null>(null);
  const [ai, aj] = [Math.min(active[0], T - 1), Math.min(active[1], T - 1)];
  const cellText = (i: number, j: number) => {
    const status = !n.mask[i][j] ? t('cost.sp.cellMasked') : n.below[i][j] ? t('cost.sp.cellBelow', { eps: fmt(eps) }) : t('cost.sp.cellAbove', { eps: fmt(eps) });
    return t('cost.sp.cell', { q: i + 1, k: j + 1, w: fmt(n.weights[i][j]), status });
  };
  const move = (e: KeyboardEvent<HTMLTableElement>) => {
    const step: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Home: [0, -T], End: [0, T] };
    const d = step[e.key];
    if (!d) return;
    e.preventDefault(); // the arrow keys belong to the grid here, not to the step bar
    const next: [number, number] = [Math.min(T - 1, Math.max(0, ai + d[0])), Math.min(T - 1, Math.max(0, aj + d[1]))];
    setActive(next);
    setShown(next);
    const cell = e.currentTarget.querySelector<HTMLElement>(`[data-cell-pos="${next[0]}.${next[1]}"]`);
    cell?.focus();
  };
  const readout = shown ? cellText(shown[0], shown[1]) : t('cost.sp.gridHint');
  return (
    <figure className="sp-figure">
      <figcaption>{t('cost.sp.gridCaption', { T: fmtShort(T) })}</figcaption>
      <table className="sp-grid" role="grid" aria-label={t('cost.sp.gridCaption', { T: fmtShort(T) })} onKeyDown={move} style={{ maxWidth: `${(T + 1) * 2}rem` }}>
        <thead>
          <tr>
            <th scope="col" className="sp-corner">
              <span aria-hidden="true">q╲k</span>
              <span className="sr-only">{t('cost.sp.corner')}</span>
            </th>
            {n.weights.map((_, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are key positions
              <th key={j} scope="col">{j + 1}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {n.weights.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are query positions
            <tr key={i}>
              <th scope="row">{i + 1}</th>
              {row.map((w, j) => {
                const masked = !n.mask[i][j];
                const colour = masked ? null : heatColour(w, 0, 1);
                return (
                  <td
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are key positions
                    key={j}
                    className={masked ? 'masked' : n.below[i][j] ? 'below' : undefined}
                    style={colour ? { background: colour.bg, color: colour.fg } : undefined}
                    tabIndex={i === ai && j === aj ? 0 : -1}
                    title={cellText(i, j)}
                    aria-label={cellText(i, j)}
                    data-cell-pos={`${i}.${j}`}
                    data-value={`sp.${i}.${j}`}
                    data-below={n.below[i][j] ? 'true' : undefined}
                    onFocus={() => {
                      setActive([i, j]);
                      setShown([i, j]);
                    }}
                    onMouseEnter={() => setShown([i, j])}
                  >
                    <span aria-hidden="true">{n.below[i][j] ? '○' : ''}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className={shown ? 'sp-readout' : 'sp-readout sp-hint'} data-value="sp.readout">{readout}</p>
      <ul className="sp-legend">
        <li>
          <span className="sp-scale" aria-hidden="true" /> {t('cost.sp.legendScale')}
        </li>
        <li>
          <span className="sp-swatch below" aria-hidden="true">○</span> {t('cost.sp.legendBelow', { eps: fmt(eps) })}
        </li>
        <li>
          <span className="sp-swatch masked" aria-hidden="true" /> {t('cost.sp.legendMasked')}
        </li>
      </ul>
      <details>
        <summary>{t('table.showData')}</summary>
        <ScrollX>
          <table className="numbers sp-table">
            <caption>{t('cost.sp.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cost.sp.corner')}</th>
                {n.weights.map((_, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are key positions
                  <th key={j} scope="col">{j + 1}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {n.weights.map((row, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are query positions
                <tr key={i}>
                  <th scope="row">{i + 1}</th>
                  {row.map((w, j) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are key positions
                    <td key={j} className="num">{n.mask[i][j] ? `${fmt(w)}${n.below[i][j] ? ' ○' : ''}` : t('cost.sp.maskedShort')}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollX>
      </details>
    </figure>
  );
}
