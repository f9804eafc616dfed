import type { StageDef } from '../stage/types';

/**
 * The memory chapter's stage: the model's shape (a published config or your own) → the numbers per
 * token and layer (2 · n_kv · d_h, or d_c + d_h^R for MLA) → × L layers, T tokens, B sequences
 * and b bytes per number → the cache size, and that size against T (the plot). The inputs sit on the
 * formula's factors. Formula: seed article 003 (space O(B·L·S·d)) with K/V heads and bytes made
 * explicit, as computed in src/core/cacheSize.ts; the MLA layout after DeepSeek-V2 (2024) §2.1.
 */
export const memoryStage: StageDef = {
  id: 'memory',
  titleKey: 'memory.stage.title',
  flow: [
    { id: 'model', symbol: 'config', labelKey: 'memory.stage.model', role: 'input' },
    { id: 'per-token', symbol: '2·n_kv·d_h', labelKey: 'memory.stage.perToken', role: 'op' },
    { id: 'count', symbol: '×L·T·B·b', labelKey: 'memory.stage.count', role: 'op' },
    { id: 'total', symbol: '=M', labelKey: 'memory.stage.total', role: 'output' },
    { id: 'plot', symbol: 'M(T)', labelKey: 'memory.stage.plot', role: 'output' },
  ],
};
