import type { ChapterDef } from '../types';

/** Multi-head attention and what each head caches: MHA → GQA → MQA → MLA. */
export const headsChapter: ChapterDef = {
  id: 'heads',
  titleKey: 'heads.title',
  questionKey: 'heads.question',
  steps: [
    { id: 'split', titleKey: 'heads.split.title', bodyKey: 'heads.split.body', highlight: ['X', 'shapes'] },
    { id: 'per-head', titleKey: 'heads.perHead.title', bodyKey: 'heads.perHead.body', highlight: ['W', 'maps'] },
    { id: 'concat', titleKey: 'heads.concat.title', bodyKey: 'heads.concat.body', highlight: ['WO', 'output'] },
    { id: 'share-kv', titleKey: 'heads.share.title', bodyKey: 'heads.share.body', highlight: ['kv', 'groups', 'maps'] },
    { id: 'cache-ratio', titleKey: 'heads.ratio.title', bodyKey: 'heads.ratio.body', highlight: ['predict'] },
    { id: 'mla', titleKey: 'heads.mla.title', bodyKey: 'heads.mla.body', highlight: ['mla'] },
  ],
};
