import type { ChapterDef } from '../types';
import { maskStage } from './stage';

/** Chapter 3: the whole attention matrix and the causal mask (articles 001 and 003 §3). Text follows the mask switch. */
export const maskChapter: ChapterDef = {
  id: 'mask',
  titleKey: 'mask.title',
  shortTitleKey: 'mask.short',
  questionKey: 'mask.question',
  stage: maskStage,
  steps: [
    { id: 'scores', titleKey: 'mask.scores.title', bodyKey: 'mask.scores.body', highlight: ['qkv', 'scores'] },
    { id: 'scaled', titleKey: 'mask.scaled.title', bodyKey: 'mask.scaled.body', highlight: ['scaled'] },
    {
      id: 'causal-mask',
      titleKey: 'mask.causal.title',
      bodyKey: 'mask.causal.body',
      highlight: ['masked'],
      opens: { causal: true },
      variants: [{ when: { causal: false }, bodyKey: 'mask.causal.bodyOff' }],
    },
    {
      id: 'weights',
      titleKey: 'mask.weights.title',
      bodyKey: 'mask.weights.body',
      highlight: ['weights'],
      opens: { causal: true },
      variants: [{ when: { causal: false }, bodyKey: 'mask.weights.bodyOff' }],
    },
    {
      id: 'encoder-decoder',
      titleKey: 'mask.modes.title',
      bodyKey: 'mask.modes.body',
      highlight: ['weights', 'output'],
      opens: { causal: true },
    },
    { id: 'query-block', titleKey: 'mask.block.title', bodyKey: 'mask.block.body', highlight: ['block'] },
  ],
};
