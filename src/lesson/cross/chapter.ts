import type { ChapterDef } from '../types';

/** Cross-attention in an encoder–decoder model (articles 002 §3 and 003 §2). */
export const crossChapter: ChapterDef = {
  id: 'cross',
  titleKey: 'cross.title',
  questionKey: 'cross.question',
  steps: [
    { id: 'two-sources', titleKey: 'cross.sources.title', bodyKey: 'cross.sources.body', highlight: ['inputs'] },
    { id: 'decode-steps', titleKey: 'cross.decode.title', bodyKey: 'cross.decode.body', highlight: ['caches', 'weights'] },
    { id: 'predict-rows', titleKey: 'cross.predict.title', bodyKey: 'cross.predict.body', highlight: ['predict'] },
    { id: 'row-counts', titleKey: 'cross.counts.title', bodyKey: 'cross.counts.body', highlight: ['counts'] },
  ],
};
