import type { ChapterDef } from '../types';

/** Cross-attention in an encoder–decoder model (articles 002 §3 and 003 §2). */
export const crossChapter: ChapterDef = {
  id: 'cross',
  titleKey: 'cross.title',
  questionKey: 'cross.question',
  steps: [
    { id: 'two-sources', titleKey: 'cross.sources.title', bodyKey: 'cross.sources.body', highlight: ['inputs'] },
    // Asked before the decoding is shown, so no earlier step has already shown the row count.
    { id: 'predict-rows', titleKey: 'cross.predict.title', bodyKey: 'cross.predict.body', highlight: ['predict'] },
    // Decoding starts from the first token; the row counts are read after the last one.
    { id: 'decode-steps', titleKey: 'cross.decode.title', bodyKey: 'cross.decode.body', highlight: ['caches', 'weights'], opens: { t: 1 } },
    { id: 'row-counts', titleKey: 'cross.counts.title', bodyKey: 'cross.counts.body', highlight: ['counts'], opens: { t: 4 } },
  ],
};
