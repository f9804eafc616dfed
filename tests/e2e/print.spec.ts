/** Printed handouts (issue 6): every step of the chapter, with its numbers and formulas, no controls. */
import type { Page } from '@playwright/test';
import { expect, test } from './helpers';

/** Number of page objects in a PDF (each page is a "/Type /Page" dictionary; "/Type /Pages" is the tree). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

const LOWERED = 'ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ₀₁₂₃₄₅₆₇₈₉';
/** A step title as its heading's text: the step bar's title writes a math name as dₖ, the heading as d with a subscript k (text "d k"). */
function asDrawn(title: string): string {
  return title.replace(/[ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ₀-₉]+/g, (s) => ` ${[...s].map((c) => 'aehijklmnoprstuvx0123456789'[LOWERED.indexOf(c)]).join('')}`);
}

/** Opens a chapter and reads its step titles from the step bar. */
async function open(page: Page, hash: string): Promise<string[]> {
  await page.goto(`/${hash}`);
  await expect(page.locator('main h2').first()).toBeVisible();
  return page.locator('.step-dots button').evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
}

for (const lang of ['en', 'zh'] as const) {
  test(`print button renders a ${lang} handout: one page per step, answers shown, no controls`, async ({ page }) => {
    test.setTimeout(60_000);
    const titles = await open(page, `#v1/worked/scores?l=${lang}`);
    expect(titles.length).toBeGreaterThan(1);
    await page.evaluate(() => {
      (window as unknown as { printCalls: number }).printCalls = 0;
      window.print = () => {
        (window as unknown as { printCalls: number }).printCalls++;
      };
    });
    const button = page.locator('[data-action="print"]');
    await expect(button).toHaveText(lang === 'zh' ? '打印讲义' : 'Print handout');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);

    const handout = page.locator('[data-testid="print-handout"]');
    // Rendered before window.print(): every step, every formula drawn by KaTeX.
    await expect(handout.locator('[data-print-step]')).toHaveCount(titles.length);
    await expect(handout.locator('[aria-busy="true"]')).toHaveCount(0);
    expect(await handout.locator('.katex').count()).toBeGreaterThanOrEqual(titles.length - 1);
    await expect(handout).toBeHidden(); // on screen, the handout is never shown

    await page.emulateMedia({ media: 'print' });
    await expect(handout).toBeVisible();
    for (const title of titles) await expect(handout.locator('h2', { hasText: asDrawn(title) }).first()).toBeVisible();
    await expect(page.locator('main')).toBeHidden();
    const visibleButtons = await page.locator('button').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    expect(visibleButtons, 'no button is visible in print').toBe(0);
    await expect(page.locator('.step-bar')).toBeHidden();
    // Predict answers are printed; the guessing controls are not.
    const predicts = handout.locator('.predict');
    if ((await predicts.count()) > 0) {
      await expect(handout.locator('.predict-answer').first()).toBeVisible();
      await expect(handout.locator('.predict-actions').first()).toBeHidden();
    }

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPageCount(pdf), 'at least one page per step').toBeGreaterThanOrEqual(titles.length);
  });
}

test('Ctrl+P path: beforeprint renders the handout at once, afterprint removes it', async ({ page }) => {
  const titles = await open(page, '#v1/worked/setting?l=zh');
  // The formula renderer is warmed up after load (the landing formula is prerendered; KaTeX follows when
  // the browser is idle), so a Ctrl+P once the page has settled already has it.
  await expect(page.locator('main .formula[data-typeset="katex"]').first()).toBeAttached();
  const rendered = await page.evaluate(() => {
    window.dispatchEvent(new Event('beforeprint'));
    // Synchronously after the event, as the browser lays out for print.
    const root = document.querySelector('[data-testid="print-handout"]');
    return { steps: root?.querySelectorAll('[data-print-step]').length ?? 0, katex: root?.querySelectorAll('.katex').length ?? 0 };
  });
  expect(rendered.steps).toBe(titles.length);
  expect(rendered.katex).toBeGreaterThan(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-testid="print-handout"] h2', { hasText: titles[0] }).first()).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('[data-testid="print-handout"]')).toHaveCount(0);
});
