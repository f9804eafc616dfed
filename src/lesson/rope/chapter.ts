import type { ChapterDef } from '../types';
import { ropeStage } from './stage';

/**
 * "Positions: RoPE and the cache" (issue 12 A), on the real model: q and k turned pair by pair, why only the
 * distance counts, why keys are cached after rotation, the wrong-offset bug and its fix, and moving a
 * cached key to a new position (the tool the next chapter, reuse, needs). Sources: RoFormer (Su et al.
 * 2021), Meta's llama/model.py, Hugging Face's modeling_llama.py, CacheBlend (Yao et al. 2025).
 */
export const ropeChapter: ChapterDef = {
  id: 'rope',
  titleKey: 'rope.title',
  shortTitleKey: 'rope.short',
  questionKey: 'rope.question',
  stage: ropeStage,
  steps: [
    { id: 'pairs', titleKey: 'rope.pairs.title', bodyKey: 'rope.pairs.body', highlight: ['qk', 'rotate'] },
    { id: 'relative', titleKey: 'rope.relative.title', bodyKey: 'rope.relative.body', highlight: ['rotate', 'score'] },
    { id: 'cache', titleKey: 'rope.cache.title', bodyKey: 'rope.cache.body', highlight: ['rotate', 'cache'], opens: { extra: 0 } },
    {
      id: 'wrong-position',
      titleKey: 'rope.bug.title',
      bodyKey: 'rope.bug.body',
      highlight: ['loop'],
      opens: { bug: 'zero' },
      variants: [
        { when: { bug: 'off-by-one' }, bodyKey: 'rope.bug.bodyOff' },
        { when: { bug: 'right' }, bodyKey: 'rope.bug.bodyRight' },
      ],
    },
    {
      id: 'fix',
      titleKey: 'rope.fix.title',
      bodyKey: 'rope.fix.body',
      highlight: ['loop', 'rotate'],
      opens: { bug: 'right' },
      variants: [
        { when: { bug: 'zero' }, titleKey: 'rope.fix.titleBroken', bodyKey: 'rope.fix.bodyBroken' },
        { when: { bug: 'off-by-one' }, titleKey: 'rope.fix.titleBroken', bodyKey: 'rope.fix.bodyBroken' },
      ],
    },
    { id: 'rerotate', titleKey: 'rope.move.title', bodyKey: 'rope.move.body', highlight: ['cache', 'rotate'] },
  ],
};
