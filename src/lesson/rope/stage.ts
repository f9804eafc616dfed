import type { StageDef } from '../stage/types';

/**
 * The RoPE stage: one head's q and k (W_q·x, W_k·x) → turned pair by pair by R(position·θ) → the score
 * q·k/√d, which depends only on the distance → the decode loop that feeds each new token its position;
 * beside it the cache, whose keys are stored after the turn. Sources: Su et al., "RoFormer" (2021) eq. 34;
 * Meta's llama/model.py (apply_rotary_emb before the cache write); Hugging Face modeling_llama.py.
 */
export const ropeStage: StageDef = {
  id: 'rope',
  titleKey: 'rope.stage.title',
  flow: [
    { id: 'qk', symbol: 'q, k', labelKey: 'rope.stage.qk', role: 'input' },
    { id: 'rotate', symbol: 'R(m·θ)', labelKey: 'rope.stage.rotate', role: 'op' },
    { id: 'score', symbol: 'q·k/√d', labelKey: 'rope.stage.score', role: 'output' },
    { id: 'loop', symbol: 'm = T + s', labelKey: 'rope.stage.loop', role: 'op' },
  ],
  store: [{ id: 'cache', symbol: 'K', labelKey: 'rope.stage.cache', role: 'store' }],
};
