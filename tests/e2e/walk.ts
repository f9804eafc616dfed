import type { Page } from '@playwright/test';

/**
 * Every chapter id and its step ids, read from the page itself (chapters are data; none hard-coded here).
 * E2E_CHAPTERS=shrink,serve limits the walk to those chapters (while working on one; `npm test` walks all).
 */
export async function allSteps(page: Page): Promise<{ chapter: string; steps: string[] }[]> {
  await page.goto('/#v1/worked/setting?l=en');
  await page.locator('[data-chapter]').first().waitFor({ state: 'attached' }); // read before the page drew, the list was empty and every walk passed
  const only = process.env.E2E_CHAPTERS?.split(',').filter(Boolean);
  const chapters = (await page.locator('[data-chapter]').evaluateAll((els) => els.map((e) => e.getAttribute('data-chapter') ?? ''))).filter((c) => !only || only.includes(c));
  const out: { chapter: string; steps: string[] }[] = [];
  for (const chapter of chapters) {
    await page.goto(`/#v1/${chapter}?l=en`);
    // The chapter's messages may still be loading: wait until the page shows this chapter.
    await page.locator(`.chapter-nav [data-chapter="${chapter}"][aria-current="page"]`).waitFor({ state: 'attached' });
    await page.locator('.step-dots [data-step]').first().waitFor({ state: 'attached' });
    const steps = await page.locator('.step-dots [data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step') ?? ''));
    out.push({ chapter, steps });
  }
  return out;
}

/** Opens one step and waits until its view (which may load lazily) and its formulas have rendered. */
export async function openStep(page: Page, chapter: string, step: string, lang: 'en' | 'zh'): Promise<void> {
  await page.goto(`/#v1/${chapter}/${step}?l=${lang}`);
  // Wait for this step's own heading (a chapter whose messages are loading keeps the old screen a moment).
  await page.locator(`main .step-title[data-step="${step}"]`).first().waitFor();
  await page.waitForFunction((l) => document.documentElement.lang === (l === 'zh' ? 'zh-CN' : 'en'), lang);
  await page.waitForFunction(() => !document.querySelector('.formula[aria-busy="true"]') && !document.querySelector('.loading'));
}

/** Opens the header's menu when the display tools are folded into it (narrow screens, projector mode). */
export async function openMenuIfFolded(page: Page): Promise<void> {
  await page.locator('main .step-title').first().waitFor(); // the header is drawn with the step: a check before it would find no toggle
  const toggle = page.locator('.menu-toggle');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}
