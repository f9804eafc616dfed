import { attentionStage } from '../stage/attention';
import type { ChapterDef } from '../types';

/** Chapter "scaling": why the scores are divided by √d_k (article 003 §1.3). */
export const scalingChapter: ChapterDef = {
  id: 'scaling',
  titleKey: 'scaling.title',
  shortTitleKey: 'scaling.short',
  questionKey: 'scaling.question',
  stage: attentionStage,
  steps: [
    { id: 'spread', titleKey: 'scaling.spread.title', bodyKey: 'scaling.spread.body', highlight: ['scores', 'scaled'] },
    { id: 'ranges', titleKey: 'scaling.ranges.title', bodyKey: 'scaling.ranges.body', highlight: ['scores', 'scaled'] },
    { id: 'saturation', titleKey: 'scaling.saturation.title', bodyKey: 'scaling.saturation.body', highlight: ['scaled', 'weights'], conceal: ['weights'] },
    { id: 'takeaway', titleKey: 'scaling.takeaway.title', bodyKey: 'scaling.takeaway.body', highlight: ['scaled', 'weights'] },
  ],
};
