import type { StageDef } from '../stage/types';

/**
 * The multi-head stage: X → each head's columns of W_Q, W_K, W_V → h heads attending side by side
 * → Concat of their outputs → · W_O (which mixes the heads) → the layer's output; beside it the KV
 * cache as its K/V heads, each holding the query heads that read it (MHA: one each; GQA: a group;
 * MQA: all). Source: "Attention Is All You Need" §3.2.2 (MultiHead = Concat(head₁…head_h)·W_O),
 * GQA (Ainslie et al., 2023), MQA (Shazeer, 2019); seed articles 002 and 004.
 */
export const headsStage: StageDef = {
  id: 'heads',
  titleKey: 'heads.stage.title',
  flow: [
    { id: 'x', symbol: 'X', labelKey: 'heads.stage.x', role: 'input' },
    { id: 'proj', symbol: 'X·W', labelKey: 'heads.stage.proj', role: 'op' },
    { id: 'heads', symbol: 'headᵢ', labelKey: 'heads.stage.heads', role: 'op' },
    { id: 'concat', symbol: 'Concat', labelKey: 'heads.stage.concat', role: 'op' },
    { id: 'wo', symbol: '·W_O', labelKey: 'heads.stage.wo', role: 'output' },
  ],
  store: [{ id: 'kv', symbol: 'KV', labelKey: 'heads.stage.kv', role: 'store' }],
};
