// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/model';
import {
  appendWord,
  editSentence,
  lexiconOf,
  pickerGroups,
  quoteText,
  readSentence,
  removeLast,
  replaceRange,
  SENTENCE_TEXT_FIELD,
  SENTENCE_TEXT_MAX,
  SENTENCE_WORDS_FIELD,
  type Sentence,
  sentenceOf,
  textProblem,
} from '../../../src/lesson/real-model/sentence';
import { readField, writeField } from '../../../src/state/fields';
import { testModel } from '../../core/model/load';

const model = testModel();
const lex = lexiconOf(model);
const MAX = model.config.maxSeqLen;
const FALLBACK = sentenceOf(['the', 'cat', 'sat']);
const words = (s: Sentence) => readSentence(s, lex, MAX, FALLBACK).tokens.map((t) => t.word);

/** The state after typing `text` over `s`, one keystroke at a time (every prefix in turn), as the input sends it. */
const typeOver = (s: Sentence, text: string, max = MAX) => [...text].reduce((acc, _, i) => editSentence(acc, text.slice(0, i + 1), lex, max), s);

describe('reading what was typed', () => {
  it('"The cat sat" reads as the cat sat and drives the numbers itself', () => {
    const r = readSentence({ text: 'The cat sat', words: 'the' }, lex, MAX, FALLBACK);
    expect(r.current).toBe(true);
    expect(r.tokens.map((t) => t.word)).toEqual(['the', 'cat', 'sat']);
    expect(r.ids).toEqual(['the', 'cat', 'sat'].map((w) => model.vocab.indexOf(w)));
    expect(r.problems).toEqual([]);
  });
  it('Chinese typed without spaces is segmented by longest match: 猫坐在垫子上 → 猫 坐 在 垫子 上', () => {
    const s = typeOver(FALLBACK, '猫坐在垫子上');
    expect(s).toEqual({ text: '猫坐在垫子上', words: '猫 坐 在 垫子 上' });
    expect(words(s)).toEqual(['猫', '坐', '在', '垫子', '上']);
  });
  it('an unknown word: its message has close suggestions, the text is kept, the last valid words drive the numbers', () => {
    const s = typeOver(FALLBACK, 'the kat sat');
    expect(s.text).toBe('the kat sat');
    const r = readSentence(s, lex, MAX, FALLBACK);
    expect(r.current).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ kind: 'unknown', text: 'kat', start: 4, end: 7 });
    const p = r.problems[0];
    expect(p.kind === 'unknown' && p.suggestions[0]).toBe('cat');
    // Typing "the kat sat" letter by letter passed through the valid "the"; that is what stays in use.
    expect(r.tokens.map((t) => t.word)).toEqual(['the']);
  });
  it('an unknown Chinese piece gets the words sharing a character: 猫坐在垫上 → 垫子', () => {
    const r = readSentence(typeOver(FALLBACK, '猫坐在垫上'), lex, MAX, FALLBACK);
    expect(r.problems).toEqual([{ kind: 'unknown', text: '垫', start: 3, end: 4, suggestions: ['垫子'] }]);
  });
  it('an empty sentence is reported and the last valid one stays in use', () => {
    const s = editSentence(FALLBACK, '', lex, MAX);
    expect(s).toEqual({ text: '', words: 'the cat sat' });
    const r = readSentence(s, lex, MAX, FALLBACK);
    expect(r.problems).toEqual([{ kind: 'empty' }]);
    expect(r.tokens.map((t) => t.word)).toEqual(['the', 'cat', 'sat']);
  });
  it('more tokens than maxTokens: "too-long" with the count and the cap; the last sentence that fitted stays', () => {
    const long = Array.from({ length: 6 }, () => 'cat').join(' ');
    const s = editSentence(FALLBACK, long, lex, 5);
    expect(s.words).toBe('the cat sat');
    expect(readSentence(s, lex, 5, FALLBACK).problems).toEqual([{ kind: 'too-long', count: 6, max: 5 }]);
    // The model's own context is the usual cap: 64 tokens pass, 65 do not.
    const at = (n: number) => Array.from({ length: n }, () => 'cat').join(' ');
    expect(editSentence(FALLBACK, at(MAX), lex, MAX).words.split(' ')).toHaveLength(MAX);
    expect(editSentence(FALLBACK, at(MAX + 1), lex, MAX).words).toBe('the cat sat');
  });
  it('a full context of the longest words, typed with double spaces, is still kept as typed', () => {
    const longest = [...lex.english].sort((a, b) => b.length - a.length)[0];
    const text = Array.from({ length: MAX }, () => longest).join('  ');
    expect(text.length).toBeLessThanOrEqual(SENTENCE_TEXT_MAX);
    const s = editSentence(FALLBACK, text, lex, MAX);
    expect(s.text).toBe(text);
    expect(readField(SENTENCE_WORDS_FIELD, writeField(SENTENCE_WORDS_FIELD, s.words))).toBe(s.words);
  });
  it('typed key by key from an edit\'s start, a valid prefix never stays in use once the text is bad ("狗" → "狗abc")', () => {
    const typeFrom = (start: Sentence, text: string) => [...text].reduce((acc, _, i) => editSentence(acc, text.slice(0, i + 1), lex, MAX, start), start);
    expect(editSentence(FALLBACK, '狗', lex, MAX, FALLBACK).words).toBe('狗'); // live while valid
    expect(typeFrom(FALLBACK, '狗abc')).toEqual({ text: '狗abc', words: 'the cat sat' });
    expect(editSentence({ text: '狗', words: '狗' }, 'x'.repeat(10_000), lex, MAX, FALLBACK)).toBe(FALLBACK);
  });
  it('a 10,000-character paste is not taken into the state (the caller keeps it in the field) and is reported', () => {
    const paste = 'x'.repeat(10_000);
    expect(editSentence(FALLBACK, paste, lex, MAX)).toBe(FALLBACK);
    expect(textProblem(paste)).toEqual({ kind: 'text-too-long', length: 10_000, max: SENTENCE_TEXT_MAX });
    expect(textProblem('x'.repeat(SENTENCE_TEXT_MAX))).toBeNull();
    expect(quoteText(paste)).toBe(`${'x'.repeat(24)}…`);
  });
  it('words that do not read (a hand-edited link, a smaller cap) fall back to the chapter default', () => {
    expect(words({ text: 'zzz', words: 'zzz' })).toEqual(['the', 'cat', 'sat']);
    expect(readSentence({ text: 'the cat sat on', words: 'the cat sat on' }, lex, 3, FALLBACK).tokens.map((t) => t.word)).toEqual(['the', 'cat', 'sat']);
  });
});

describe('picking and fixing words', () => {
  it('appendWord spaces English words, attaches marks, and writes Chinese without spaces', () => {
    expect(appendWord('', 'the')).toBe('the');
    expect(appendWord('the cat ', 'sat')).toBe('the cat sat');
    expect(appendWord('the cat sat', '.')).toBe('the cat sat.');
    expect(appendWord('the mat.', 'where')).toBe('the mat. where');
    expect(appendWord('猫坐', '在')).toBe('猫坐在');
    expect(appendWord('猫坐在垫子上', '。')).toBe('猫坐在垫子上。');
  });
  it('replaceRange puts a suggestion in place of the unknown word', () => {
    expect(replaceRange('the kat sat', 4, 7, 'cat')).toBe('the cat sat');
    expect(replaceRange('猫坐在垫上', 3, 4, '垫子')).toBe('猫坐在垫子上');
  });
  it('removeLast drops the last word, mark or unknown piece', () => {
    expect(removeLast('the cat sat', lex)).toBe('the cat');
    expect(removeLast('the cat sat.', lex)).toBe('the cat sat');
    expect(removeLast('猫坐在垫子', lex)).toBe('猫坐在');
    expect(removeLast('the cat xyz', lex)).toBe('the cat');
    expect(removeLast('cat', lex)).toBe('');
    expect(removeLast('   ', lex)).toBe('');
  });
  it('the picker offers every vocabulary word once, English (with . ?) and Chinese (with 。？)', () => {
    const g = pickerGroups(lex);
    expect([...g.en, ...g.zh].sort()).toEqual([...model.vocab].sort());
    expect(g.en).toContain('.');
    expect(g.zh).toContain('。');
    expect(g.en.every((w) => /^[a-z.?]+$/.test(w))).toBe(true);
  });
});

describe('in the share link', () => {
  const wordArb = fc.array(fc.constantFrom(...model.vocab), { minLength: 1, maxLength: MAX });
  it('any valid word sequence is written and read back by both field specs, and its words read as the same tokens', () => {
    fc.assert(
      fc.property(wordArb, (picked) => {
        // What the state stores is the tokenizer's reading (a "." after a Chinese word reads as "。").
        const first = tokenize(picked.join(' '), lex, MAX);
        expect(first.ok).toBe(true);
        const ws = first.tokens.map((t) => t.word);
        const s = editSentence(FALLBACK, picked.join(' '), lex, MAX);
        expect(s.words).toBe(ws.join(' '));
        expect(readField(SENTENCE_WORDS_FIELD, writeField(SENTENCE_WORDS_FIELD, s.words))).toBe(s.words);
        expect(readField(SENTENCE_TEXT_FIELD, writeField(SENTENCE_TEXT_FIELD, sentenceOf(ws).text))).toBe(sentenceOf(ws).text);
        const back = tokenize(s.words, lex, MAX);
        expect(back.ok && back.tokens.map((t) => t.word)).toEqual(ws);
      }),
      { numRuns: 200 },
    );
  });
  it('any typed text without control characters up to the cap is kept in the link', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: SENTENCE_TEXT_MAX, unit: 'grapheme' }).filter((t) => t.length <= SENTENCE_TEXT_MAX && [...t].every((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f)), (t) => {
        expect(readField(SENTENCE_TEXT_FIELD, writeField(SENTENCE_TEXT_FIELD, t))).toBe(t);
      }),
    );
  });
  it('a words value with anything but vocabulary characters and single spaces is rejected', () => {
    for (const bad of ['', ' the', 'the  cat', 'The', 'the<b>', 'cat\n']) expect(readField(SENTENCE_WORDS_FIELD, encodeURIComponent(bad))).toBeUndefined();
  });
});
