import type { StageDef } from '../stage/types';

/**
 * The "why no Q cache" stage: q, k, v of every token (k and v are the KV cache) → + “on” (one new
 * row and one new column) → QKᵀ → + M (causal mask) → softmax, the weights grid marked "=" where an
 * earlier entry is unchanged. Source: seed articles 001 and 004 (reading QKᵀ by rows and columns);
 * "Attention Is All You Need" (Vaswani et al., 2017) eq. 1.
 */
export const noqStage: StageDef = {
  id: 'new-row',
  titleKey: 'noq.stage.title',
  flow: [
    { id: 'inputs', symbol: 'q\u2009k\u2009v', labelKey: 'noq.part.inputs', role: 'input' },
    { id: 'add', symbol: '+1', labelKey: 'noq.part.add', role: 'op' },
    { id: 'reading', symbol: 'QKᵀ', labelKey: 'noq.part.reading', role: 'op' },
    { id: 'mask', symbol: '+M', labelKey: 'noq.part.mask', role: 'op' },
    { id: 'live', symbol: 'softmax', labelKey: 'noq.part.live', role: 'op' },
    { id: 'compare', symbol: '=≠', labelKey: 'noq.part.compare', role: 'output' },
  ],
  store: [{ id: 'cache', symbol: 'KV', labelKey: 'noq.part.cache', role: 'store' }],
};
