import { describe, expect, it } from 'vitest';
import { catalogs, type Lang, translate, translateCount } from '../../src/i18n';
import { chapters } from '../../src/lesson/chapters';
import { stepTitle } from '../../src/lesson/stepState';

describe('counting messages: singular and plural right in both languages', () => {
  it('uses the singular form for 1 in English and one form in Chinese', () => {
    expect(translateCount('en', 'cross.cache.self', 1, { rows: '1' })).toBe('Self-attention cache: 1 row');
    expect(translateCount('en', 'cross.cache.self', 2, { rows: '2' })).toBe('Self-attention cache: 2 rows');
    expect(translateCount('en', 'cross.cache.self', 0, { rows: '0' })).toBe('Self-attention cache: 0 rows');
    expect(translateCount('zh', 'cross.cache.self', 1, { rows: '1' })).toBe('自注意力缓存：1 行');
    expect(translateCount('zh', 'cross.cache.self', 3, { rows: '3' })).toBe('自注意力缓存：3 行');
  });
  it('every ".one" form has its plural beside it, in both catalogs', () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const key of Object.keys(catalogs[lang]).filter((k) => k.endsWith('.one'))) expect(catalogs[lang], key).toHaveProperty(key.slice(0, -4));
    }
  });
});

describe('step titles fill their placeholders wherever they appear', () => {
  it('no step title, in either language and any state, keeps a raw {placeholder}', () => {
    for (const lang of ['en', 'zh'] as Lang[]) {
      const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
      for (const chapter of chapters) {
        for (const step of chapter.steps) {
          const states = [undefined, ...(step.variants ?? []).map((v) => v.when)];
          for (const s of states) expect(stepTitle(t, chapter, step, s), `${lang} ${chapter.id}/${step.id}`).not.toMatch(/\{\w+\}/);
        }
      }
    }
  });
});
