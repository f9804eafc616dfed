import type { ChapterDef } from '../types';
import { generateStage } from './stage';

/** The generation chapter (article 003 §6): prefill, decode token by token, the same without a cache, cost, benchmark. */
export const generateChapter: ChapterDef = {
  id: 'generate',
  titleKey: 'generate.title',
  shortTitleKey: 'generate.short',
  questionKey: 'generate.question',
  stage: generateStage,
  steps: [
    { id: 'prefill', titleKey: 'generate.prefill.title', bodyKey: 'generate.prefill.body', highlight: ['prompt', 'qkv', 'cache'] },
    { id: 'decode', titleKey: 'generate.decode.title', bodyKey: 'generate.decode.body', highlight: ['new-row', 'weights', 'output'] },
    { id: 'no-cache', titleKey: 'generate.nocache.title', bodyKey: 'generate.nocache.body', highlight: ['output'] },
    { id: 'cost', titleKey: 'generate.cost.title', bodyKey: 'generate.cost.body', highlight: ['counters'] },
    { id: 'benchmark', titleKey: 'generate.bench.title', bodyKey: 'generate.bench.body', highlight: ['counters'] },
  ],
};
