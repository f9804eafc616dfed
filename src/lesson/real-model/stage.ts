import type { StageDef } from '../stage/types';

/**
 * The real model's stage: the words read → each layer's projections W_q, W_k, W_v → RoPE turns q and k
 * by position → attention softmax(q·kᵀ/√d)·v over the cache → the next word's probabilities; beside it
 * the KV cache (every layer, every K/V head; keys after RoPE) drawn as one row per token, the new rows
 * marked. Sources: Touvron et al., "LLaMA" (2023) §2 and Meta's llama/model.py (Attention.forward);
 * Su et al., "RoFormer" (2021) eq. 34; Vaswani et al. (2017) eq. 1.
 */
export const modelStage: StageDef = {
  id: 'real-model',
  titleKey: 'realModel.stage.title',
  flow: [
    { id: 'tokens', symbol: 'x', labelKey: 'realModel.stage.tokens', role: 'input' },
    { id: 'qkv', symbol: 'q, k, v', labelKey: 'realModel.stage.qkv', role: 'op' },
    { id: 'rope', symbol: 'RoPE', labelKey: 'realModel.stage.rope', role: 'op' },
    { id: 'attend', symbol: 'softmax', labelKey: 'realModel.stage.attend', role: 'op' },
    { id: 'next', symbol: 'p(xₜ₊₁)', labelKey: 'realModel.stage.next', role: 'output' },
  ],
  store: [
    { id: 'cache', symbol: 'KV', labelKey: 'realModel.stage.cache', role: 'store' },
    { id: 'new-row', symbol: '+1', labelKey: 'realModel.stage.newRow', role: 'store' },
  ],
};
