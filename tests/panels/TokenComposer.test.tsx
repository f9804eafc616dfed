import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/i18n';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { lexiconOf, readSentence, type Sentence, sentenceOf } from '../../src/lesson/real-model/sentence';
import { SETTLE_MS } from '../../src/panels/common/NumberCell';
import { TokenComposer } from '../../src/panels/common/TokenComposer';
import { testModel } from '../core/model/load';

const model = testModel();
const lex = lexiconOf(model);
const DEFAULT = sentenceOf(['the', 'cat', 'sat']);
const LABEL = 'Your sentence';

/** The composer as a chapter uses it, with the ids its numbers would use printed beside it. */
function Harness({ lang = 'en' as Lang, max = 64, initial = DEFAULT }: { lang?: Lang; max?: number; initial?: Sentence }) {
  const [s, setS] = useState(initial);
  const used = readSentence(s, lex, max, DEFAULT).tokens.map((t) => t.word).join(' ');
  return (
    <I18nProvider lang={lang}>
      <TokenComposer value={s} onChange={setS} lexicon={lex} maxTokens={max} fallback={DEFAULT} label={LABEL} name="test" examples={[sentenceOf(['猫', '坐', '在'])]} />
      <output data-testid="used">{used}</output>
      <output data-testid="text">{s.text}</output>
    </I18nProvider>
  );
}

const input = () => screen.getByLabelText(LABEL) as HTMLInputElement;
const used = () => screen.getByTestId('used').textContent;
const stateText = () => screen.getByTestId('text').textContent;
const messages = () => document.querySelector('.composer-problems')?.textContent ?? '';
const change = (text: string) => act(() => void fireEvent.change(input(), { target: { value: text } }));
const typeKeys = (text: string) => {
  for (let i = 1; i <= text.length; i++) change(text.slice(0, i));
};
const pause = () => act(() => void vi.advanceTimersByTime(SETTLE_MS + 10));

afterEach(() => {
  vi.useRealTimers();
});

describe('TokenComposer', () => {
  it('typing a valid sentence drives the numbers at once, in either language', () => {
    render(<Harness />);
    change('the dog slept');
    expect(used()).toBe('the dog slept');
    change('狗睡在床上');
    expect(used()).toBe('狗 睡 在 床 上');
    expect(messages()).toBe('');
  });

  it('an unknown word: no message while typing, then a message with suggestions; a suggestion fixes the text', () => {
    vi.useFakeTimers();
    render(<Harness />);
    change('');
    typeKeys('the kat');
    expect(messages()).toBe(''); // not per keystroke
    pause();
    expect(messages()).toContain('“kat” is not in the model\'s vocabulary');
    expect(input()).toHaveAttribute('aria-invalid', 'true');
    expect(input().value).toBe('the kat'); // nothing typed is lost
    expect(used()).toBe('the cat sat'); // the sentence of the edit's start, not "the" typed on the way
    act(() => void fireEvent.click(screen.getByRole('button', { name: 'cat' })));
    expect(input().value).toBe('the cat');
    expect(used()).toBe('the cat');
    expect(messages()).toBe('');
    expect(input()).toHaveAttribute('aria-invalid', 'false');
  });

  it('messages follow the language: Chinese page, Chinese message and suggestion', () => {
    render(<Harness lang="zh" />);
    change('猫坐在垫上');
    act(() => void fireEvent.keyDown(input(), { key: 'Enter' }));
    expect(messages()).toContain('“垫”不在模型的词表里。');
    act(() => void fireEvent.click(screen.getByRole('button', { name: '垫子' })));
    expect(used()).toBe('猫 坐 在 垫子 上');
  });

  it('empty and too long get messages and keep the last valid sentence; Escape puts it back in the field', () => {
    render(<Harness max={4} />);
    change('');
    act(() => void fireEvent.blur(input()));
    expect(messages()).toContain('The sentence is empty');
    expect(used()).toBe('the cat sat');
    change('the cat sat on the mat');
    act(() => void fireEvent.keyDown(input(), { key: 'Enter' }));
    expect(messages()).toContain('6 tokens: at most 4 fit here');
    expect(used()).toBe('the cat sat');
    act(() => void fireEvent.keyDown(input(), { key: 'Escape' }));
    expect(input().value).toBe('the cat sat');
    expect(messages()).toBe('');
  });

  it('a 10,000-character paste stays in the field with a message; the state keeps the last text', () => {
    render(<Harness />);
    const paste = 'x'.repeat(10_000);
    change(paste);
    act(() => void fireEvent.blur(input()));
    expect(input().value).toBe(paste);
    expect(stateText()).toBe('the cat sat');
    expect(messages()).toContain('10,000 characters: at most 640 are kept');
    expect(used()).toBe('the cat sat');
  });

  it('the vocabulary picker works by keyboard: one tab stop, arrows move, Enter adds, Escape closes', () => {
    render(<Harness />);
    change('the cat');
    const toggle = screen.getByRole('button', { name: /Vocabulary \(52 words\)/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    act(() => void fireEvent.click(toggle));
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const words = [...document.querySelectorAll<HTMLButtonElement>('button[data-word]')];
    expect(words.map((b) => b.dataset.word).sort()).toEqual([...model.vocab].sort());
    expect(words.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    act(() => words[0].focus());
    const sat = words.findIndex((b) => b.dataset.word === 'sat');
    for (let i = 0; i < sat; i++) act(() => void fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' }));
    expect(document.activeElement).toBe(words[sat]);
    const arrow = new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true });
    act(() => void words[sat].dispatchEvent(arrow));
    expect(arrow.defaultPrevented).toBe(true); // the step keys leave the picker's arrows alone
    act(() => void fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' }));
    act(() => void fireEvent.click(document.activeElement as Element)); // Enter / Space on a button is a click
    expect(input().value).toBe('the cat sat');
    expect(used()).toBe('the cat sat');
    act(() => void fireEvent.click(screen.getByRole('button', { name: '垫子' })));
    expect(input().value).toBe('the cat sat垫子');
    act(() => void fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(document.activeElement).toBe(toggle);
  });

  it('remove last word and the example buttons edit the sentence', () => {
    render(<Harness />);
    act(() => void fireEvent.click(screen.getByRole('button', { name: 'Remove last word' })));
    expect(used()).toBe('the cat');
    act(() => void fireEvent.click(screen.getByRole('button', { name: '猫坐在' })));
    expect(input().value).toBe('猫坐在');
    expect(used()).toBe('猫 坐 在');
  });

  it('lists the tokens in use with their positions, and says when they are the last valid ones', () => {
    render(<Harness />);
    const status = () => document.querySelector('.composer-tokens') as HTMLElement;
    expect(status().dataset.tokens).toBe('the cat sat');
    expect(status().textContent).toContain('Tokens the model reads (3 of at most 64)');
    change('the cat zzz');
    expect(status().dataset.tokens).toBe('the cat sat');
    expect(status().textContent).toContain('Still using the last valid sentence (3 tokens)');
    expect(status().querySelectorAll('.composer-pos')[2].textContent).toBe('2');
  });

  describe('bad text keeps the sentence the field had when the edit began, never a valid prefix', () => {
    const focus = () => act(() => void fireEvent.focus(input()));
    const blur = () => act(() => void fireEvent.blur(input()));

    it('"狗" on the way to "狗abc" drives the numbers only while it is the whole text', () => {
      render(<Harness />);
      focus();
      change('狗');
      expect(used()).toBe('狗'); // live while valid
      typeKeys('狗abc'.slice(0, 2));
      expect(used()).toBe('the cat sat');
      change('狗abc');
      blur();
      expect(used()).toBe('the cat sat');
      expect(input().value).toBe('狗abc'); // nothing typed is lost
      expect(messages()).toContain('“abc” is not in the model\'s vocabulary');
    });

    it.each([
      ['abc', 'unknown'],
      ['', 'empty'],
      ['1e999', 'unknown'],
      ['１２', 'unknown'],
    ])('%j after a valid prefix: the start sentence is back in use, with a message', (bad, kind) => {
      render(<Harness />);
      focus();
      change('the dog');
      expect(used()).toBe('the dog');
      change(bad);
      blur();
      expect(used()).toBe('the cat sat');
      expect(document.querySelector('.composer-problems')?.getAttribute('data-problems')).toContain(kind);
    });

    it('a 10,000-character paste after a valid prefix: the state goes back to the start text too', () => {
      render(<Harness />);
      focus();
      change('the dog');
      const paste = '狗'.repeat(10_000);
      change(paste);
      blur();
      expect(input().value).toBe(paste);
      expect(stateText()).toBe('the cat sat');
      expect(used()).toBe('the cat sat');
      expect(messages()).toContain('10,000 characters');
    });

    it('Escape cancels the edit, valid or not: the text and the sentence of the edit\'s start come back', () => {
      render(<Harness />);
      focus();
      change('the dog slept');
      expect(used()).toBe('the dog slept');
      act(() => void fireEvent.keyDown(input(), { key: 'Escape' }));
      expect(input().value).toBe('the cat sat');
      expect(used()).toBe('the cat sat');
      change('the dog zzz');
      act(() => void fireEvent.keyDown(input(), { key: 'Escape' }));
      expect(input().value).toBe('the cat sat');
      expect(messages()).toBe('');
    });

    it('a new edit starts from the sentence in use: after leaving a valid edit, that edit is the start', () => {
      render(<Harness />);
      focus();
      change('the dog slept');
      blur();
      focus();
      change('the dog zzz');
      expect(used()).toBe('the dog slept');
    });
  });
});
