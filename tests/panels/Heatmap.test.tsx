import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { Heatmap } from '../../src/panels/common/Heatmap';

const labels = ['a', 'b'];
const mask = [
  [false, true],
  [false, false],
];

function show(values: number[][], lang: 'en' | 'zh' = 'en') {
  render(
    <I18nProvider lang={lang}>
      <Heatmap caption="M" rowLabels={labels} colLabels={labels} values={values} masked={mask} dataName="m" domain={[0, 1]} />
    </I18nProvider>,
  );
  return (i: number, j: number) => document.querySelector(`[data-value="m.${i}.${j}"]`) as HTMLElement;
}

describe('Heatmap', () => {
  it('is a table whose every cell prints its number', () => {
    const cell = show([
      [1, 0],
      [0.25, 0.75],
    ]);
    expect(screen.getByRole('grid', { name: 'M' })).toBeInTheDocument(); // a linked map is a grid (keyboard below)
    expect(cell(1, 0)).toHaveTextContent('0.250');
    expect(cell(1, 1)).toHaveTextContent('0.750');
  });
  it('a masked score prints −∞, with a legend saying what hatching means', () => {
    const scores = show([
      [1, Number.NEGATIVE_INFINITY],
      [0.5, 0.2],
    ]);
    expect(scores(0, 1)).toHaveTextContent('−∞');
    expect(scores(0, 1)).toHaveClass('masked');
    expect(screen.queryByText(/weight is exactly 0/)).toBeNull();
    expect(screen.getByText(/Hatched −∞ = masked/)).toBeInTheDocument();
  });
  it('labels masked weights for screen readers, in the current language', () => {
    const weights = show(
      [
        [1, 0],
        [0.4, 0.6],
      ],
      'zh',
    );
    // On screen "0 ✕" (the legend names ✕, in every view); screen readers hear "（掩码）" instead of the mark.
    expect(weights(0, 1).querySelector('.heat-masked')).toHaveTextContent('✕');
    expect(weights(0, 1).querySelector('.heat-masked')).toHaveAttribute('aria-hidden', 'true');
    expect(weights(0, 1).querySelector('.sr-only')).toHaveTextContent('（掩码）');
    expect(screen.getByText(/“0 ✕”/)).toBeInTheDocument();
    expect(screen.getByText(/权重恰好为 0/)).toBeInTheDocument();
  });
  it('every heatmap has a colour legend with its range', () => {
    show([
      [0.2, 0],
      [0.4, 0.6],
    ]);
    expect(document.querySelector('.heat-ramp')).not.toBeNull();
    expect(document.querySelector('.heat-scale')).toHaveTextContent('Colour: 0 1');
    expect(screen.getByText('Colour scale from 0.000 (dark purple) to 1.000 (yellow).')).toBeInTheDocument();
  });
  it('marks cells with a visible, non-colour cue and explains it in the legend', () => {
    render(
      <I18nProvider lang="en">
        <Heatmap caption="M" rowLabels={labels} colLabels={labels} values={[[0.001, 0.5], [0.2, 0.3]]} dataName="k" marks={[[{ text: '◦', label: 'below ε' }, null], [null, null]]} markLegend="◦ = below ε" />
      </I18nProvider>,
    );
    const cell = document.querySelector('[data-value="k.0.0"]') as HTMLElement;
    expect(cell).toHaveClass('marked');
    expect(cell).toHaveTextContent('◦');
    expect(cell.querySelector('.sr-only')).toHaveTextContent('below ε');
    expect(screen.getByText('◦ = below ε')).toBeInTheDocument();
  });
  it('an empty corner is not an empty header cell', () => {
    show([[1, 0], [0, 1]]);
    for (const th of document.querySelectorAll('th')) expect(th.textContent?.trim()).not.toBe('');
  });

  it('a linked map is one Tab stop whose arrow keys, Home and End move focus between cells', () => {
    const cell = show([
      [1, 0],
      [0.25, 0.75],
    ]);
    const stops = [...document.querySelectorAll<HTMLElement>('td.heat')].filter((td) => td.tabIndex === 0);
    expect(stops).toEqual([cell(0, 0)]);
    cell(0, 0).focus();
    fireEvent.keyDown(cell(0, 0), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cell(1, 0));
    fireEvent.keyDown(cell(1, 0), { key: 'End' });
    expect(document.activeElement).toBe(cell(1, 1));
    expect(cell(1, 1).tabIndex).toBe(0); // Tab comes back to where the reader left
    expect(cell(0, 0).tabIndex).toBe(-1);
    fireEvent.keyDown(cell(1, 1), { key: 'ArrowRight' }); // at the edge: stays
    expect(document.activeElement).toBe(cell(1, 1));
    fireEvent.keyDown(cell(1, 1), { key: 'Home' });
    expect(document.activeElement).toBe(cell(1, 0));
  });

  it('an unlinked map stays a plain table without Tab stops', () => {
    render(
      <I18nProvider lang="en">
        <Heatmap caption="N" rowLabels={labels} colLabels={labels} values={[[1, 0], [0, 1]]} domain={[0, 1]} />
      </I18nProvider>,
    );
    expect(screen.getByRole('table', { name: 'N' })).toBeInTheDocument();
    expect(document.querySelectorAll('td[tabindex]')).toHaveLength(0);
  });
});
