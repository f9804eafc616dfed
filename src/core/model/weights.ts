import type { Mat, Vec } from '../types';
import { decodeBase64 } from './base64';
import { parseConfig, tensorLayout } from './config';
import type { LayerWeights, Model, TrainingCheck, TrainingInfo } from './types';

/** The format tag this reader understands (train/train.py writes it as `format`). */
export const MODEL_FORMAT = 'kv-step-by-step-model';
/** The format version this reader understands (`version` in the header). */
export const MODEL_VERSION = 1;

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The vocabulary: vocabSize distinct non-empty words without spaces; throws naming the bad entry. */
function parseVocab(raw: unknown, size: number): string[] {
  if (!Array.isArray(raw) || raw.length !== size) {
    throw new Error(`model file: vocab must list ${size} words (config.vocab_size), got ${Array.isArray(raw) ? raw.length : typeof raw}`);
  }
  const seen = new Set<string>();
  raw.forEach((w, i) => {
    if (typeof w !== 'string' || w.length === 0 || /\s/.test(w)) throw new Error(`model file: vocab[${i}] must be a word without spaces, got ${JSON.stringify(w)}`);
    if (seen.has(w)) throw new Error(`model file: vocab[${i}] ${JSON.stringify(w)} appears twice`);
    seen.add(w);
  });
  return raw as string[];
}

/** Language of every word from the header's ranges {en: [a, b], zh: [b, c]} covering 0..V−1. */
function parseLanguages(raw: unknown, size: number): ('en' | 'zh')[] {
  const out = new Array<'en' | 'zh' | undefined>(size).fill(undefined);
  if (!isObj(raw)) throw new Error('model file: languages must be an object {en: [from, to], zh: [from, to]}');
  for (const lang of ['en', 'zh'] as const) {
    const r = raw[lang];
    if (!Array.isArray(r) || r.length !== 2 || !r.every((x) => Number.isInteger(x)) || r[0] < 0 || r[1] > size || r[0] > r[1]) {
      throw new Error(`model file: languages.${lang} must be [from, to] within 0..${size}, got ${JSON.stringify(r)}`);
    }
    for (let i = r[0]; i < r[1]; i++) out[i] = lang;
  }
  const missing = out.indexOf(undefined);
  if (missing >= 0) throw new Error(`model file: vocab[${missing}] has no language`);
  return out as ('en' | 'zh')[];
}

/** The float32 data as float64 numbers, checked finite: (count). */
function parseData(raw: unknown, count: number): Float64Array {
  if (typeof raw !== 'string') throw new Error('model file: data must be a base64 string');
  const bytes = decodeBase64(raw);
  if (bytes.length !== count * 4) {
    throw new Error(`model file: data holds ${bytes.length} bytes but ${count} float32 numbers need ${count * 4}`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    out[i] = view.getFloat32(i * 4, true); // little-endian float32 -> exact float64
    if (!Number.isFinite(out[i])) throw new Error(`model file: number ${i} of the data is ${out[i]}`);
  }
  return out;
}

/** Training facts from the header; missing fields throw (the page says where the weights come from). */
function parseTraining(raw: unknown): TrainingInfo {
  if (!isObj(raw)) throw new Error('model file: training is missing');
  const num = (k: string) => {
    if (typeof raw[k] !== 'number') throw new Error(`model file: training.${k} must be a number`);
    return raw[k] as number;
  };
  const str = (k: string) => {
    if (typeof raw[k] !== 'string') throw new Error(`model file: training.${k} must be a string`);
    return raw[k] as string;
  };
  return {
    seed: num('seed'),
    steps: num('steps'),
    corpusSha256: str('corpus_sha256'),
    corpusDocs: num('corpus_docs'),
    corpusTokens: num('corpus_tokens'),
    finalLoss: num('final_loss'),
    heldoutCopyAccuracy: num('heldout_copy_accuracy'),
    torch: str('torch'),
  };
}

/**
 * Reads and validates a weights file (the parsed JSON of src/lesson/real-model/weights.json) into a Model.
 * Checks format, version, config, vocabulary, every tensor's name, shape and offset, the data's length and
 * finiteness; throws an Error naming the first problem. Format: train/train.py (export_weights).
 */
export function parseModel(raw: unknown): Model {
  if (!isObj(raw)) throw new Error('model file: expected a JSON object');
  if (raw.format !== MODEL_FORMAT) throw new Error(`model file: format must be "${MODEL_FORMAT}", got ${JSON.stringify(raw.format)}`);
  if (raw.version !== MODEL_VERSION) throw new Error(`model file: version ${JSON.stringify(raw.version)} is not supported (expected ${MODEL_VERSION})`);
  if (raw.dtype !== 'float32-le') throw new Error(`model file: dtype must be "float32-le", got ${JSON.stringify(raw.dtype)}`);
  const config = parseConfig(raw.config);
  const vocab = parseVocab(raw.vocab, config.vocabSize);
  const languages = parseLanguages(raw.languages, config.vocabSize);
  const layout = tensorLayout(config);
  const tensors = raw.tensors;
  if (!Array.isArray(tensors) || tensors.length !== layout.length) {
    throw new Error(`model file: tensors must list ${layout.length} tensors, got ${Array.isArray(tensors) ? tensors.length : typeof tensors}`);
  }
  let offset = 0;
  const at = new Map<string, number>();
  layout.forEach((want, i) => {
    const t: unknown = tensors[i];
    if (!isObj(t) || t.name !== want.name || JSON.stringify(t.shape) !== JSON.stringify(want.shape) || t.offset !== offset) {
      throw new Error(`model file: tensor ${i} must be ${want.name} (${want.shape.join(', ')}) at offset ${offset}, got ${JSON.stringify(t)}`);
    }
    at.set(want.name, offset);
    offset += want.shape.reduce((a, b) => a * b, 1);
  });
  if (raw.count !== offset) throw new Error(`model file: count ${JSON.stringify(raw.count)} ≠ ${offset} numbers in the tensors`);
  if (raw.parameters !== offset) throw new Error(`model file: parameters ${JSON.stringify(raw.parameters)} ≠ ${offset}`);
  const data = parseData(raw.data, offset);

  const slice = (from: number, n: number): Vec => Array.from(data.subarray(from, from + n));
  const vec = (name: string, n: number): Vec => slice(at.get(name)!, n); // (n)
  const mat = (name: string, rows: number, cols: number): Mat =>
    Array.from({ length: rows }, (_, r) => slice(at.get(name)! + r * cols, cols)); // row-major -> (rows, cols)
  const { dim: d, headDim: hd, hiddenDim: hid, nHeads: H, nKvHeads: KV } = config;
  const layers: LayerWeights[] = Array.from({ length: config.nLayers }, (_, i) => {
    const p = `layers.${i}.`;
    return {
      attention_norm: vec(`${p}attention_norm.weight`, d),
      wq: mat(`${p}attention.wq.weight`, H * hd, d),
      wk: mat(`${p}attention.wk.weight`, KV * hd, d),
      wv: mat(`${p}attention.wv.weight`, KV * hd, d),
      wo: mat(`${p}attention.wo.weight`, d, H * hd),
      ffn_norm: vec(`${p}ffn_norm.weight`, d),
      w1: mat(`${p}feed_forward.w1.weight`, hid, d),
      w2: mat(`${p}feed_forward.w2.weight`, d, hid),
      w3: mat(`${p}feed_forward.w3.weight`, hid, d),
    };
  });
  const checks = Array.isArray(raw.checks) ? (raw.checks as TrainingCheck[]) : [];
  return {
    config,
    vocab,
    languages,
    tok_embeddings: mat('tok_embeddings.weight', config.vocabSize, d),
    layers,
    norm: vec('norm.weight', d),
    parameters: offset,
    training: parseTraining(raw.training),
    checks,
  };
}
