/**
 * On a phone (390×844) no text a student reads is smaller than 12 px as drawn, on any step of any
 * chapter, in both languages, before and after the guess. "As drawn" is the computed font size times
 * any CSS zoom and, inside an SVG, times the SVG's scale on screen (a plot whose viewBox is wider than
 * the phone shrinks its labels with it). Formulas (KaTeX) are left out: their sub- and superscripts
 * are smaller by design, and the layout test measures them on slides.
 */
import { expect, test } from './helpers';
import { allSteps, openStep, reveal, settled } from './walk';

/** The smallest readable size, in CSS pixels as drawn. */
const MIN_PX = 12;

/** Every kind of visible text smaller than `min` px as drawn (runs in the page): its nearest class, how many, the smallest size, one example. */
function smallTexts(min: number): string[] {
  const found = new Map<string, { n: number; size: number; text: string }>();
  const shown = (el: Element) => {
    const cs = getComputedStyle(el);
    return cs.visibility !== 'hidden' && cs.display !== 'none' && Number(cs.opacity) > 0;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    const text = (n.textContent ?? '').replace(/[\s\u200b]/g, '');
    if (!el || !text || el.closest('.katex, .sr-only, .blank-screen, script, style, title, desc')) continue;
    // Drawn glyphs only: a range with no area (display: none above it, a collapsed or visually hidden box) is not read.
    const range = document.createRange();
    range.selectNodeContents(n);
    const r = range.getBoundingClientRect();
    if (r.width < 2 || r.height < 2 || !shown(el)) continue;
    let size = Number.parseFloat(getComputedStyle(el).fontSize) * ((el as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1);
    const svgText = el.closest('text');
    if (svgText instanceof SVGGraphicsElement) {
      const m = svgText.getScreenCTM();
      // The vertical scale of the text's own coordinate system (a viewBox scaled to the screen, any transform);
      // the glyphs' own size: a <tspan> (an exponent) can be smaller than its <text>.
      if (m) size = Number.parseFloat(getComputedStyle(el).fontSize) * Math.hypot(m.c, m.d);
    }
    if (size < min - 0.05) {
      const where = el.closest('[class]')?.getAttribute('class')?.split(' ')[0] ?? el.tagName.toLowerCase();
      const seen = found.get(where);
      if (!seen) found.set(where, { n: 1, size, text: (n.textContent ?? '').trim().slice(0, 24) });
      else {
        seen.n++;
        seen.size = Math.min(seen.size, size);
      }
    }
  }
  return [...found].map(([where, f]) => `.${where}: ${f.n} text${f.n > 1 ? 's' : ''} at ${f.size.toFixed(1)} px (e.g. "${f.text}")`);
}

for (const lang of ['en', 'zh'] as const) {
  test(`phone 390×844 (${lang}): no text smaller than ${MIN_PX} px as drawn, on any step, before and after the guess (formulas excepted)`, async ({ page }) => {
    test.setTimeout(420_000);
    await page.setViewportSize({ width: 390, height: 844 });
    const problems: string[] = [];
    for (const { chapter, steps } of await allSteps(page)) {
      for (const step of steps) {
        await openStep(page, chapter, step, lang);
        for (const p of await page.evaluate(smallTexts, MIN_PX)) problems.push(`${chapter}/${step}: ${p}`);
        if (await reveal(page)) {
          await settled(page, { chapter, step });
          for (const p of await page.evaluate(smallTexts, MIN_PX)) problems.push(`${chapter}/${step} (answer shown): ${p}`);
        }
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });
}
