import type { ChapterDef } from '../types';
import { modelStage } from './stage';

/**
 * The chapter "A real model" (issue 11 §4–5): a small Llama-style model trained by us (train/), run by our
 * own maths in the page. Its weights load with this chapter only (load.ts).
 */
export const realModelChapter: ChapterDef = {
  id: 'real-model',
  titleKey: 'realModel.title',
  shortTitleKey: 'realModel.short',
  questionKey: 'realModel.question',
  stage: modelStage,
  steps: [
    { id: 'meet', titleKey: 'realModel.meet.title', bodyKey: 'realModel.meet.body', highlight: ['cache'] },
    { id: 'next-token', titleKey: 'realModel.next.title', bodyKey: 'realModel.next.body', highlight: ['tokens', 'next'] },
    { id: 'generate', titleKey: 'realModel.gen.title', bodyKey: 'realModel.gen.body', highlight: ['cache', 'new-row'], opens: { decoded: 0 } },
    { id: 'attention', titleKey: 'realModel.att.title', bodyKey: 'realModel.att.body', highlight: ['attend'] },
    { id: 'no-cache', titleKey: 'realModel.off.title', bodyKey: 'realModel.off.body', highlight: ['cache', 'next'] },
    { id: 'rope', titleKey: 'realModel.rope.title', bodyKey: 'realModel.rope.body', highlight: ['rope'] },
    { id: 'to-worked', titleKey: 'realModel.worked.title', bodyKey: 'realModel.worked.body', highlight: ['qkv'] },
  ],
};
