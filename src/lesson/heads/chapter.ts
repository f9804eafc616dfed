import type { ChapterDef } from '../types';

/** Multi-head attention and what each head caches: MHA → GQA → MQA → MLA. */
export const headsChapter: ChapterDef = {
  id: 'heads',
  titleKey: 'heads.title',
  questionKey: 'heads.question',
  steps: [
    { id: 'split', titleKey: 'heads.split.title', bodyKey: 'heads.split.body', highlight: ['X', 'shapes'] },
    {
      id: 'per-head',
      titleKey: 'heads.perHead.title',
      bodyKey: 'heads.perHead.body',
      highlight: ['W', 'maps'],
      // With K/V heads shared (chosen on the share-kv step), not every head has its own W_K, W_V: the text says so.
      variants: [
        { when: { h: 2, kvHeads: 1 }, titleKey: 'heads.perHead.titleShared', bodyKey: 'heads.perHead.bodyShared' },
        { when: { h: 4, kvHeads: 1 }, titleKey: 'heads.perHead.titleShared', bodyKey: 'heads.perHead.bodyShared' },
        { when: { h: 4, kvHeads: 2 }, titleKey: 'heads.perHead.titleShared', bodyKey: 'heads.perHead.bodyShared' },
      ],
    },
    { id: 'concat', titleKey: 'heads.concat.title', bodyKey: 'heads.concat.body', highlight: ['WO', 'output'] },
    { id: 'share-kv', titleKey: 'heads.share.title', bodyKey: 'heads.share.body', highlight: ['kv', 'groups', 'maps'] },
    { id: 'cache-ratio', titleKey: 'heads.ratio.title', bodyKey: 'heads.ratio.body', highlight: ['predict'] },
    { id: 'mla', titleKey: 'heads.mla.title', bodyKey: 'heads.mla.body', highlight: ['mla'] },
  ],
};
