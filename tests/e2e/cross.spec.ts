import { expect, test } from './helpers';

const value = (page: import('@playwright/test').Page, name: string) => page.locator(`[data-value="${name}"]`);
const rows = (page: import('@playwright/test').Page, cache: string) => page.locator(`[data-cache="${cache}"]`).getAttribute('data-rows');

test.describe('cross: the encoder cache is filled once', () => {
  test('walks every step by keyboard; the cross cache stays at 4 rows while the self cache grows', async ({ page }) => {
    await page.goto('/#v1/cross/two-sources?l=en');
    await expect(page.getByTestId('step-count')).toContainText('Step 1 of 4');
    await expect(page.getByText('the encoder\'s output (computed once)').first()).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 2 of 4');
    await expect.poll(() => rows(page, 'cross')).toBe('4');
    await expect.poll(() => rows(page, 'self')).toBe('1');
    const w0 = await value(page, 'crossW.0.0').textContent();
    await page.getByRole('button', { name: 'Next token ▶' }).click();
    await expect.poll(() => rows(page, 'self')).toBe('2');
    await expect.poll(() => rows(page, 'cross')).toBe('4');
    await page.getByRole('button', { name: 'Next token ▶' }).click();
    await expect.poll(() => rows(page, 'self')).toBe('3');
    await expect.poll(() => rows(page, 'cross')).toBe('4');
    await expect(page.getByRole('button', { name: 'Next token ▶' })).toBeDisabled();

    // Editing an encoder key changes the cross weights; bad input shows a message and keeps the numbers.
    await page.locator('[data-cell="Kenc.0.0"]').fill('3');
    await expect(value(page, 'crossW.0.0')).not.toHaveText(w0 ?? '');
    const edited = await value(page, 'crossW.0.0').textContent();
    await page.locator('[data-cell="Kenc.0.0"]').fill('1/');
    await expect(page.locator('.cell-error:visible').first()).toBeVisible();
    await expect(value(page, 'crossW.0.0')).toHaveText(edited ?? '');

    await page.locator('h2.step-title').click();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 3 of 4');
    await expect(value(page, 'crossRows.2')).toBeHidden();
    await page.getByRole('radio', { name: /one per source token/ }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(page.getByText('Right!')).toBeVisible();
    await expect(value(page, 'crossRows.2')).toHaveText('4');

    await page.locator('h2.step-title').click();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 4 of 4');
    for (const i of [0, 1, 2]) await expect(value(page, `crossRows.${i}`)).toHaveText('4');
    await expect(value(page, 'selfRows.0')).toHaveText('1');
    await expect(value(page, 'selfRows.2')).toHaveText('3');
  });

  test('reads in Chinese', async ({ page }) => {
    await page.goto('/#v1/cross/decode-steps?l=zh');
    await expect(page.getByText('交叉注意力缓存：4 行')).toBeVisible();
  });
});
