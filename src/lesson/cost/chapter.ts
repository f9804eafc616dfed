import type { ChapterDef } from '../types';
import { costStage } from './stage';

/** Chapter "cost": attention's time and memory as S grows, and how sparse the weights are (article 003 §4–§5). */
export const costChapter: ChapterDef = {
  id: 'cost',
  titleKey: 'cost.title',
  shortTitleKey: 'cost.short',
  questionKey: 'cost.question',
  stage: costStage,
  steps: [
    { id: 'time', titleKey: 'cost.time.title', bodyKey: 'cost.time.body', highlight: ['sizes', 'full', 'decode'], conceal: ['full'] },
    {
      id: 'memory',
      titleKey: 'cost.memory.title',
      bodyKey: 'cost.memory.body',
      highlight: ['memory'],
      // The text follows the kernel switch, so it always agrees with the plot beside it.
      variants: [{ when: { kernel: 'fused' }, bodyKey: 'cost.memory.bodyFused' }],
    },
    { id: 'bound', titleKey: 'cost.bound.title', bodyKey: 'cost.bound.body', highlight: ['intensity'] },
    { id: 'sparsity', titleKey: 'cost.sparsity.title', bodyKey: 'cost.sparsity.body', highlight: ['weights'], conceal: ['weights'] },
  ],
};
