import type { ChapterDef } from '../types';

/** Chapter "scaling": why the scores are divided by √d_k (article 003 §1.3). */
export const scalingChapter: ChapterDef = {
  id: 'scaling',
  titleKey: 'scaling.title',
  questionKey: 'scaling.question',
  steps: [
    { id: 'spread', titleKey: 'scaling.spread.title', bodyKey: 'scaling.spread.body', highlight: ['unscaled', 'std'] },
    { id: 'ranges', titleKey: 'scaling.ranges.title', bodyKey: 'scaling.ranges.body', highlight: ['table'] },
    { id: 'saturation', titleKey: 'scaling.saturation.title', bodyKey: 'scaling.saturation.body', highlight: ['weights'] },
    { id: 'takeaway', titleKey: 'scaling.takeaway.title', bodyKey: 'scaling.takeaway.body', highlight: ['scaled'] },
  ],
};
