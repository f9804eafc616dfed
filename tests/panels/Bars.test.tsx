import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sharedAxis, WEIGHT_AXIS } from '../../src/lesson/bars';
import { Bars, type BarItem } from '../../src/panels/common/Bars';

const items = (values: number[]): BarItem[] => values.map((v, i) => ({ key: String(i), label: `t${i}`, value: v, text: String(v) }));
const pct = (s: string) => Number.parseFloat(s);

describe('Bars', () => {
  it('draws each bar from the zero line with a length ∝ value, and a visible zero line', () => {
    const { container } = render(<Bars items={items([-3, 0, 2])} axis={sharedAxis([-3, 0, 2])} group="scores" caption="c" valueHeader="v" labelHeader="l" />);
    const fills = [...container.querySelectorAll<HTMLElement>('.bar-fill')];
    const zero = container.querySelector<HTMLElement>('.bar-zero');
    expect(zero).not.toBeNull();
    expect(pct(zero?.style.left ?? '')).toBeCloseTo(60, 6);
    expect(pct(fills[0].style.left)).toBeCloseTo(0, 6);
    expect(pct(fills[0].style.width)).toBeCloseTo(60, 6);
    expect(fills[0]).toHaveClass('neg');
    expect(pct(fills[2].style.left)).toBeCloseTo(60, 6);
    expect(pct(fills[2].style.width)).toBeCloseTo(40, 6);
    expect(container.querySelector('table')).toHaveAttribute('data-bar-group', 'scores');
  });
  it('prints the axis range under the bars, and names the bar column for screen readers', () => {
    const { container } = render(<Bars items={items([0.2, 0.8])} axis={WEIGHT_AXIS} group="weights" caption="c" valueHeader="v" labelHeader="l" />);
    expect([...container.querySelectorAll('.bar-tick')].map((e) => e.textContent)).toEqual(['0', '1']);
    expect(container.querySelector('thead th.bar-head')?.textContent).toMatch(/0 to 1/);
  });
});
