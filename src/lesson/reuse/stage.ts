import type { StageDef } from '../stage/types';

/**
 * The reuse stage: chunks → their cached K/V (each computed alone) → keys re-rotated to their place → the r %
 * tokens with the highest K/V deviation picked → those recomputed as queries over all keys → the question
 * → the next-token distribution. Source: Yao et al., "CacheBlend", EuroSys 2025, Fig. 1 and §4.
 */
export const reuseStage: StageDef = {
  id: 'reuse',
  titleKey: 'reuse.stage.title',
  flow: [
    { id: 'chunks', symbol: 'C₁ C₂', labelKey: 'reuse.stage.chunks', role: 'input' },
    { id: 'rotate', symbol: 'R·k', labelKey: 'reuse.stage.rotate', role: 'op' },
    { id: 'select', symbol: 'r·N', labelKey: 'reuse.stage.select', role: 'op' },
    { id: 'recompute', symbol: 'Q_S·Kᵀ', labelKey: 'reuse.stage.recompute', role: 'op' },
    { id: 'question', symbol: 'Q', labelKey: 'reuse.stage.question', role: 'input' },
    { id: 'next', symbol: 'p(xₜ₊₁)', labelKey: 'reuse.stage.next', role: 'output' },
  ],
  store: [{ id: 'cache', symbol: 'KV', labelKey: 'reuse.stage.cache', role: 'store' }],
};
