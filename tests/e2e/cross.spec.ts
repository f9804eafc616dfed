import { expect, test } from './helpers';

type Page = import('@playwright/test').Page;
const value = (page: Page, name: string) => page.locator(`[data-value="${name}"]`);
const rows = (page: Page, cache: string) => page.locator(`[data-cache="${cache}"]`).getAttribute('data-rows');
const next = async (page: Page) => {
  await page.locator('h2.step-title').click();
  await page.keyboard.press('ArrowRight');
};

test.describe('cross: the encoder cache is filled once', () => {
  test('walks every step by keyboard; predict before decoding; the cross cache stays at 5 rows while the self cache grows', async ({ page }) => {
    await page.goto('/#v1/cross/two-sources?l=en');
    await expect(page.getByTestId('step-count')).toContainText('Step 1 of 4');
    await expect(page.getByText('projected by this decoder layer', { exact: false }).first()).toBeVisible();
    await expect(page.locator('.narrative')).toContainText('猫坐在垫子上');

    // The prediction comes before any cache is shown: no cache table, no row count on the step.
    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 2 of 4');
    await expect(page.locator('[data-cache]')).toHaveCount(0);
    await expect(page.locator('#lesson')).not.toContainText('5 rows');
    await page.getByRole('radio', { name: /one per source word/ }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(page.getByText('Right!')).toBeVisible();
    await expect(value(page, 'crossRows.3')).toHaveText('5');

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 3 of 4');
    await expect.poll(() => rows(page, 'cross')).toBe('5');
    await expect.poll(() => rows(page, 'self')).toBe('1');
    await expect(page.getByText('Self-attention cache: 1 row', { exact: true })).toBeVisible();
    const w0 = await value(page, 'crossW.0.0').textContent();
    for (const self of ['2', '3', '4']) {
      await page.getByRole('button', { name: 'Next token ▶' }).click();
      await expect.poll(() => rows(page, 'self')).toBe(self);
      await expect.poll(() => rows(page, 'cross')).toBe('5');
    }
    await expect(page.getByRole('button', { name: 'Next token ▶' })).toBeDisabled();

    // Editing a cross key changes the cross weights; bad input shows a message and keeps the numbers.
    await page.locator('[data-cell="Kenc.0.0"]').fill('3');
    await page.locator('[data-cell="Kenc.0.0"]').press('Enter');
    await expect(value(page, 'crossW.0.0')).not.toHaveText(w0 ?? '');
    const edited = await value(page, 'crossW.0.0').textContent();
    await page.locator('[data-cell="Kenc.0.0"]').fill('1/');
    await expect(page.locator('.cell-error:visible').first()).toBeVisible();
    await expect(value(page, 'crossW.0.0')).toHaveText(edited ?? '');

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 4 of 4');
    for (const i of [0, 1, 2, 3]) await expect(value(page, `crossRows.${i}`)).toHaveText('5');
    await expect(value(page, 'selfRows.0')).toHaveText('1');
    await expect(value(page, 'selfRows.3')).toHaveText('4');
  });

  test('row-counts loaded directly opens after the last token', async ({ page }) => {
    await page.goto('/#v1/cross/row-counts?l=en');
    await expect(page.getByTestId('step-count')).toContainText('Step 4 of 4');
    await expect(page.locator('.step-formula')).toContainText('4');
    await expect(page.locator('.step-formula')).not.toContainText('1 rows');
    await expect(page.locator('.cross-counts tr.emph')).toContainText('on');
  });

  test('reads in Chinese', async ({ page }) => {
    await page.goto('/#v1/cross/decode-steps?l=zh');
    await expect(page.getByText('交叉注意力缓存：5 行')).toBeVisible();
    await expect(page.getByText('自注意力缓存：1 行')).toBeVisible();
  });
});
