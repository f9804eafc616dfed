import type { ChapterDef } from '../types';

/**
 * The cache in production (issue 13 A–D): what fits on a GPU, paged blocks, shared prefixes,
 * continuous batching. Part E (sliding window, sinks, eviction, quantization on the real model)
 * will add its steps after 'continuous'.
 */
export const serveChapter: ChapterDef = {
  id: 'serve',
  titleKey: 'serve.title',
  questionKey: 'serve.question',
  steps: [
    { id: 'weights', titleKey: 'serve.weights.title', bodyKey: 'serve.weights.body', highlight: ['weights'] },
    { id: 'fit-guess', titleKey: 'serve.guess.title', bodyKey: 'serve.guess.body', highlight: ['predict'] },
    { id: 'fit', titleKey: 'serve.fit.title', bodyKey: 'serve.fit.body', highlight: ['bar', 'answers'] },
    { id: 'contiguous', titleKey: 'serve.contiguous.title', bodyKey: 'serve.contiguous.body', highlight: ['contiguous'] },
    { id: 'paged', titleKey: 'serve.paged.title', bodyKey: 'serve.paged.body', highlight: ['paged', 'tables'] },
    { id: 'waste', titleKey: 'serve.waste.title', bodyKey: 'serve.waste.body', highlight: ['measured', 'paper'] },
    { id: 'prefix', titleKey: 'serve.prefix.title', bodyKey: 'serve.prefix.body', highlight: ['shared', 'hits'] },
    { id: 'copy-on-write', titleKey: 'serve.cow.title', bodyKey: 'serve.cow.body', highlight: ['cow'] },
    { id: 'static', titleKey: 'serve.static.title', bodyKey: 'serve.static.body', highlight: ['static'] },
    { id: 'continuous', titleKey: 'serve.continuous.title', bodyKey: 'serve.continuous.body', highlight: ['continuous', 'compare'] },
  ],
};
