import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { plainName, plainText, richText, svgText } from '../../src/panels/common/richText';

/** The HTML richText draws for `text`, in a <p>. */
function html(text: string): HTMLElement {
  const { container } = render(<p>{richText(text)}</p>);
  return container.querySelector('p') as HTMLElement;
}

describe('richText', () => {
  it('keeps backticks as code, their underscores untouched', () => {
    const p = html('Set `num_key_value_heads` and `sliding_window` in `config.json`.');
    expect([...p.querySelectorAll('code')].map((c) => c.textContent)).toEqual(['num_key_value_heads', 'sliding_window', 'config.json']);
    expect(p.querySelector('sub')).toBeNull();
    expect(p.textContent).not.toContain('`');
  });

  it('raises caret powers in prose (e^11.3, 2^30, 2^k, e^(−0.92)) and leaves code and other carets alone', () => {
    const p = html('softmax saturates (e^11.3 ≈ 81,000); a GiB is 2^30 bytes, rounded to 2^k; its weight is e^(−0.92); type `2^-1`; x ^ y.');
    expect([...p.querySelectorAll('.math-power')].map((e) => [e.firstChild?.textContent, e.querySelector('sup')?.textContent])).toEqual([
      ['e', '11.3'],
      ['2', '30'],
      ['2', 'k'],
      ['e', '−0.92'],
    ]);
    expect(p.querySelector('code')?.textContent).toBe('2^-1');
    expect(p.textContent).toContain('x ^ y');
    expect(plainText('a GiB is 2^30 bytes, 2^k rows, e^11.3')).toBe('a GiB is 2³⁰ bytes, 2ᵏ rows, e^11.3');
  });

  it('draws d_k as an italic d with an italic subscript k', () => {
    const p = html('Divide by √d_k.');
    const name = p.querySelector('.math-name');
    expect(name?.querySelector('var')?.textContent).toBe('d');
    expect(name?.querySelector('sub')?.textContent).toBe('k');
    expect(name?.querySelector('sub')?.classList.contains('math-sub-word')).toBe(false);
    expect(p.textContent?.replace(/\s/g, '')).toBe('Divideby√dk.');
    expect(p.textContent).not.toContain('_');
  });

  it('draws d_{model}, d_model and W_O with their subscripts (a word upright)', () => {
    const p = html('W_O maps d_{model} back to d_model, and W_Q、W_K gives 的c_KV.');
    const subs = [...p.querySelectorAll('.math-name')].map((n) => [n.querySelector('var')?.textContent, n.querySelector('sub')?.textContent, n.querySelector('sub')?.className]);
    expect(subs).toEqual([
      ['W', 'O', ''],
      ['d', 'model', 'math-sub-word'],
      ['d', 'model', 'math-sub-word'],
      ['W', 'Q', ''],
      ['W', 'K', ''],
      ['c', 'KV', 'math-sub-word'],
    ]);
    expect(p.textContent).not.toMatch(/_|\{|\}/);
  });

  it('leaves an underscore that is not a math name alone (inside a word, a number, TeX)', () => {
    for (const s of ['snake_case words', 'a 1_000 token run', 'TeX \\sqrt{d_k} stays', 'x__y']) {
      const p = html(s);
      expect(p.querySelector('sub'), s).toBeNull();
      expect(p.textContent).toBe(s);
    }
    // Inside backticks only: prose around it keeps its math names.
    const p = html('`snake_case` beside d_k');
    expect(p.querySelector('code')?.textContent).toBe('snake_case');
    expect(p.querySelectorAll('sub')).toHaveLength(1);
  });

  it('returns text with nothing to draw as one string', () => {
    expect(richText('The cat sat on')).toEqual(['The cat sat on']);
  });
});

describe('plainText', () => {
  it('writes math names for strings (title, aria-label, option): Unicode subscripts when all exist, else a space', () => {
    expect(plainName('d', 'k')).toBe('dₖ');
    expect(plainName('d', 'h')).toBe('dₕ');
    expect(plainName('d', 'model')).toBe('d model');
    expect(plainName('W', 'O')).toBe('W O');
    expect(plainText('÷√d_k, W_O and d_{model}; `d_k` as code')).toBe('÷√dₖ, W O and d model; d_k as code');
    expect(plainText('snake_case')).toBe('snake_case');
  });
});

describe('svgText', () => {
  it('draws a subscript as a lowered tspan at the same size', () => {
    const { container } = render(
      <svg>
        <text>{svgText('× d_model')}</text>
      </svg>,
    );
    const spans = container.querySelectorAll('tspan');
    expect([...spans].map((s) => s.textContent)).toEqual(['d', 'model']);
    expect(spans[1].getAttribute('baseline-shift')).toBe('-0.25em');
    expect(spans[1].getAttribute('font-size')).toBeNull();
    expect(container.textContent).toBe('× dmodel');
  });
});

describe('a superscript after the subscript', () => {
  it('draws d_h^R as d, subscript h, superscript R; the string form as dₕᴿ', () => {
    const p = html('a key part of d_h^R numbers');
    expect(p.querySelector('.math-name sub')?.textContent).toBe('h');
    expect(p.querySelector('.math-name sup')?.textContent).toBe('R');
    expect(p.textContent).not.toMatch(/[_^]/);
    expect(plainText('RoPE key d_h^R (`qk_rope_head_dim`)')).toBe('RoPE key dₕᴿ (qk_rope_head_dim)');
    // A power that is not a math name is drawn raised; its text (copied, read aloud) keeps the caret.
    const power = html('rounded up to 2^k');
    expect(power.querySelector('.math-power sup')?.textContent).toBe('k');
    expect(power.textContent).toBe('rounded up to 2^k');
  });
});
