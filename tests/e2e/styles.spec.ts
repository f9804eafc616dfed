import type { Page } from '@playwright/test';
import { expect, test } from './helpers';
import { allSteps, openStep, settled } from './walk';

/**
 * Each chapter's stylesheet loads with the chapter and then stays (issue 10 §5): a rule of one chapter
 * that is not scoped to it restyles every chapter opened after it (serve's `.key-line` once squeezed
 * reuse's legend into a column of single characters, 9 px past a projector slide). So every chapter's
 * step must be laid out the same whether its chapter is opened on a fresh page or after every other
 * chapter (and its stylesheet) has been opened.
 */

/** Steps laid out differently after the other chapters, cause not found yet (remove when fixed). */
const PENDING: Record<string, string> = {
  'generate/decode': 'everything under the stage’s cache table sits 1 px higher once every chapter has been opened',
};

/** Every visible element of the page (header, lesson, step bar) with its layout box, independent of scrolling. */
function layoutBoxes(): Record<string, string> {
  const out: Record<string, string> = {};
  const path = (el: Element): string => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
      parts.unshift(`${e.tagName.toLowerCase()}${e.parentElement ? `:${[...e.parentElement.children].indexOf(e)}` : ''}`);
    }
    return parts.join('>');
  };
  for (const el of document.querySelectorAll<HTMLElement>('.app-header *, main *, .step-bar *')) {
    if (!(el instanceof HTMLElement) || el.offsetParent === null) continue;
    out[path(el)] = `${el.className} ${el.offsetLeft},${el.offsetTop} ${el.offsetWidth}×${el.offsetHeight}`;
  }
  return out;
}

/** The boxes that differ between two layouts (at most a few, for a readable failure). */
function differences(a: Record<string, string>, b: Record<string, string>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => a[k] !== b[k]).slice(0, 4).map((k) => `${k}: alone “${a[k] ?? 'absent'}”, after every chapter “${b[k] ?? 'absent'}”`);
}

/** Opens a step and returns its layout boxes. */
async function stepLayout(page: Page, chapter: string, step: string): Promise<Record<string, string>> {
  await openStep(page, chapter, step, 'en');
  await page.locator('main .step-title').first().blur(); // the same focus either way
  await settled(page, { chapter, step });
  return page.evaluate(layoutBoxes);
}

test('no chapter’s stylesheet changes another chapter’s layout: every step looks the same alone and after every other chapter', async ({ page, browser }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ reducedMotion: 'reduce' }); // rows that slide in are measured where they end
  const chapters = await allSteps(page); // opens every chapter once: every chapter's stylesheet is now loaded in this page
  const alone = await browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  const problems: string[] = [];
  for (const { chapter, steps } of chapters) {
    await alone.goto('about:blank'); // a fresh document: only this chapter's stylesheet
    for (const step of steps) {
      const fresh = await stepLayout(alone, chapter, step);
      const after = await stepLayout(page, chapter, step);
      if (!PENDING[`${chapter}/${step}`]) for (const d of differences(fresh, after)) problems.push(`${chapter}/${step}: ${d}`);
    }
  }
  await alone.close();
  expect(problems).toEqual([]);
});
