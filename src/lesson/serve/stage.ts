import type { StageDef } from '../stage/types';

/**
 * The serving stage: the weights W on the card → the card's memory M (W, then the KV cache, then what is
 * free) → the cache cut into fixed blocks with a block table per request → blocks of a shared prefix mapped
 * by several requests → the scheduler's batch; beside it the KV cache itself. Sources: Kwon et al.,
 * "Efficient Memory Management for Large Language Model Serving with PagedAttention" (SOSP 2023), §3–4;
 * vLLM's documentation on automatic prefix caching; Yu et al., "Orca" (OSDI 2022) on iteration-level
 * scheduling.
 */
export const serveStage: StageDef = {
  id: 'serve',
  titleKey: 'serve.stage.title',
  flow: [
    { id: 'weights', symbol: 'W', labelKey: 'serve.stage.weights', role: 'input' },
    { id: 'card', symbol: 'M = W + KV + ∅', labelKey: 'serve.stage.card', role: 'op' },
    { id: 'blocks', symbol: '▦ B', labelKey: 'serve.stage.blocks', role: 'op' },
    { id: 'shared', symbol: '×n', labelKey: 'serve.stage.shared', role: 'op' },
    { id: 'batch', symbol: '⇶', labelKey: 'serve.stage.batch', role: 'output' },
  ],
  store: [{ id: 'cache', symbol: 'KV', labelKey: 'serve.stage.cache', role: 'store' }],
};
