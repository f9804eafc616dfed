/**
 * A masked weight shows, in every view, the mark its legend names (issue 10): on a slide the cell
 * read a bare "0" while the legend said "(masked)", because the word was visually hidden there to
 * fit. Every heatmap with a masked weight, on every step, on a slide in both languages and in the
 * normal view, before and after the guess: the cell's mark is on screen (not clipped to 1 px) and the heatmap's
 * visible legend quotes it, and screen readers still hear "(masked)".
 */
import { expect, test } from './helpers';
import { allSteps, openStep, reveal, settled } from './walk';

/** What is wrong with the masked weights of the step's visible heatmaps (runs in the page). */
function maskedProblems(): string[] {
  const out: string[] = [];
  const shown = (el: Element) => {
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    return r.width > 2 && r.height > 2 && cs.visibility !== 'hidden' && !cs.clip.startsWith('rect') && !cs.clipPath.startsWith('inset');
  };
  for (const table of document.querySelectorAll<HTMLElement>('main table.heatmap')) {
    if (table.offsetParent === null) continue;
    const caption = table.querySelector('caption')?.textContent ?? '';
    // Its own legend, or one drawn once for several maps that share it (heads on a slide), in the same figure or panel.
    const scope = table.closest('.stage, .detail, .step-panel') ?? table.parentElement;
    const legend = [...(scope?.querySelectorAll('.heat-legend-item *, .heat-legend-item') ?? [])].filter((e) => shown(e) && getComputedStyle(e).display !== 'none').map((e) => e.textContent ?? '').join(' ');
    for (const td of table.querySelectorAll<HTMLElement>('td.masked')) {
      if (td.textContent?.trim() === '−∞') continue; // a masked score: its legend names −∞
      const mark = td.querySelector('.heat-masked');
      const text = (mark?.textContent ?? '').trim();
      if (!mark || !text || !shown(mark)) out.push(`"${caption}": a masked weight shows no mark ("${(td.textContent ?? "").trim()}")`);
      else if (!legend.includes(`0 ${text}`)) out.push(`"${caption}": the cell's mark "0 ${text}" is not in its visible legend ("${legend}")`);
      const said = td.querySelector('.sr-only')?.textContent ?? '';
      if (!/masked|掩码/.test(said)) out.push(`"${caption}": a masked weight tells screen readers "${said}"`);
    }
  }
  return out;
}

// A slide in both languages; the normal view once (its CSS is the same in both; the unit test reads the Chinese label).
for (const mode of ['projector', 'normal'] as const) {
  for (const lang of mode === 'projector' ? (['en', 'zh'] as const) : (['en'] as const)) {
    test(`${mode} (${lang}): a masked weight shows the mark its legend names, before and after the guess`, async ({ page }) => {
      test.setTimeout(600_000);
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const problems: string[] = [];
      let seen = 0;
      for (const { chapter, steps } of await allSteps(page)) {
        for (const step of steps) {
          const at = `${chapter}/${step}`;
          await openStep(page, chapter, step, lang);
          const on = (await page.locator('html[data-projector]').count()) > 0;
          if (on !== (mode === 'projector')) await page.keyboard.press('p');
          await expect(page.locator('html[data-projector]')).toHaveCount(mode === 'projector' ? 1 : 0);
          await settled(page, { chapter, step });
          seen += await page.locator('main table.heatmap td.masked').count();
          for (const p of await page.evaluate(maskedProblems)) problems.push(`${at}: ${p}`);
          if (await reveal(page)) {
            await settled(page, { chapter, step });
            for (const p of await page.evaluate(maskedProblems)) problems.push(`${at} (answer shown): ${p}`);
          }
        }
      }
      expect([...new Set(problems)]).toEqual([]);
      // The walk met masked cells (a chapter filter without masks would prove nothing).
      if (!process.env.E2E_CHAPTERS) expect(seen).toBeGreaterThan(0);
    });
  }
}
