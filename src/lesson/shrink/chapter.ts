import { shrinkStage } from './stage';
import type { ChapterDef } from '../types';
import { CONTEXT, DEFAULT_BUDGET, MISTRAL, PAPER_SINKS } from './model';

/**
 * Chapter `shrink` (issue 13 E): making the cache smaller, measured on the real model — a sliding window
 * (Mistral 7B), attention sinks + window (StreamingLLM), heavy hitters (H2O), the budget they need, and the
 * cache stored in 8, 4 or 2 bits per number (KIVI). Each eviction step opens with its own policy.
 */
export const shrinkChapter: ChapterDef = {
  id: 'shrink',
  titleKey: 'shrink.title',
  shortTitleKey: 'shrink.short',
  questionKey: 'shrink.question',
  stage: shrinkStage,
  params: { context: CONTEXT, budget: DEFAULT_BUDGET, mistralWindow: '4,096', mistralContext: '32,768', paperSinks: PAPER_SINKS, ratio: MISTRAL.context / MISTRAL.window },
  steps: [
    { id: 'text', titleKey: 'shrink.text.title', bodyKey: 'shrink.text.body', highlight: ['text', 'cache', 'next'] },
    { id: 'window', titleKey: 'shrink.window.title', bodyKey: 'shrink.window.body', highlight: ['shrunk', 'shift'], opens: { policy: 'window' } },
    { id: 'sinks', titleKey: 'shrink.sinks.title', bodyKey: 'shrink.sinks.body', highlight: ['shrunk', 'shift'], conceal: ['shift'], opens: { policy: 'sinks' } },
    { id: 'h2o', titleKey: 'shrink.h2o.title', bodyKey: 'shrink.h2o.body', highlight: ['shrunk', 'next', 'shift'], opens: { policy: 'h2o' } },
    { id: 'budget', titleKey: 'shrink.budget.title', bodyKey: 'shrink.budget.body', highlight: ['shift'] },
    { id: 'quantize', titleKey: 'shrink.quant.title', bodyKey: 'shrink.quant.body', highlight: ['cache', 'shrunk'] },
    { id: 'kivi', titleKey: 'shrink.kivi.title', bodyKey: 'shrink.kivi.body', highlight: ['shrunk', 'shift'], conceal: ['shift'] },
  ],
};
