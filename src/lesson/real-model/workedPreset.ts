/**
 * The worked example's preset "from the real model" (issue 11 §5): q of "on" and k, v of The / cat / sat / on
 * from one layer and query head of the model on the running example "The cat sat on", d = the head width.
 */
import { type Model, prefill, tokenize } from '../../core/model';
import { RUNNING_TOKENS } from '../runningExample';
import type { WorkedState } from '../worked/model';
import { lexiconOf } from './sentence';

/** The running example's four tokens as the model reads them (lower-cased: the cat sat on). */
export function runningIds(model: Model): number[] {
  const r = tokenize(RUNNING_TOKENS.join(' '), lexiconOf(model));
  if (!r.ok || r.tokens.length !== RUNNING_TOKENS.length) throw new Error('workedPreset: the model does not read the running example as four words');
  return r.tokens.map((t) => t.id);
}

/** The worked example's fields a preset sets (its other fields, if any, are kept). */
export type WorkedPreset = Pick<WorkedState, 'd' | 'q' | 'K' | 'V' | 'kOn' | 'vOn' | 'scaled'>;

/**
 * The worked example's inputs from layer l, query head h of the model on "the cat sat on" (positions 0–3):
 * q = that head's query of "on" (after RoPE), K and V = the keys (after RoPE) and values of the, cat, sat
 * from the K/V head it reads, kOn and vOn those of "on"; d = head_dim; scaled as the model does (÷√d).
 * Throws naming a layer or head the model does not have.
 */
export function workedFromModel(model: Model, l: number, h: number): WorkedPreset {
  const { nLayers, nHeads, nKvHeads } = model.config;
  if (!Number.isInteger(l) || l < 0 || l >= nLayers) throw new RangeError(`workedFromModel: no layer ${l} (layers 0..${nLayers - 1})`);
  if (!Number.isInteger(h) || h < 0 || h >= nHeads) throw new RangeError(`workedFromModel: no head ${h} (heads 0..${nHeads - 1})`);
  const g = Math.floor(h / (nHeads / nKvHeads)); // the K/V head query head h shares
  const layer = prefill(model, runningIds(model)).layers[l];
  const k = layer.k[g]; // (4, hd), after RoPE
  const v = layer.v[g]; // (4, hd)
  return {
    d: model.config.headDim,
    q: [...layer.q[h][3]],
    K: k.slice(0, 3).map((r) => [...r]),
    V: v.slice(0, 3).map((r) => [...r]),
    kOn: [...k[3]],
    vOn: [...v[3]],
    scaled: true,
  };
}
