import type { StageDef } from '../stage/types';

/**
 * The stage of chapter `shrink`: the text → its full KV cache → the cache shrunk (rows evicted, or numbers
 * stored in fewer bits) → the next-token distribution read through it → how far that moved from the full
 * cache's (KL divergence, top-1 agreement). Drawn over the text itself: every token carries what was kept of
 * it and how far the prediction after it moved.
 */
export const shrinkStage: StageDef = {
  id: 'shrink',
  titleKey: 'shrink.stage.title',
  flow: [
    { id: 'text', symbol: 'x₀ … xₙ', labelKey: 'shrink.part.text', role: 'input' },
    { id: 'cache', symbol: 'K, V', labelKey: 'shrink.part.cache', role: 'op' },
    { id: 'shrunk', symbol: 'K̂, V̂', labelKey: 'shrink.part.shrunk', role: 'op' },
    { id: 'next', symbol: 'p̂(xₜ₊₁)', labelKey: 'shrink.part.next', role: 'op' },
    { id: 'shift', symbol: 'KL(p‖p̂)', labelKey: 'shrink.part.shift', role: 'output' },
  ],
};
