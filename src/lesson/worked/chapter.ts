import { attentionStage } from '../stage/attention';
import type { ChapterDef } from '../types';

/** Chapter 1: the worked example of article 000, "The cat sat" → "on". Text follows the scaling switch. */
export const workedChapter: ChapterDef = {
  id: 'worked',
  titleKey: 'worked.title',
  shortTitleKey: 'worked.short',
  questionKey: 'worked.question',
  stage: attentionStage,
  steps: [
    { id: 'setting', titleKey: 'worked.setting.title', bodyKey: 'worked.setting.body', highlight: ['cache', 'q'] },
    { id: 'scores', titleKey: 'worked.scores.title', bodyKey: 'worked.scores.body', highlight: ['q', 'k', 'scores'] },
    {
      id: 'scale',
      titleKey: 'worked.scale.title',
      bodyKey: 'worked.scale.body',
      highlight: ['scores', 'scaled'],
      variants: [{ when: { scaled: false }, titleKey: 'worked.scale.titleOff', bodyKey: 'worked.scale.bodyOff' }],
    },
    {
      id: 'weights',
      titleKey: 'worked.weights.title',
      bodyKey: 'worked.weights.body',
      highlight: ['scaled', 'weights'],
      conceal: ['weights'],
      variants: [{ when: { scaled: false }, bodyKey: 'worked.weights.bodyOff' }],
    },
    { id: 'output', titleKey: 'worked.output.title', bodyKey: 'worked.output.body', highlight: ['weights', 'v', 'output'] },
    { id: 'self-attend', titleKey: 'worked.self.title', bodyKey: 'worked.self.body', highlight: ['new-row', 'weights', 'output'] },
    { id: 'summary', titleKey: 'worked.summary.title', bodyKey: 'worked.summary.body', highlight: ['cache', 'new-row'] },
  ],
};
