import { readFileSync, writeFileSync } from 'node:fs';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { deriveWorked } from '../../src/lesson/worked/derive';
import { workedModel } from '../../src/lesson/worked/model';
import { qTex } from '../../src/lesson/worked/tex';
import { fromTree, toTree } from '../../src/panels/common/formulaTree';
import { KATEX_OPTIONS } from '../../src/panels/common/katexOptions';
import { prerenderKey } from '../../src/panels/common/prerendered';

// The first screen (worked/setting, the page a visitor lands on) shows its formula before KaTeX
// loads: src/panels/common/prerendered.json holds it typeset. This test fails when the lesson's TeX
// or KaTeX's output changes; `UPDATE_PRERENDERED=1 npx vitest run tests/panels/prerendered.test.ts`
// writes the file again.
const FILE = 'src/panels/common/prerendered.json';

function typeset(tex: string, block: boolean): HTMLElement {
  const el = document.createElement('div');
  katex.render(tex, el, { ...KATEX_OPTIONS, displayMode: block });
  return el;
}

describe('prerendered formulas', () => {
  expect(deriveWorked(workedModel.defaults).ok).toBe(true);
  const formulas = [{ tex: qTex(workedModel.defaults), block: true }];
  const expected = Object.fromEntries(formulas.map(({ tex, block }) => [prerenderKey(tex, block), toTree(typeset(tex, block))]));
  if (process.env.UPDATE_PRERENDERED) writeFileSync(FILE, `${JSON.stringify(expected)}\n`);

  it('hold exactly what KaTeX typesets now for the first screen’s formula (default numbers)', () => {
    expect(JSON.parse(readFileSync(FILE, 'utf8'))).toEqual(expected);
  });

  it('build the same DOM again as KaTeX does, with no innerHTML', () => {
    for (const { tex, block } of formulas) {
      const original = typeset(tex, block);
      const rebuilt = document.createElement('div');
      rebuilt.append(...fromTree(toTree(original)));
      expect(rebuilt.innerHTML).toBe(original.innerHTML);
      expect(rebuilt.querySelector('.katex-mathml math')?.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
    }
  });
});
