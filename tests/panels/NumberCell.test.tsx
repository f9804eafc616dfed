import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/i18n';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { NumberCell, SETTLE_MS } from '../../src/panels/common/NumberCell';
import { loadCellParser } from '../../src/state/cellParserLoader';
import type { NumberRule } from '../../src/state/numberRule';

const LABEL = 'q of on, dimension 1';

function Harness({ lang = 'en' as Lang, initial = 1, rule }: { lang?: Lang; initial?: number; rule?: NumberRule }) {
  const [v, setV] = useState(initial);
  const [commits, setCommits] = useState(0);
  return (
    <I18nProvider lang={lang}>
      <NumberCell
        value={v}
        onCommit={(x) => {
          setV(x);
          setCommits((c) => c + 1);
        }}
        label={LABEL}
        cellId="q.0"
        rule={rule}
      />
      <output data-testid="used">{v}</output>
      <output data-testid="commits">{commits}</output>
    </I18nProvider>
  );
}

const input = () => screen.getByLabelText(LABEL) as HTMLInputElement;
const used = () => screen.getByTestId('used').textContent;
const message = () => document.querySelector('.cell-error')?.textContent ?? '';

/** Types text as a person does: one change per keystroke, each prefix in turn. */
const typeKeys = (text: string) => {
  for (let i = 1; i <= text.length; i++) act(() => void fireEvent.change(input(), { target: { value: text.slice(0, i) } }));
};
const change = (text: string) => act(() => void fireEvent.change(input(), { target: { value: text } }));
const pause = () => act(() => void vi.advanceTimersByTime(SETTLE_MS + 10));

beforeAll(async () => {
  await loadCellParser();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('NumberCell: the one numeric input', () => {
  it('commits a valid expression', () => {
    render(<Harness />);
    act(() => void fireEvent.focus(input()));
    change('1/2');
    expect(used()).toBe('0.5');
  });

  it.each(['abc', '', '1e999', 'f(x)=x', 'x'.repeat(10_000)])('keeps the last valid value and explains %#', (bad) => {
    render(<Harness />);
    act(() => void fireEvent.focus(input()));
    change(bad);
    act(() => void fireEvent.blur(input()));
    expect(input()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent(/last valid value 1 is still used/);
    expect(input()).toHaveAttribute('aria-describedby', screen.getByRole('alert').id);
    expect(used()).toBe('1');
  });

  it('reads full-width digits, signs and points from a Chinese IME (NFKC)', () => {
    render(<Harness />);
    act(() => void fireEvent.focus(input()));
    change('１．５');
    expect(used()).toBe('1.5');
    change('－３');
    expect(used()).toBe('-3');
    change('1。25');
    expect(used()).toBe('1.25');
  });

  it('focusing selects the whole content, so typing replaces the full value (1/3 shown as 0.333)', () => {
    render(<Harness initial={1 / 3} />);
    expect(input().value).toBe('0.333');
    act(() => input().focus());
    expect(input().value).toBe('0.3333333333333333');
    expect([input().selectionStart, input().selectionEnd]).toEqual([0, input().value.length]);
  });

  it('announces a problem once, after typing pauses, not per keystroke; and clears it as soon as the text is valid', () => {
    vi.useFakeTimers();
    render(<Harness />);
    act(() => void fireEvent.focus(input()));
    typeKeys('1/sqrt(');
    expect(message()).toBe('');
    expect(input()).toHaveAttribute('aria-invalid', 'false');
    pause();
    expect(message()).toMatch(/Not a valid expression/);
    expect(input()).toHaveAttribute('aria-invalid', 'true');
    change('1/sqrt(3');
    expect(message()).toMatch(/Not a valid expression/); // unchanged while typing: nothing new to announce
    change('1/sqrt(3)');
    expect(message()).toBe('');
    expect(input()).toHaveAttribute('aria-invalid', 'false');
    expect(Number(used())).toBeCloseTo(1 / Math.sqrt(3), 12);
  });

  it('a message clears when the value is valid again (64, type ".5", Backspace twice)', () => {
    vi.useFakeTimers();
    render(<Harness initial={64} rule={{ integer: true, min: 1, max: 1024 }} />);
    act(() => void fireEvent.focus(input()));
    typeKeys('64.5');
    pause();
    expect(message()).toMatch(/whole number from 1 to 1,024/);
    change('64.');
    change('64');
    expect(message()).toBe('');
    expect(input()).toHaveAttribute('aria-invalid', 'false');
  });

  it('typing up to a stated maximum works: S = 1,048,576 digit by digit', () => {
    render(<Harness initial={4096} rule={{ integer: true, min: 1, max: 1_048_576 }} />);
    act(() => void fireEvent.focus(input()));
    typeKeys('1048576');
    expect(used()).toBe('1048576');
    act(() => void fireEvent.blur(input()));
    expect(input().value).toBe('1,048,576');
    act(() => void fireEvent.focus(input()));
    change('1,048,577');
    act(() => void fireEvent.blur(input()));
    expect(message()).toMatch(/from 1 to 1,048,576/);
    expect(used()).toBe('1048576');
  });

  it('does not read "1e" as Euler’s number while 1e5 is being typed', () => {
    render(<Harness />);
    act(() => void fireEvent.focus(input()));
    typeKeys('1e');
    expect(used()).toBe('1');
    act(() => void fireEvent.blur(input()));
    expect(message()).toMatch(/exponent is incomplete/);
  });

  it('messages follow a language switch', () => {
    const { rerender } = render(<Harness lang="en" />);
    act(() => void fireEvent.focus(input()));
    change('abc');
    act(() => void fireEvent.blur(input()));
    expect(message()).toMatch(/last valid value 1/);
    rerender(<Harness lang="zh" />);
    expect(message()).toContain('上一个有效值 1');
  });

  it('Escape restores the last valid value', () => {
    render(<Harness />);
    act(() => void fireEvent.focus(input()));
    change('abc');
    act(() => void fireEvent.keyDown(input(), { key: 'Escape' }));
    expect(input()).toHaveAttribute('aria-invalid', 'false');
    expect(input().value).toBe('1');
    expect(message()).toBe('');
  });

  it('grows to fit its text: the width follows the number of characters', () => {
    render(<Harness initial={1e-6} />);
    expect(input().value).toBe('1 × 10⁻⁶');
    expect(Number(input().style.getPropertyValue('--cell-ch'))).toBeGreaterThanOrEqual(input().value.length);
  });

  it('a 10,000-character paste does not push the page aside: the field stops growing and the text scrolls inside it, also after leaving it', () => {
    render(<Harness />);
    act(() => void fireEvent.focus(input()));
    change('7'.repeat(10_000));
    expect(Number(input().style.getPropertyValue('--cell-ch'))).toBeLessThanOrEqual(25);
    act(() => void fireEvent.blur(input()));
    expect(input()).toHaveAttribute('aria-invalid', 'true');
    expect(Number(input().style.getPropertyValue('--cell-ch'))).toBeLessThanOrEqual(25);
  });

  describe('bad text keeps the value the field had when the edit began, never a valid prefix', () => {
    const focus = () => act(() => void fireEvent.focus(input()));
    const blur = () => act(() => void fireEvent.blur(input()));

    it('typing 99 where 0–63 is allowed leaves the value before the edit in use, not 9', () => {
      render(<Harness initial={5} rule={{ integer: true, min: 0, max: 63 }} />);
      focus();
      typeKeys('9');
      expect(used()).toBe('9'); // live while valid
      typeKeys('99');
      expect(used()).toBe('5');
      blur();
      expect(input().value).toBe('99'); // nothing typed is lost
      expect(message()).toMatch(/whole number from 0 to 63.*last valid value 5/);
    });

    it.each(['abc', '', '1e999', 'x'.repeat(10_000)])('%#: a valid prefix, then bad text: the start value is back in use', (bad) => {
      render(<Harness initial={2} />);
      focus();
      change('7');
      expect(used()).toBe('7');
      change(bad);
      blur();
      expect(used()).toBe('2');
      expect(message()).toMatch(/last valid value 2/);
    });

    it('full-width digits are a number, live; a full-width letter after them is not', () => {
      render(<Harness initial={2} />);
      focus();
      change('１２');
      expect(used()).toBe('12');
      change('１２ａ');
      expect(used()).toBe('2');
    });

    it('Escape cancels the edit, valid or not: the value and the text of the edit\'s start come back', () => {
      render(<Harness initial={2} />);
      focus();
      change('8');
      expect(used()).toBe('8');
      act(() => void fireEvent.keyDown(input(), { key: 'Escape' }));
      expect(used()).toBe('2');
      expect(input().value).toBe('2');
    });

    it('a new edit starts from the value in use: after leaving a valid edit, that edit is the start', () => {
      render(<Harness initial={2} />);
      focus();
      change('8');
      blur();
      focus();
      change('abc');
      expect(used()).toBe('8');
    });
  });
});
