/**
 * On a slide nothing is cut at the right (issue 10 §2): a teacher with a clicker cannot scroll a
 * region sideways, so in projector mode no region of a step may hold more than it shows, before
 * and after the guess, in both languages. (The normal view may scroll a wide table inside a
 * region that shows it scrolls; truth.spec checks that no number is cut there.)
 */
import { expect, test } from './helpers';
import { allSteps, openStep, reveal, settled } from './walk';

/** Steps still cut on a slide, with what is cut (remove an entry once it fits). */
const PENDING = new Map<string, string>([
]);

/** Regions of the step that scroll or clip sideways and hold more than they show (runs in the page). */
function cutRegions(): string[] {
  const out: string[] = [];
  for (const el of document.querySelectorAll<HTMLElement>('main *')) {
    if (el.offsetParent === null || el.closest('.sr-only, .katex-mathml, details:not([open])')) continue;
    const cs = getComputedStyle(el);
    if (!['auto', 'scroll', 'hidden', 'clip'].includes(cs.overflowX)) continue;
    // Visually hidden text for screen readers (1 px boxes, clip-path) is not on the slide.
    if (el.clientWidth <= 2 || cs.clipPath.startsWith('inset') || cs.clip.startsWith('rect')) continue;
    // A formula's last 3 px may be its own padding: more than that cuts a glyph.
    if (el.scrollWidth <= el.clientWidth + 3) continue;
    const what = el.querySelector('.katex') ? 'formula' : el.querySelector('table') ? 'table' : el.tagName.toLowerCase();
    const text = (el.textContent ?? '').trim().slice(0, 40);
    out.push(`${what} cut at the right: ${el.scrollWidth} px in ${el.clientWidth} px ("${text}")`);
  }
  return out;
}

for (const lang of ['en', 'zh'] as const) {
  test(`projector (${lang}): no step cuts a formula, table or number at the right, before or after the guess`, async ({ page }) => {
    test.setTimeout(600_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const problems: string[] = [];
    for (const { chapter, steps } of await allSteps(page)) {
      for (const step of steps) {
        const at = `${chapter}/${step}`;
        await openStep(page, chapter, step, lang);
        if ((await page.locator('html[data-projector]').count()) === 0) await page.keyboard.press('p');
        await expect(page.locator('html')).toHaveAttribute('data-projector', '');
        await settled(page, { chapter, step });
        const known = PENDING.has(at);
        for (const p of await page.evaluate(cutRegions)) if (!known) problems.push(`${at}: ${p}`);
        if (await reveal(page)) {
          await settled(page, { chapter, step });
          for (const p of await page.evaluate(cutRegions)) if (!known) problems.push(`${at} (answer shown): ${p}`);
        }
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });
}
