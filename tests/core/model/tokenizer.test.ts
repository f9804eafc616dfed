// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createLexicon, joinWords, type TokenizeResult, tokenize } from '../../../src/core/model';
import { testModel } from './load';

const model = testModel();
const lex = createLexicon(model.vocab);
const words = (r: TokenizeResult) => r.tokens.map((t) => t.word);
const unknowns = (r: TokenizeResult) => (r.ok ? [] : r.problems.filter((p) => p.kind === 'unknown'));

describe('English', () => {
  it('splits on spaces and lower-cases: "The cat sat on" → the cat sat on, with offsets', () => {
    const r = tokenize('The cat sat on', lex);
    expect(r.ok).toBe(true);
    expect(words(r)).toEqual(['the', 'cat', 'sat', 'on']);
    expect(r.tokens.map((t) => [t.start, t.end])).toEqual([[0, 3], [4, 7], [8, 11], [12, 14]]);
    expect(r.tokens.map((t) => model.vocab[t.id])).toEqual(['the', 'cat', 'sat', 'on']);
  });
  it('extra spaces, capitals and full-width letters change nothing', () => {
    expect(words(tokenize('  THE   Cat\tｓａｔ ', lex))).toEqual(['the', 'cat', 'sat']);
  });
  it('a full stop or question mark stuck to a word is its own token', () => {
    expect(words(tokenize('the cat sat on the mat.where is the cat?', lex))).toEqual(
      ['the', 'cat', 'sat', 'on', 'the', 'mat', '.', 'where', 'is', 'the', 'cat', '?'],
    );
  });
  it('a misspelt word is an error with close suggestions, never a silent unknown token', () => {
    const r = tokenize('the kat sat', lex);
    expect(r.ok).toBe(false);
    const [u] = unknowns(r);
    expect(u).toMatchObject({ kind: 'unknown', text: 'kat', start: 4, end: 7 });
    expect(u.kind === 'unknown' && u.suggestions[0]).toBe('cat');
    expect(words(r)).toEqual(['the', 'sat']); // the known words are kept, nothing replaced
  });
  it('swapped letters count as one edit: "dgo" → dog; "tabel" → table', () => {
    const s = (t: string) => unknowns(tokenize(t, lex)).flatMap((u) => (u.kind === 'unknown' ? u.suggestions : []));
    expect(s('dgo')).toContain('dog');
    expect(s('tabel')[0]).toBe('table');
  });
  it('a word far from every vocabulary word gets no suggestions; the original text is reported as typed', () => {
    const [u] = unknowns(tokenize('the Elephant', lex));
    expect(u).toMatchObject({ text: 'Elephant', suggestions: [] });
  });
  it('"abc", "1e999", "cat\'s" are one unknown word each', () => {
    for (const t of ['abc', '1e999', "cat's"]) expect(unknowns(tokenize(t, lex)).map((u) => u.kind === 'unknown' && u.text)).toEqual([t]);
    const [u] = unknowns(tokenize("cat's", lex));
    expect(u.kind === 'unknown' && u.suggestions).toContain('cat');
  });
});

describe('Chinese', () => {
  it('typed without spaces, segmented by longest match: 猫坐在垫子上。', () => {
    const r = tokenize('猫坐在垫子上。', lex);
    expect(r.ok).toBe(true);
    expect(words(r)).toEqual(['猫', '坐', '在', '垫子', '上', '。']);
    expect(r.tokens.map((t) => [t.start, t.end])).toEqual([[0, 1], [1, 2], [2, 3], [3, 5], [5, 6], [6, 7]]);
  });
  it('the same with spaces between words, and a longer question', () => {
    expect(words(tokenize('猫 坐 在 红色 的 垫子 上 。', lex))).toEqual(['猫', '坐', '在', '红色', '的', '垫子', '上', '。']);
    expect(words(tokenize('谁睡在床上？狐狸在哪里？', lex))).toEqual(['谁', '睡', '在', '床', '上', '？', '狐狸', '在', '哪里', '？']);
  });
  it('an ASCII full stop or question mark after Chinese becomes 。 or ？ (and the reverse after English)', () => {
    expect(words(tokenize('猫坐在垫子上.', lex)).at(-1)).toBe('。');
    expect(words(tokenize('狗在哪里?', lex)).at(-1)).toBe('？');
    expect(words(tokenize('where is the cat？', lex)).at(-1)).toBe('?');
  });
  it('an unknown piece is reported with the words that share a character: 垫 → 垫子; 红垫 → 红色 and 垫子', () => {
    const one = tokenize('猫坐在垫上', lex);
    expect(unknowns(one)).toEqual([{ kind: 'unknown', text: '垫', start: 3, end: 4, suggestions: ['垫子'] }]);
    expect(words(one)).toEqual(['猫', '坐', '在', '上']);
    const [two] = unknowns(tokenize('猫坐在红垫上', lex));
    expect(two.kind === 'unknown' && [two.text, [...two.suggestions].sort()]).toEqual(['红垫', ['垫子', '红色'].sort()]);
  });
  it('consecutive unknown characters form one unknown piece: 我的小猫 → 我 unknown, 的, 小 unknown, 猫', () => {
    const r = tokenize('我的小猫', lex);
    expect(unknowns(r).map((p) => p.kind === 'unknown' && p.text)).toEqual(['我', '小']);
    expect(words(r)).toEqual(['的', '猫']);
    expect(unknowns(tokenize('我们', lex)).map((p) => p.kind === 'unknown' && p.text)).toEqual(['我们']);
  });
});

describe('empty and too long', () => {
  it('"" and spaces only are "empty"', () => {
    for (const t of ['', '   ', '\n\t']) expect(tokenize(t, lex)).toEqual({ ok: false, tokens: [], problems: [{ kind: 'empty' }] });
  });
  it('more tokens than the model\'s context is "too-long" with the count and the maximum', () => {
    const text = Array.from({ length: 65 }, () => 'cat').join(' ');
    const r = tokenize(text, lex, model.config.maxSeqLen);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toEqual([{ kind: 'too-long', count: 65, max: 64 }]);
    expect(tokenize(Array.from({ length: 64 }, () => 'cat').join(' '), lex, 64).ok).toBe(true);
  });
  it('a 10,000-character paste is answered (one unknown word, no suggestions), not a crash', () => {
    const r = tokenize('x'.repeat(10_000), lex, 64);
    expect(unknowns(r)).toEqual([{ kind: 'unknown', text: 'x'.repeat(10_000), start: 0, end: 10_000, suggestions: [] }]);
  });
});

describe('joinWords', () => {
  it('writes English with spaces and marks attached, Chinese without spaces', () => {
    expect(joinWords(['the', 'cat', 'sat', 'on', 'the', 'mat', '.', 'where', 'is', 'the', 'cat', '?'])).toBe(
      'the cat sat on the mat. where is the cat?',
    );
    expect(joinWords(['猫', '坐', '在', '垫子', '上', '。', '猫', '在', '哪里', '？'])).toBe('猫坐在垫子上。猫在哪里？');
  });
  it('round trip: tokenize(joinWords(words)) gives the same words', () => {
    const w = ['where', 'is', 'the', 'fox', '?', 'the', 'fox', 'is', 'on', 'the', 'green', 'box', '.'];
    expect(words(tokenize(joinWords(w), lex))).toEqual(w);
  });
});
