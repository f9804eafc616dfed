import type { StageDef } from '../stage/types';

/**
 * The cross-attention stage: the decoder token's query q attends twice — over the cross-attention
 * cache (the encoder's K, V of the source sentence, filled once before decoding) and over its own
 * self-attention cache (one row per decoded token) — drawn side by side, each with its weights w
 * and output o. Source: articles 002 §3 and 003 §2 (/work/shared/seeds); Vaswani et al. 2017 §3.2.3.
 */
export const crossStage: StageDef = {
  id: 'cross',
  titleKey: 'cross.stage.title',
  flow: [
    { id: 'q', symbol: 'q', labelKey: 'cross.stage.q', role: 'input' },
    { id: 'cross-w', symbol: 'w ⇄', labelKey: 'cross.stage.crossW', role: 'op' },
    { id: 'self-w', symbol: 'w ↺', labelKey: 'cross.stage.selfW', role: 'op' },
    { id: 'output', symbol: 'o', labelKey: 'cross.stage.output', role: 'output' },
  ],
  store: [
    { id: 'cross-cache', symbol: 'KV', labelKey: 'cross.stage.crossCache', role: 'store' },
    { id: 'self-cache', symbol: 'KV ↺', labelKey: 'cross.stage.selfCache', role: 'store' },
    { id: 'new-row', symbol: '+1', labelKey: 'cross.stage.newRow', role: 'store' },
  ],
};

/** What the stage shows on a step: the decoding position (0 = before decoding) or nothing yet (a prediction still open). */
export function crossPosition(stepId: string, t: number, revealed: boolean, decoded: number): number | null {
  if (stepId === 'two-sources') return 0;
  if (stepId === 'predict-rows') return revealed ? decoded : null;
  return t;
}
