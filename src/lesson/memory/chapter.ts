import type { ChapterDef } from '../types';

/** The KV-cache memory calculator: how big does the cache of a real model get? */
export const memoryChapter: ChapterDef = {
  id: 'memory',
  titleKey: 'memory.title',
  questionKey: 'memory.question',
  steps: [
    { id: 'guess', titleKey: 'memory.guess.title', bodyKey: 'memory.guess.body', highlight: ['predict'] },
    { id: 'formula', titleKey: 'memory.formula.title', bodyKey: 'memory.formula.body', highlight: ['inputs', 'total'] },
    { id: 'presets', titleKey: 'memory.presets.title', bodyKey: 'memory.presets.body', highlight: ['presets'] },
    { id: 'plot', titleKey: 'memory.plot.title', bodyKey: 'memory.plot.body', highlight: ['plot'] },
    { id: 'mla', titleKey: 'memory.mla.title', bodyKey: 'memory.mla.body', highlight: ['layout', 'total'] },
  ],
};
