import { render, screen } from '@testing-library/react';
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
    expect(screen.getByRole('table', { name: 'M' })).toBeInTheDocument();
    expect(cell(1, 0)).toHaveTextContent('0.250');
    expect(cell(1, 1)).toHaveTextContent('0.750');
  });
  it('a masked score prints −∞; a masked weight prints 0.000 ✕ with a legend', () => {
    const scores = show([
      [1, Number.NEGATIVE_INFINITY],
      [0.5, 0.2],
    ]);
    expect(scores(0, 1)).toHaveTextContent('−∞');
    expect(scores(0, 1)).toHaveClass('masked');
    expect(screen.queryByText(/the weight is exactly 0/)).toBeNull();
  });
  it('labels masked weights for screen readers, in the current language', () => {
    const weights = show(
      [
        [1, 0],
        [0.4, 0.6],
      ],
      'zh',
    );
    expect(weights(0, 1)).toHaveTextContent('0.000 ✕ (已遮蔽)');
    expect(screen.getByText(/权重恰好为 0/)).toBeInTheDocument();
  });
});
