import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { texLink } from '../../../src/lesson/links';
import { KATEX_OPTIONS, KATEX_STRICT_OPTIONS, katexTrust } from '../../../src/panels/common/katexOptions';

describe('KaTeX trust: only \\htmlData{q=<quantity id>}', () => {
  it('a linked term renders as a span carrying data-q, in strict test mode too', () => {
    const html = katex.renderToString(`${texLink('w.1', '0.390')} + 1`, KATEX_STRICT_OPTIONS);
    expect(html).toContain('data-q="w.1"');
    expect(html).toContain('0.390');
  });

  it.each([
    ['\\href{javascript:alert(1)}{x}', 'href'],
    ['\\url{https://example.com}', 'url'],
    ['\\htmlClass{evil}{x}', 'htmlClass'],
    ['\\htmlId{root}{x}', 'htmlId'],
    ['\\htmlStyle{position:fixed}{x}', 'htmlStyle'],
    ['\\htmlData{onclick=alert(1)}{x}', 'another attribute'],
    ['\\htmlData{q=w.1,style=x}{x}', 'two attributes'],
    ['\\htmlData{q=a b}{x}', 'a malformed id'],
    ['\\includegraphics{x.png}', 'images'],
  ])('refuses %s (%s)', (tex) => {
    const html = katex.renderToString(tex, KATEX_OPTIONS);
    expect(html).not.toMatch(/<a |href=|data-onclick|style="position|id="root"|class="[^"]*evil|<img/);
  });

  it('the callback itself', () => {
    expect(katexTrust({ command: '\\htmlData', attributes: { 'data-q': 'st.2' } })).toBe(true);
    expect(katexTrust({ command: '\\htmlData', attributes: { 'data-x': 'st.2' } })).toBe(false);
    expect(katexTrust({ command: '\\htmlClass', class: 'x' })).toBe(false);
    expect(katexTrust({ command: '\\href', url: 'https://x' })).toBe(false);
  });
});
