import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogs, translate } from '../../src/i18n';

const dir = join(__dirname, '../../src/i18n');
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('every en-*.json has a zh-*.json with exactly the same keys and placeholders', () => {
    const en = readdirSync(dir).filter((f) => /^en-.*\.json$/.test(f));
    expect(en.length).toBeGreaterThan(1);
    for (const f of en) {
      const a = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, string>;
      const b = JSON.parse(readFileSync(join(dir, f.replace(/^en-/, 'zh-')), 'utf8')) as Record<string, string>;
      expect(Object.keys(b).sort(), f).toEqual(Object.keys(a).sort());
      for (const k of Object.keys(a)) expect(placeholders(b[k]), `${f} ${k}`).toEqual(placeholders(a[k]));
    }
  });
  it('merged catalogs have the same keys, and no message is empty', () => {
    expect(Object.keys(catalogs.zh).sort()).toEqual(Object.keys(catalogs.en).sort());
    for (const lang of ['en', 'zh'] as const) for (const [k, v] of Object.entries(catalogs[lang])) expect(v.trim(), `${lang} ${k}`).not.toBe('');
  });
  it('an error that says the last valid value is still used names it ({last})', () => {
    const problems: string[] = [];
    for (const [k, v] of Object.entries(catalogs.en)) if (/last valid value[^.]*still used/i.test(v) && !v.includes('{last}')) problems.push(`en ${k}`);
    for (const [k, v] of Object.entries(catalogs.zh)) if (/仍使用上一个有效值/.test(v) && !v.includes('{last}')) problems.push(`zh ${k}`);
    expect(problems).toEqual([]);
  });
  // A maths symbol with a subscript (d_model, c_KV) is not code: code names have a word before the underscore.
  it('every string names code (a variable, a file name) in backticks, drawn as code; backticks come in pairs', () => {
    const problems: string[] = [];
    for (const lang of ['en', 'zh'] as const) {
      for (const [k, v] of Object.entries(catalogs[lang])) {
        if ((v.match(/`/g) ?? []).length % 2 !== 0) problems.push(`${lang} ${k}: unpaired backtick`);
        const bare = v.replace(/`[^`]*`/g, '');
        for (const m of bare.matchAll(/(?<![\w{])([A-Za-z]{2,}_[A-Za-z]{2,}\w*|\w+\.(?:json|py|ts))(?![\w}])/g)) problems.push(`${lang} ${k}: ${m[1]} not in backticks`);
      }
    }
    expect(problems).toEqual([]);
  });
  it('Chinese uses the standard terms', () => {
    const zh = Object.values(catalogs.zh).join('\n');
    for (const term of ['查询', '键', '值', '注意力权重', '缓存', '缩放']) expect(zh).toContain(term);
  });
  it('Chinese punctuation is full-width next to Chinese text (“，：；？！（）”, not “,:;?!()”)', () => {
    const han = /[\u4e00-\u9fff]/;
    const problems: string[] = [];
    for (const [k, v] of Object.entries(catalogs.zh)) {
      for (const m of v.matchAll(/[,:;?!()]/g)) {
        const i = m.index ?? 0;
        if (han.test(v[i - 1] ?? '') || han.test(v[i + 1] ?? '')) problems.push(`${k}: …${v.slice(Math.max(0, i - 8), i + 9)}…`);
      }
      // Brackets around Chinese words are full-width even when the words touch no bracket directly.
      for (const m of v.matchAll(/\(([^()]*)\)/g)) if (han.test(m[1])) problems.push(`${k}: ${m[0]}`);
    }
    expect(problems).toEqual([]);
  });
  it('no panel writes punctuation of its own around a message (it would stay half-width on a Chinese page: "(精确值 0)", "缓存: 12")', () => {
    // A bracket opened right before a message, or a bracket, colon, comma, semicolon, ? or ! right after one, in JSX text or
    // a template string. Such punctuation belongs in the catalog (punct.paren, punct.colon), where Chinese writes it full-width.
    const message = String.raw`(?:t|tr|tn)\((?:[^(){}]|\{[^{}]*\}|\([^()]*\))*\)`;
    const around = new RegExp(String.raw`[(]\$?\{${message}\}|\$?\{${message}\}[(),:;?!]`, 'g');
    const panels = join(__dirname, '../../src/panels');
    const problems: string[] = [];
    for (const f of readdirSync(panels, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tsx'))) {
      for (const m of readFileSync(join(panels, f), 'utf8').matchAll(around)) problems.push(`${f}: ${m[0].slice(0, 60)}`);
    }
    expect(problems).toEqual([]);
  });
  it('the punctuation messages are full-width in Chinese', () => {
    expect(translate('zh', 'punct.paren', { text: '精确值 0' })).toBe('（精确值 0）');
    expect(translate('zh', 'punct.colon', { label: '缓存' })).toBe('缓存：');
    expect(translate('en', 'punct.paren', { text: 'exact value 0' })).toBe('(exact value 0)');
  });
  it('fills placeholders', () => {
    expect(translate('en', 'nav.stepOf', { n: 2, total: 7 })).toBe('Step 2 of 7');
    expect(translate('zh', 'nav.stepOf', { n: 2, total: 7 })).toBe('第 2 步，共 7 步');
  });
});
