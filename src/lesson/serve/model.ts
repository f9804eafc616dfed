/**
 * The serving chapter's inputs: a model on a GPU (part A), and one seeded, editable request sequence
 * that parts B–D serve (paged vs contiguous memory, a shared prefix, static vs continuous batching),
 * with the simulation step the learner is looking at. One field table for the URL and validation.
 */
import { type ServeRequest, seededRequests } from '../../core/serveRequests';
import type { ChapterModel } from '../../state/chapterModel';
import { DTYPE_BITS, DTYPES, type DType } from '../memory/model';
import { PRESETS } from '../memory/presets';

/** Weight number formats and their bits per parameter (quantization scales not counted). */
export const WEIGHT_BITS = { fp32: 32, bf16: 16, fp8: 8, int4: 4 } as const;
/** A weight number format. */
export type WeightDType = keyof typeof WEIGHT_BITS;
/** The weight formats offered, in order. */
export const WEIGHT_DTYPES = Object.keys(WEIGHT_BITS) as WeightDType[];
/** The cache's number formats, shared with the memory chapter. */
export { DTYPE_BITS, DTYPES, type DType };

/** GPU memory sizes offered, in GiB (2^30 bytes). */
export const GPU_GIB = ['24', '48', '80', '140'] as const;
/** A GPU size offered (GiB, as text for the URL). */
export type GpuGiB = (typeof GPU_GIB)[number];

/** Token slots of the simulated KV memory (16 rows of 16 on screen), and the block sizes that divide it. */
export const POOL_SLOTS = 256;
/** Block sizes offered (tokens; each divides POOL_SLOTS). */
export const BLOCK_SIZES = ['1', '2', '4', '8', '16', '32', '64'] as const;
/** A block size offered. */
export type BlockSize = (typeof BLOCK_SIZES)[number];
/** Contiguous reservation policies (vLLM paper §6.1: Orca Max, Pow2, Oracle). */
export const POLICIES = ['max', 'pow2', 'oracle'] as const;

/** Inclusive bounds of every whole-number input. */
export const BOUNDS = {
  usable: [1, 100],
  batch: [1, 100_000],
  context: [1, 10_000_000],
  seed: [0, 99_999],
  count: [1, 16],
  arrival: [0, 200],
  prompt: [1, 127],
  output: [1, 127],
  maxLen: [8, 128],
  prefix: [0, 64],
  slots: [1, 8],
  t: [0, 999],
} as const;
/** A whole-number input with bounds. */
export type BoundedField = keyof typeof BOUNDS;

/**
 * The chapter's state. `reqs` rows are [arrival step, prompt tokens, output tokens], one per request;
 * they hold the whole sequence, so the seed that drew them is not part of the state.
 */
export type ServeState = {
  preset: string;
  wDtype: WeightDType;
  kvDtype: DType;
  gpu: GpuGiB;
  usable: number;
  batch: number;
  context: number;
  reqs: number[][];
  maxLen: number;
  block: BlockSize;
  policy: (typeof POLICIES)[number];
  prefix: number;
  cache: boolean;
  slots: number;
  t: number;
};

/** How the seed draws requests: Poisson arrivals 0.8 steps apart on average, prompts 4–24, outputs 2–36 tokens. */
export const ARRIVALS = { meanGap: 0.8, prompt: [4, 24], output: [2, 36] } as const;
/** The seed of the default request sequence. */
export const DEFAULT_SEED = 3;
/** Requests in the default sequence. */
export const DEFAULT_COUNT = 16;

/** Request rows [arrival, prompt, output] drawn from a seed. */
export function rowsFromSeed(seed: number, count: number): number[][] {
  return seededRequests(seed, { count, ...ARRIVALS }).map((r) => [r.arrival, r.prompt, r.output]);
}

/** The rows as core requests (ids in row order). */
export function requestsOf(s: Pick<ServeState, 'reqs'>): ServeRequest[] {
  return s.reqs.map(([arrival, prompt, output], id) => ({ id, arrival, prompt, output }));
}

/** Defaults: Llama-3-8B in bf16 on an 80 GiB GPU, 90 % usable (vLLM's default), 8 sequences of 8,192 tokens; 16 seeded requests, shown at step 10. */
export const SERVE_DEFAULTS: ServeState = {
  preset: 'llama3-8b',
  wDtype: 'bf16',
  kvDtype: 'bf16',
  gpu: '80',
  usable: 90,
  batch: 8,
  context: 8192,
  reqs: rowsFromSeed(DEFAULT_SEED, DEFAULT_COUNT),
  maxLen: 64,
  block: '16',
  policy: 'max',
  prefix: 20,
  cache: true,
  slots: 4,
  t: 10,
};

const int = (f: BoundedField) => ({ kind: 'int', min: BOUNDS[f][0], max: BOUNDS[f][1] }) as const;
const within = (x: number, f: BoundedField) => Number.isInteger(x) && x >= BOUNDS[f][0] && x <= BOUNDS[f][1];

/** The first field whose value is inconsistent with the others, or null. */
export function checkServe(s: ServeState): string | null {
  if (s.reqs.length < BOUNDS.count[0] || s.reqs.length > BOUNDS.count[1]) return 'reqs';
  for (const row of s.reqs) {
    if (row.length !== 3) return 'reqs';
    const [a, p, o] = row;
    if (!within(a, 'arrival') || !within(p, 'prompt') || !within(o, 'output') || p + o > s.maxLen) return 'reqs';
  }
  return null;
}

/** The chapter's state model: defaults, URL field table, consistency check. */
export const serveModel: ChapterModel<ServeState> = {
  defaults: SERVE_DEFAULTS,
  fields: {
    preset: { kind: 'enum', values: PRESETS.map((p) => p.id) },
    wDtype: { kind: 'enum', values: WEIGHT_DTYPES },
    kvDtype: { kind: 'enum', values: DTYPES },
    gpu: { kind: 'enum', values: GPU_GIB },
    usable: int('usable'),
    batch: int('batch'),
    context: int('context'),
    reqs: { kind: 'mat', maxRows: BOUNDS.count[1], maxCols: 3 },
    maxLen: int('maxLen'),
    block: { kind: 'enum', values: BLOCK_SIZES },
    policy: { kind: 'enum', values: POLICIES },
    prefix: int('prefix'),
    cache: { kind: 'bool' },
    slots: int('slots'),
    t: int('t'),
  },
  check: checkServe,
};
