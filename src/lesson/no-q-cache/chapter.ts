import type { ChapterDef } from '../types';

/** Why K and V are cached and Q is not (articles 001 and 004). */
export const noQCacheChapter: ChapterDef = {
  id: 'no-q-cache',
  titleKey: 'noq.title',
  questionKey: 'noq.question',
  steps: [
    { id: 'sequence', titleKey: 'noq.sequence.title', bodyKey: 'noq.sequence.body', highlight: ['inputs', 'live'] },
    { id: 'add-token', titleKey: 'noq.add.title', bodyKey: 'noq.add.body', highlight: ['add', 'compare'] },
    { id: 'row-column', titleKey: 'noq.rowcol.title', bodyKey: 'noq.rowcol.body', highlight: ['reading'] },
    { id: 'predict-row', titleKey: 'noq.predict.title', bodyKey: 'noq.predict.body', highlight: ['mask', 'predict'] },
    { id: 'mask-off', titleKey: 'noq.maskoff.title', bodyKey: 'noq.maskoff.body', highlight: ['mask', 'compare'] },
    { id: 'why-kv', titleKey: 'noq.why.title', bodyKey: 'noq.why.body', highlight: ['summary'] },
  ],
};
