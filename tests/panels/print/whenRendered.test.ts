import { describe, expect, it } from 'vitest';
import { isRendered, whenRendered } from '../../../src/panels/print/whenRendered';

function tree(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('isRendered', () => {
  it('is false while a lazy view or a formula is still loading', () => {
    expect(isRendered(tree('<p class="loading">…</p>'))).toBe(false);
    expect(isRendered(tree('<div class="formula" aria-busy="true"></div>'))).toBe(false);
  });
  it('is true once everything has rendered', () => {
    expect(isRendered(tree('<div class="formula" aria-busy="false"><span class="katex"></span></div>'))).toBe(true);
  });
});

describe('whenRendered', () => {
  it('resolves once the loading marker is gone', async () => {
    const root = tree('<div class="formula" aria-busy="true"></div>');
    let done = false;
    const p = whenRendered(root).then(() => {
      done = true;
    });
    await new Promise((r) => setTimeout(r, 80));
    expect(done).toBe(false);
    root.querySelector('.formula')?.setAttribute('aria-busy', 'false');
    await p;
    expect(done).toBe(true);
  });
  it('gives up after the timeout rather than never printing', async () => {
    const root = tree('<p class="loading">…</p>');
    const start = performance.now();
    await whenRendered(root, 100);
    expect(performance.now() - start).toBeGreaterThanOrEqual(90);
  });
});
