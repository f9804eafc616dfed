import type { ChapterDef } from '../types';
import { EARLY_TOKENS, NEW_TOKEN } from './model';
import { noqStage } from './stage';

/** Why K and V are cached and Q is not (articles 001 and 004). Each step opens with the sequence and mask its lesson needs. */
export const noQCacheChapter: ChapterDef = {
  id: 'no-q-cache',
  titleKey: 'noq.title',
  shortTitleKey: 'noq.short',
  questionKey: 'noq.question',
  stage: noqStage,
  params: { token: NEW_TOKEN, row: EARLY_TOKENS[2] },
  steps: [
    {
      id: 'sequence',
      titleKey: 'noq.sequence.title',
      bodyKey: 'noq.sequence.body',
      highlight: ['inputs', 'live'],
      opens: { added: false, causal: true },
    },
    {
      id: 'add-token',
      titleKey: 'noq.add.title',
      bodyKey: 'noq.add.body',
      highlight: ['add', 'compare'],
      conceal: ['compare'],
      opens: { added: true, causal: true },
      variants: [
        { when: { added: false }, bodyKey: 'noq.add.bodyRemoved' },
        { when: { causal: false }, bodyKey: 'noq.add.bodyNoMask' },
      ],
    },
    {
      id: 'row-column',
      titleKey: 'noq.rowcol.title',
      bodyKey: 'noq.rowcol.body',
      highlight: ['reading'],
      opens: { added: true, causal: true },
      variants: [{ when: { causal: false }, bodyKey: 'noq.rowcol.bodyNoMask' }],
    },
    {
      id: 'predict-row',
      titleKey: 'noq.predict.title',
      bodyKey: 'noq.predict.body',
      highlight: ['mask', 'compare'],
      conceal: ['compare'],
      opens: { added: true, causal: false },
      variants: [{ when: { causal: true }, bodyKey: 'noq.predict.bodyMask' }],
    },
    {
      id: 'mask-off',
      titleKey: 'noq.maskoff.title',
      bodyKey: 'noq.maskoff.body',
      highlight: ['mask', 'compare'],
      opens: { added: true, causal: false },
      variants: [{ when: { causal: true }, titleKey: 'noq.maskoff.titleOn', bodyKey: 'noq.maskoff.bodyOn' }],
    },
    { id: 'why-kv', titleKey: 'noq.why.title', bodyKey: 'noq.why.body', highlight: ['cache', 'compare'], opens: { added: true, causal: true } },
  ],
};
