// Test helper: the committed weights and PyTorch reference, read from disk (no bundler, no network).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Model, parseModel } from '../../../src/core/model';

const root = join(__dirname, '../../..');

/** Path of the committed weights file. */
export const WEIGHTS_PATH = join(root, 'src/lesson/real-model/weights.json');

/** The weights file as parsed JSON (a fresh object on every call, so a test may mutate it). */
export function rawWeights(): Record<string, unknown> {
  return JSON.parse(readFileSync(WEIGHTS_PATH, 'utf8'));
}

let cached: Model | null = null;
/** The committed model, parsed once. */
export function testModel(): Model {
  cached ??= parseModel(rawWeights());
  return cached;
}

/** One reference case written by train/train.py (float64 activations; per-head layouts, rows = tokens). */
export interface ReferenceCase {
  text: string;
  words: string[];
  ids: number[];
  positions: number[];
  layers: { q: number[][][]; k: number[][][]; v: number[][][]; weights: number[][][]; out: number[][] }[];
  logits: number[][];
}

/** The committed reference activations. */
export function reference(): { cases: ReferenceCase[] } {
  return JSON.parse(readFileSync(join(root, 'tests/core/model/reference.json'), 'utf8'));
}

/** Largest |a − b| over two nested arrays of one shape; throws if the shapes differ. */
export function maxDiff(a: unknown, b: unknown, path = ''): number {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b);
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) {
    throw new Error(`shape mismatch at ${path || 'top'}: ${Array.isArray(a) ? a.length : typeof a} vs ${Array.isArray(b) ? b.length : typeof b}`);
  }
  return a.reduce((m: number, x, i) => Math.max(m, maxDiff(x, b[i], `${path}[${i}]`)), 0);
}
