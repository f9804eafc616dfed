import { describe, expect, it } from 'vitest';
import { catalogs } from '../../src/i18n';

/**
 * A prediction's answer is nowhere on screen until the guess, and that includes the step's title and narrative above the
 * question. For each step with a question: the messages shown with it before the guess, and phrases that would give the
 * answer away (they belong in the explanation shown after the guess).
 */
const steps: { step: string; keys: string[]; en: string[]; zh: string[] }[] = [
  {
    step: 'rope/relative (does the score change when both words move?)',
    keys: ['rope.relative.title', 'rope.relative.body'],
    en: ['holds still', 'stays', 'only the distance', 'q·R(n − m)k', 'does not change', 'unchanged'],
    zh: ['纹丝不动', '不变', '只有距离', 'q·R(n − m)k', '没有变'],
  },
  {
    step: 'rope/cache (what happens to a cached key later?)',
    keys: ['rope.cache.title', 'rope.cache.body'],
    en: ['final once written', 'same rotated key', 'never by the position', 'never needs', 'why the cache can hold'],
    zh: ['最终结果', '定型', '同一个旋转好的键', '与来读它的查询在哪个位置无关', '永远不用', '为什么缓存里可以'],
  },
  {
    step: 'heads/cache-ratio (what does grouping change?)',
    keys: ['heads.ratio.title', 'heads.ratio.body'],
    en: ['shrinks the cache', 'smaller cache', 'grouping save', 'not arithmetic'],
    zh: ['缓存变小', '省下了什么', '不省计算'],
  },
  {
    step: 'cost/sparsity (what share of the weights is below ε?)',
    keys: ['cost.sparsity.title', 'cost.sparsity.body'],
    en: ['less peaky', 'share climb', 'most weights are tiny'],
    zh: ['远没有那么尖锐', '比例怎样上升', '大多数权重都很小'],
  },
  {
    step: 'reuse/prefix (which tokens can prefix caching take?)',
    keys: ['reuse.prefix.title', 'reuse.prefix.body'],
    en: ['longest stored prefix', 'only the first chunk', 'starts the prompt', 'only the start'],
    zh: ['最长的那段已存前缀', '只有第一块', '从提示开头', '只能复用开头'],
  },
  {
    step: 'real-model/no-cache (what happens to the words without a cache?)',
    keys: ['realModel.off.title', 'realModel.off.body'],
    en: ['same words', 'identical'],
    zh: ['词一样', '完全相同'],
  },
  {
    step: 'mask/causal (what does softmax do to row “cat”?)',
    keys: ['mask.causal.body'],
    en: ['share all of the weight', 'exactly 0'],
    zh: ['分摊全部权重', '恰好为 0'],
  },
];

describe('a narrative poses its question without giving the answer', () => {
  for (const s of steps) {
    it(s.step, () => {
      for (const lang of ['en', 'zh'] as const) {
        for (const key of s.keys) {
          const text = (catalogs[lang] as Record<string, string | undefined>)[key] ?? '';
          expect(text, `${lang} ${key} exists`).toBeTruthy();
          for (const phrase of s[lang]) expect(text.toLowerCase(), `${lang} ${key} gives away “${phrase}”`).not.toContain(phrase.toLowerCase());
        }
      }
    });
  }
  it('the answers these narratives no longer give are in the explanations shown after the guess', () => {
    expect(catalogs.en['rope.rel.why']).toContain('depends on m − n');
    expect(catalogs.zh['rope.rel.why']).toContain('只取决于 m − n');
    expect(catalogs.en['rope.cache.why']).toContain('final once written');
    expect(catalogs.zh['rope.cache.why']).toContain('定型');
    expect(catalogs.en['heads.gqa.explain']).toContain('not arithmetic');
    expect(catalogs.en['cost.sp.explain']).toContain('peakier scores');
    expect(catalogs.en['reuse.prefix.explain']).toContain('starts the prompt');
  });
});

describe('numbers and their units stay together, and sentences end', () => {
  it('a dial caption keeps a number and its unit on one line (no-break space; 弧度 joined), both languages', () => {
    for (const key of ['rope.dial.qTurn', 'rope.dial.kTurn', 'rope.move.turn', 'rope.rel.turn'] as const) {
      expect(catalogs.en[key], key).toMatch(/\{a\}\u00a0rad$/);
      expect(catalogs.zh[key], key).toMatch(/\{a\}\u00a0弧\u2060度$/);
    }
  });
  it('the model card: the training line ends with a full stop before the source sentence follows it', () => {
    expect(catalogs.en['realModel.card.training']).toMatch(/\.$/);
    expect(catalogs.zh['realModel.card.training']).toMatch(/。$/);
  });
});

describe('Chinese reads as written in Chinese, not translated', () => {
  it('no calque found in review (“与它的代码一样” for “as in its code”, “训练时就带着窗口” for “trained with its window”)', () => {
    const zh = Object.values(catalogs.zh).join('\n');
    for (const calque of ['与它的代码一样', '训练时就带着窗口', '带着窗口']) expect(zh, calque).not.toContain(calque);
  });
});
