/**
 * The prompt the reader composed, read against the model's vocabulary: each chunk and the question as
 * tokens (the typed text when valid, else the last valid words, else the default), with the problems of
 * what was typed, and where each token sits in the concatenated prompt.
 */
import type { Model, Token } from '../../core/model';
import type { Lang } from '../../i18n';
import { lexiconOf, readSentence, type SentenceReading } from '../real-model/sentence';
import { CHUNK_MAX_TOKENS, defaultSentence, QUESTION_MAX_TOKENS, type ReuseState, type Slot, sentenceAt } from './model';

/** The slots in use: chunks 1..n, then the question. */
export function slotsInUse(s: ReuseState): Slot[] {
  return s.chunks === 3 ? ['c1', 'c2', 'c3', 'q'] : ['c1', 'c2', 'q'];
}

/** Most tokens a slot's sentence may have. */
export function maxTokensOf(slot: Slot): number {
  return slot === 'q' ? QUESTION_MAX_TOKENS : CHUNK_MAX_TOKENS;
}

/** One token of the prompt: its word, vocabulary id, position (= row) and which sentence it came from. */
export interface PromptToken {
  word: string;
  id: number;
  /** RoPE position in the full prompt, also its row in every cache of length T. */
  pos: number;
  /** 0-based chunk index, or 'q' for the question. */
  part: number | 'q';
}

/** The prompt as the model reads it. */
export interface Prompt {
  /** Each chunk's token ids, (C) × (n_c). */
  chunks: number[][];
  /** The question's ids, (Q). */
  question: number[];
  /** Every token in order, (T = N + Q). */
  tokens: PromptToken[];
  /** Context tokens N (all chunks) and the whole prompt T. */
  N: number;
  T: number;
  /** How each slot in use reads (its problems are shown under its input). */
  readings: Record<Slot, SentenceReading | null>;
}

/** Reads the prompt of `lang` from the state: C = 2 or 3 chunks and the question. */
export function readPrompt(model: Model, s: ReuseState, lang: Lang): Prompt {
  const lex = lexiconOf(model);
  const readings: Record<Slot, SentenceReading | null> = { c1: null, c2: null, c3: null, q: null };
  for (const slot of slotsInUse(s)) readings[slot] = readSentence(sentenceAt(s, lang, slot), lex, maxTokensOf(slot), defaultSentence(lang, slot));
  const ids = (slot: Slot) => [...(readings[slot]?.ids ?? [])];
  const chunkSlots = slotsInUse(s).filter((x) => x !== 'q');
  const chunks = chunkSlots.map(ids);
  const question = ids('q');
  const tokens: PromptToken[] = [];
  const push = (toks: readonly Token[], part: number | 'q') => {
    for (const t of toks) tokens.push({ word: t.word, id: t.id, pos: tokens.length, part });
  };
  chunkSlots.forEach((slot, c) => {
    push(readings[slot]?.tokens ?? [], c);
  });
  push(readings.q?.tokens ?? [], 'q');
  const N = chunks.reduce((n, c) => n + c.length, 0);
  return { chunks, question, tokens, N, T: N + question.length, readings };
}
