import type { ChapterDef } from '../types';
import { projectionStage } from './stage';

/** Chapter 2: where q, k and v come from (articles 002 and 003): Q = X·W_Q, K = X·W_K, V = X·W_V. */
export const originChapter: ChapterDef = {
  id: 'origin',
  titleKey: 'origin.title',
  shortTitleKey: 'origin.short',
  questionKey: 'origin.question',
  stage: projectionStage,
  steps: [
    { id: 'embeddings', titleKey: 'origin.embeddings.title', bodyKey: 'origin.embeddings.body', highlight: ['X'] },
    { id: 'weights', titleKey: 'origin.weights.title', bodyKey: 'origin.weights.body', highlight: ['W'] },
    { id: 'projections', titleKey: 'origin.projections.title', bodyKey: 'origin.projections.body', highlight: ['X', 'W', 'result'] },
    { id: 'linear', titleKey: 'origin.linear.title', bodyKey: 'origin.linear.body', highlight: ['X', 'result'] },
    { id: 'article', titleKey: 'origin.article.title', bodyKey: 'origin.article.body', highlight: ['result', 'cache'] },
  ],
};
