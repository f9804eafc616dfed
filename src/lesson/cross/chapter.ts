import type { ChapterDef } from '../types';
import { crossStage } from './stage';

/** Cross-attention in an encoder–decoder model (articles 002 §3 and 003 §2). */
export const crossChapter: ChapterDef = {
  id: 'cross',
  titleKey: 'cross.title',
  shortTitleKey: 'cross.short',
  questionKey: 'cross.question',
  stage: crossStage,
  steps: [
    { id: 'two-sources', titleKey: 'cross.sources.title', bodyKey: 'cross.sources.body', highlight: ['cross-cache', 'self-cache'] },
    // Asked before the decoding is shown, so no earlier step has already shown the row count; the stage keeps both caches hidden until the guess.
    { id: 'predict-rows', titleKey: 'cross.predict.title', bodyKey: 'cross.predict.body', highlight: ['cross-cache'], conceal: ['cross-cache', 'self-cache'] },
    // Decoding starts from the first token; the row counts are read after the last one.
    { id: 'decode-steps', titleKey: 'cross.decode.title', bodyKey: 'cross.decode.body', highlight: ['new-row', 'cross-w', 'self-w'], opens: { t: 1 } },
    { id: 'row-counts', titleKey: 'cross.counts.title', bodyKey: 'cross.counts.body', highlight: ['cross-cache', 'self-cache'], opens: { t: 4 } },
  ],
};
