import type { MsgKey } from '../../i18n';
import type { StageDef, StagePart } from './types';

/**
 * The KV cache drawn as a stack of token rows: the cache, its k and v columns, and the row appended
 * at this step (`newRowKey` says what that row is in the chapter's words). Shared by every stage
 * that draws one query attending over a growing cache (this one, generate).
 */
export function kvCacheStore(newRowKey: MsgKey = 'stage.part.newRow'): readonly StagePart[] {
  return [
    { id: 'cache', symbol: 'KV', labelKey: 'stage.part.cache', role: 'store' },
    { id: 'k', symbol: 'k', labelKey: 'stage.part.k', role: 'store' },
    { id: 'v', symbol: 'v', labelKey: 'stage.part.v', role: 'store' },
    { id: 'new-row', symbol: '+1', labelKey: newRowKey, role: 'store' },
  ];
}

/**
 * The attention stage: q → q·kᵢ → ÷√d_k → softmax → Σ wᵢ·vᵢ → o, beside the KV cache drawn as a
 * stack of token rows (token, k, v). Source: "Attention Is All You Need" (Vaswani et al., 2017),
 * eq. 1, Attention(Q, K, V) = softmax(QKᵀ/√d_k)·V, read for one query row. Shared by every chapter
 * whose picture is one query attending over a cache (worked, mask, no-q-cache, generate, cross).
 */
export const attentionStage: StageDef = {
  id: 'attention',
  titleKey: 'stage.attention.title',
  progressive: true,
  flow: [
    { id: 'q', symbol: 'q', labelKey: 'stage.part.q', role: 'input' },
    { id: 'scores', symbol: 'q·kᵢ', labelKey: 'stage.part.scores', role: 'op' },
    { id: 'scaled', symbol: '÷√d_k', labelKey: 'stage.part.scaled', role: 'op' },
    { id: 'weights', symbol: 'softmax', labelKey: 'stage.part.weights', role: 'op' },
    { id: 'output', symbol: 'Σ wᵢ·vᵢ', labelKey: 'stage.part.output', role: 'output' },
  ],
  store: kvCacheStore(),
};
