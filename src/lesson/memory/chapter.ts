import type { ChapterDef } from '../types';
import { memoryStage } from './stage';

/** The KV-cache memory calculator: how big does the cache of a real model get? */
export const memoryChapter: ChapterDef = {
  id: 'memory',
  titleKey: 'memory.title',
  shortTitleKey: 'memory.short',
  questionKey: 'memory.question',
  stage: memoryStage,
  steps: [
    // The calculator's total is the prediction's answer: hidden until the guess.
    { id: 'guess', titleKey: 'memory.guess.title', bodyKey: 'memory.guess.body', highlight: ['model', 'total'], conceal: ['total'] },
    { id: 'formula', titleKey: 'memory.formula.title', bodyKey: 'memory.formula.body', highlight: ['per-token', 'count', 'total'] },
    { id: 'presets', titleKey: 'memory.presets.title', bodyKey: 'memory.presets.body', highlight: ['model', 'per-token'] },
    { id: 'plot', titleKey: 'memory.plot.title', bodyKey: 'memory.plot.body', highlight: ['count', 'plot'] },
    { id: 'mla', titleKey: 'memory.mla.title', bodyKey: 'memory.mla.body', highlight: ['model', 'per-token', 'total'] },
  ],
};
