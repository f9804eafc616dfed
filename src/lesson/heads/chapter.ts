import type { ChapterDef } from '../types';
import { headsStage } from './stage';

/** Multi-head attention and what each head caches: MHA → GQA → MQA → MLA. */
export const headsChapter: ChapterDef = {
  id: 'heads',
  titleKey: 'heads.title',
  shortTitleKey: 'heads.short',
  questionKey: 'heads.question',
  stage: headsStage,
  steps: [
    { id: 'split', titleKey: 'heads.split.title', bodyKey: 'heads.split.body', highlight: ['x', 'heads'] },
    {
      id: 'per-head',
      titleKey: 'heads.perHead.title',
      bodyKey: 'heads.perHead.body',
      highlight: ['proj', 'heads'],
      // With K/V heads shared (chosen on the share-kv step), not every head has its own W_K, W_V: the text says so.
      variants: [
        { when: { h: 2, kvHeads: 1 }, titleKey: 'heads.perHead.titleShared', bodyKey: 'heads.perHead.bodyShared' },
        { when: { h: 4, kvHeads: 1 }, titleKey: 'heads.perHead.titleShared', bodyKey: 'heads.perHead.bodyShared' },
        { when: { h: 4, kvHeads: 2 }, titleKey: 'heads.perHead.titleShared', bodyKey: 'heads.perHead.bodyShared' },
      ],
    },
    { id: 'concat', titleKey: 'heads.concat.title', bodyKey: 'heads.concat.body', highlight: ['concat', 'wo'] },
    { id: 'share-kv', titleKey: 'heads.share.title', bodyKey: 'heads.share.body', highlight: ['kv', 'heads'] },
    { id: 'cache-ratio', titleKey: 'heads.ratio.title', bodyKey: 'heads.ratio.body', highlight: ['kv'], conceal: ['kv'] },
    { id: 'mla', titleKey: 'heads.mla.title', bodyKey: 'heads.mla.body', highlight: ['kv'] },
  ],
};
