import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { deriveWorked } from '../../src/lesson/worked/derive';
import { resize, setCell } from '../../src/lesson/worked/edits';
import { ARTICLE, CACHED_TOKENS, type WorkedState } from '../../src/lesson/worked/model';
import { KATEX_STRICT_OPTIONS } from '../../src/panels/common/katexOptions';
import { outputTex, qTex, scaleTex, scoresTex, selfTex, summaryTex, weightsTex } from '../../src/lesson/worked/tex';

// Strict, except for the \htmlData{q=…} links that the trust check allows (src/panels/common/katexOptions.ts).
const strict = KATEX_STRICT_OPTIONS;

function allTex(s: WorkedState): string[] {
  const r = deriveWorked(s);
  if (!r.ok) throw new Error(r.detail);
  const n = r.n;
  return [
    qTex(s),
    scoresTex(s, n, CACHED_TOKENS),
    scaleTex(n, CACHED_TOKENS),
    weightsTex(n.parts, n.article.scaled, CACHED_TOKENS),
    outputTex(n.article.weights, s.V, n.article.output),
    selfTex(n),
    summaryTex(n),
  ];
}

describe('worked example TeX', () => {
  const cases: [string, WorkedState][] = [
    ['article', ARTICLE],
    ['scaling off', { ...ARTICLE, scaled: false }],
    ['d = 8 with negatives and extremes', setCell(setCell(resize(ARTICLE, 8), 'q', 0, 7, -1e6), 'K', 2, 3, 1e-9)],
    ['d = 1', resize(ARTICLE, 1)],
  ];
  it.each(cases)('renders in KaTeX strict mode: %s', (_name, s) => {
    for (const tex of allTex(s)) {
      expect(() => katex.renderToString(tex, strict)).not.toThrow();
      expect(tex).not.toMatch(/\d[eE][-+]?\d/); // never 1e-7 style
      expect(tex).not.toMatch(/-0\.000(?!\d)/);
    }
  });
});
