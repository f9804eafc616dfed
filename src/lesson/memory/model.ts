import type { ChapterModel } from '../../state/chapterModel';
import { findPreset, PRESETS } from './presets';

/** Element types a cache can be stored in, with their size in bits. */
export const DTYPE_BITS = { fp32: 32, fp16: 16, bf16: 16, fp8: 8, int4: 4 } as const;
export type DType = keyof typeof DTYPE_BITS;
export const DTYPES = Object.keys(DTYPE_BITS) as DType[];

/** Sane bounds for every integer input (a validated input rejects anything else). */
export const BOUNDS = {
  layers: [1, 1000],
  qHeads: [1, 1024],
  kvHeads: [1, 1024],
  headDim: [1, 4096],
  latentDim: [1, 65536],
  ropeDim: [1, 4096],
  tokens: [1, 10_000_000],
  batch: [1, 4096],
  window: [0, 10_000_000],
} as const;
export type IntField = keyof typeof BOUNDS;

/** The calculator's inputs. */
export interface MemoryState {
  /** The preset last chosen (the page shows it while the sizes still match it). */
  preset: string;
  /** 'kv': per-head K and V (MHA/GQA/MQA); 'mla': one latent per token. */
  layout: 'kv' | 'mla';
  layers: number;
  qHeads: number;
  kvHeads: number;
  headDim: number;
  latentDim: number;
  ropeDim: number;
  tokens: number;
  batch: number;
  /** Sliding window W in tokens (0 = none): with a rolling cache only the last W tokens' K and V are kept. */
  window: number;
  dtype: DType;
  /** Plot scale of the size axis. */
  scale: 'log' | 'linear';
}

const llama3 = findPreset('llama3-8b');

/** Defaults: Llama-3-8B, 8,192 tokens, fp16, batch 1. */
export const MEMORY_DEFAULTS: MemoryState = {
  preset: 'llama3-8b',
  layout: 'kv',
  layers: llama3?.layers ?? 32,
  qHeads: llama3?.qHeads ?? 32,
  kvHeads: llama3?.kvHeads ?? 8,
  headDim: llama3?.headDim ?? 128,
  latentDim: 512,
  ropeDim: 64,
  tokens: 8192,
  batch: 1,
  window: 0,
  dtype: 'fp16',
  scale: 'log',
};

const int = (f: IntField) => ({ kind: 'int', min: BOUNDS[f][0], max: BOUNDS[f][1] }) as const;

export const memoryModel: ChapterModel<MemoryState> = {
  defaults: MEMORY_DEFAULTS,
  fields: {
    preset: { kind: 'enum', values: PRESETS.map((p) => p.id) },
    layout: { kind: 'enum', values: ['kv', 'mla'] },
    layers: int('layers'),
    qHeads: int('qHeads'),
    kvHeads: int('kvHeads'),
    headDim: int('headDim'),
    latentDim: int('latentDim'),
    ropeDim: int('ropeDim'),
    tokens: int('tokens'),
    batch: int('batch'),
    window: int('window'),
    dtype: { kind: 'enum', values: DTYPES },
    scale: { kind: 'enum', values: ['log', 'linear'] },
  },
  check: (s) => (s.kvHeads > s.qHeads || s.qHeads % s.kvHeads !== 0 ? 'kvHeads' : null),
};
