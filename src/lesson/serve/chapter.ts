import type { ChapterDef } from '../types';
import { serveStage } from './stage';

/**
 * The cache in production (issue 13 A–D): what fits on a GPU, paged blocks, shared prefixes,
 * continuous batching. Part E (sliding window, sinks, eviction, quantization on the real model)
 * will add its steps after 'continuous'.
 */
export const serveChapter: ChapterDef = {
  id: 'serve',
  titleKey: 'serve.title',
  shortTitleKey: 'serve.short',
  questionKey: 'serve.question',
  stage: serveStage,
  steps: [
    { id: 'weights', titleKey: 'serve.weights.title', bodyKey: 'serve.weights.body', highlight: ['weights'] },
    { id: 'fit-guess', titleKey: 'serve.guess.title', bodyKey: 'serve.guess.body', highlight: ['card'] },
    { id: 'fit', titleKey: 'serve.fit.title', bodyKey: 'serve.fit.body', highlight: ['card', 'cache'] },
    { id: 'contiguous', titleKey: 'serve.contiguous.title', bodyKey: 'serve.contiguous.body', highlight: ['cache'] },
    { id: 'paged', titleKey: 'serve.paged.title', bodyKey: 'serve.paged.body', highlight: ['blocks'] },
    { id: 'waste', titleKey: 'serve.waste.title', bodyKey: 'serve.waste.body', highlight: ['blocks', 'cache'] },
    { id: 'prefix', titleKey: 'serve.prefix.title', bodyKey: 'serve.prefix.body', highlight: ['shared'] },
    { id: 'copy-on-write', titleKey: 'serve.cow.title', bodyKey: 'serve.cow.body', highlight: ['shared', 'blocks'] },
    { id: 'static', titleKey: 'serve.static.title', bodyKey: 'serve.static.body', highlight: ['batch'] },
    { id: 'continuous', titleKey: 'serve.continuous.title', bodyKey: 'serve.continuous.body', highlight: ['batch', 'cache'] },
  ],
};
