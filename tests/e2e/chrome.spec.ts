import type { Page } from '@playwright/test';
import { chapters } from '../../src/lesson/chapters';
import { expect, test } from './helpers';
import { openStep } from './walk';

// The chrome around every step (issue 10 §2, issue 9 §8): a fixed step bar that never covers more than a
// quarter of the screen, focus never hidden behind it, and a chapter bar that keeps the active chapter in
// view at every width. (Names that contain the visible labels and text inside landmarks: a11y.spec.ts.)

/** The share of the screen the fixed step bar (and a sticky strip, if any) covers. */
async function coveredShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const bar = document.querySelector('.step-bar')?.getBoundingClientRect().height ?? 0;
    const strip = document.querySelector('.stage-strip');
    const sticky = strip && getComputedStyle(strip).position === 'sticky' ? strip.getBoundingClientRect().height : 0;
    return (bar + sticky) / window.innerHeight;
  });
}

for (const [width, height] of [
  [320, 200],
  [320, 568],
] as const) {
  for (const lang of ['en', 'zh'] as const) {
    test(`zoomed in (${width}×${height}, ${lang}): fixed bars cover at most a quarter of the screen on every chapter`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height });
      const problems: string[] = [];
      for (const c of chapters) {
        await openStep(page, c.id, c.steps[0].id, lang);
        const share = await coveredShare(page);
        if (share > 0.25) problems.push(`${c.id}: ${(share * 100).toFixed(0)} %`);
      }
      expect(problems).toEqual([]);
    });
  }
}

/** Tabs through every stop of the step; returns the stops that ended up (partly) under a fixed or sticky bar. */
async function hiddenStops(page: Page, max = 200): Promise<string[]> {
  await page.locator('main .step-title').first().focus();
  const hidden: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const r = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { done: true };
      if (el.closest('.step-bar, .app-header, .stage-strip')) return { done: !el.closest('main'), skip: true };
      const box = el.getBoundingClientRect();
      const bar = document.querySelector('.step-bar')?.getBoundingClientRect().top ?? window.innerHeight;
      const strip = document.querySelector('.stage-strip');
      const top = strip && getComputedStyle(strip).position === 'sticky' ? strip.getBoundingClientRect().bottom : 0;
      const name = `${el.tagName.toLowerCase()}${el.dataset.cell ? `[data-cell=${el.dataset.cell}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').slice(0, 30)}"`;
      // WCAG 2.4.11: never entirely hidden; a control that fits between the bars is shown whole.
      const room = bar - top;
      const entirely = box.top >= bar - 1 || box.bottom <= top + 1;
      const partly = box.bottom > bar + 1 || box.top < top - 1;
      return { done: false, hidden: entirely || (partly && box.height <= room) ? name : null };
    });
    if (r.done) break;
    if ('hidden' in r && r.hidden) hidden.push(r.hidden);
  }
  return hidden;
}

for (const [width, height] of [
  [390, 844],
  [1280, 720],
  [320, 568],
] as const) {
  test(`focus is never hidden behind the fixed bars (${width}×${height}): every Tab stop of every worked step`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height });
    const problems: string[] = [];
    const worked = chapters.find((c) => c.id === 'worked');
    for (const step of worked?.steps ?? []) {
      await openStep(page, 'worked', step.id, 'en');
      for (const h of await hiddenStops(page)) problems.push(`${step.id}: ${h}`);
    }
    expect(problems).toEqual([]);
  });
}

// Label in name (WCAG 2.5.3) and text inside landmarks are checked on every step in a11y.spec.ts's axe pass.

test('the step bar’s buttons are named by what they show: a voice user says “click Back”', async ({ page }) => {
  await page.goto('/#v1/worked/scores?l=en');
  await page.getByRole('button', { name: /Back/ }).click();
  await expect(page).toHaveURL(/worked\/setting/);
  await page.getByRole('button', { name: /Next/ }).first().click();
  await expect(page).toHaveURL(/worked\/scores/);
  await page.goto('/#v1/worked/scores?l=zh');
  await page.getByRole('button', { name: /上一步/ }).click();
  await expect(page).toHaveURL(/worked\/setting/);
});

for (const width of [1280, 900, 390]) {
  test(`the chapter bar keeps the active chapter in view at ${width} px, for every chapter`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 800 });
    const problems: string[] = [];
    for (const c of chapters) {
      await openStep(page, c.id, c.steps[0].id, 'zh');
      const inside = await page.evaluate(() => {
        const nav = document.querySelector('.chapter-nav')?.getBoundingClientRect();
        const a = document.querySelector('.chapter-nav [aria-current="page"]')?.getBoundingClientRect();
        return !!nav && !!a && a.left >= nav.left - 1 && a.right <= nav.right + 1;
      });
      if (!inside) problems.push(c.id);
    }
    expect(problems).toEqual([]);
  });
}

test('on a 390×844 phone the chapter chips are whole or the row shows that it scrolls: a cut chip sits under a fade at that end, the current one clear of it', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  const problems: string[] = [];
  for (const lang of ['en', 'zh'] as const) {
    for (const c of chapters) {
      await openStep(page, c.id, c.steps[0].id, lang);
      const found = await page.evaluate(() => {
        const nav = document.querySelector('.chapter-nav') as HTMLElement;
        const box = nav.getBoundingClientRect();
        const fade = (side: 'left' | 'right') => nav.hasAttribute(`data-more-${side}`) && getComputedStyle(nav).maskImage.includes('gradient');
        const out: string[] = [];
        for (const b of nav.querySelectorAll<HTMLElement>('button')) {
          const r = b.getBoundingClientRect();
          const name = b.dataset.chapter;
          if (r.right <= box.left || r.left >= box.right) continue; // wholly scrolled away
          if (r.left < box.left - 1 && !fade('left')) out.push(`${name} cut at the left with no fade`);
          if (r.right > box.right + 1 && !fade('right')) out.push(`${name} cut at the right with no fade`);
          // The current chapter: wholly in view and clear of a faded end (the fade is 1.5rem = 24 px).
          if (b.getAttribute('aria-current') === 'page') {
            if (r.left < box.left + (fade('left') ? 23 : -0.5) || r.right > box.right - (fade('right') ? 23 : -0.5)) out.push(`${name} (current) under a fade or cut`);
          }
        }
        return out;
      });
      problems.push(...found.map((f) => `${lang} ${c.id}: ${f}`));
    }
  }
  expect(problems).toEqual([]);
});

test('the step bar always shows "Step n of N" whole beside the dots: a long chapter name gives way (900 and 1280 px, Chinese)', async ({ page }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  for (const width of [900, 1280]) {
    await page.setViewportSize({ width, height: 720 });
    for (const c of chapters) {
      await openStep(page, c.id, c.steps[0].id, 'zh');
      const cut = await page.evaluate(() => {
        const count = document.querySelector('.step-count') as HTMLElement;
        const box = count.getBoundingClientRect();
        const r = (count.querySelector('strong') as HTMLElement).getBoundingClientRect();
        return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5);
      });
      if (cut) problems.push(`${width} ${c.id}`);
    }
  }
  expect(problems).toEqual([]);
});

test('after a step change on a phone the heading is at the top and focused, also from the step bar’s buttons', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openStep(page, 'worked', 'scores', 'en');
  await page.mouse.wheel(0, 900); // read on, far down the step
  await page.getByRole('button', { name: /Next/ }).first().click();
  const heading = page.locator('main .step-title');
  await expect(heading).toHaveAttribute('data-step', 'scale');
  await expect(heading).toBeFocused();
  const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(844 / 5);
});
