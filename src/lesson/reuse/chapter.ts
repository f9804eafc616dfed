import type { MsgKey } from '../../i18n';
import { reuseStage } from './stage';
import type { ChapterDef } from '../types';

/** How the step's tokens are computed: the stage's status row and next-token line follow it. */
export type ReuseMethod = 'full' | 'prefix' | 'naive' | 'blend';

/** The method each step shows. */
export const STEP_METHOD: Readonly<Record<string, ReuseMethod>> = {
  prompt: 'full',
  prefix: 'prefix',
  'naive-kv': 'naive',
  'naive-answer': 'naive',
  select: 'blend',
  blend: 'blend',
  mask: 'blend',
  tradeoff: 'blend',
  sparsity: 'full',
  paper: 'blend',
};

/** The side note of each step (details and sources; folded in projector mode so the step fits one screen). */
export const STEP_NOTE: Readonly<Record<string, MsgKey>> = {
  prompt: 'reuse.prompt.note',
  prefix: 'reuse.prefix.note',
  'naive-kv': 'reuse.naiveKv.note',
  'naive-answer': 'reuse.naiveAnswer.note',
  select: 'reuse.select.note',
  blend: 'reuse.blend.note',
  mask: 'reuse.mask.note',
  tradeoff: 'reuse.tradeoff.note',
  sparsity: 'reuse.sparsity.note',
  paper: 'reuse.paper.note',
};

/**
 * Issue 12 B: reusing a cache that is not a prefix, on the real model — prefix caching, naive reuse of chunks
 * computed alone, and CacheBlend's selective recompute (Yao et al., EuroSys 2025), with a plot from r = 0 to 100 %.
 */
export const reuseChapter: ChapterDef = {
  id: 'reuse',
  titleKey: 'reuse.title',
  shortTitleKey: 'reuse.short',
  questionKey: 'reuse.question',
  stage: reuseStage,
  steps: [
    { id: 'prompt', titleKey: 'reuse.prompt.title', bodyKey: 'reuse.prompt.body', highlight: ['chunks', 'question', 'next'] },
    { id: 'prefix', titleKey: 'reuse.prefix.title', bodyKey: 'reuse.prefix.body', highlight: ['cache', 'chunks'], conceal: ['cache'] },
    { id: 'naive-kv', titleKey: 'reuse.naiveKv.title', bodyKey: 'reuse.naiveKv.body', highlight: ['rotate', 'cache'], conceal: ['next'] },
    { id: 'naive-answer', titleKey: 'reuse.naiveAnswer.title', bodyKey: 'reuse.naiveAnswer.body', highlight: ['question', 'next'], conceal: ['next'] },
    { id: 'select', titleKey: 'reuse.select.title', bodyKey: 'reuse.select.body', highlight: ['select', 'cache'] },
    { id: 'blend', titleKey: 'reuse.blend.title', bodyKey: 'reuse.blend.body', highlight: ['recompute', 'next'] },
    { id: 'mask', titleKey: 'reuse.mask.title', bodyKey: 'reuse.mask.body', highlight: ['recompute'] },
    { id: 'tradeoff', titleKey: 'reuse.tradeoff.title', bodyKey: 'reuse.tradeoff.body', highlight: ['select', 'next'] },
    { id: 'sparsity', titleKey: 'reuse.sparsity.title', bodyKey: 'reuse.sparsity.body', highlight: ['chunks', 'next'] },
    { id: 'paper', titleKey: 'reuse.paper.title', bodyKey: 'reuse.paper.body', highlight: ['select', 'recompute'] },
  ],
};
