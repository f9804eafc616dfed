import { expect, test } from './helpers';

const value = (page: import('@playwright/test').Page, name: string) => page.locator(`[data-value="${name}"]`);
const next = async (page: import('@playwright/test').Page) => {
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
};

test.describe('heads: multi-head attention and what each head caches', () => {
  test('walks every step by keyboard; h, K/V heads and the predict moment work', async ({ page }) => {
    await page.goto('/#v1/heads/split?l=en');
    await expect(page.getByTestId('step-count')).toContainText('Step 1 of 6');
    await expect(value(page, 'shape.Q')).toHaveText('[1, 2, 3, 2]');
    await page.locator('[data-cell="h.4"]').check();
    await expect(value(page, 'shape.Q')).toHaveText('[1, 4, 3, 1]');
    await page.locator('[data-cell="h.2"]').check();

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 2 of 6');
    await expect(value(page, 'w0.0.0')).toHaveText('1.000');
    await expect(value(page, 'w1.0.1')).toHaveText(/^0\.000 ✕/);

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 3 of 6');
    await expect(value(page, 'out.2.0')).toBeVisible();

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 4 of 6');
    await expect(value(page, 'share.cache')).toContainText('2 × 2 × 2 = 8 numbers');
    await page.locator('[data-cell="kv.1"]').check();
    await expect(value(page, 'share.cache')).toContainText('2 × 1 × 2 = 4 numbers');
    await expect(value(page, 'group.1')).toContainText('K/V 1');
    await expect(page.locator('[data-cell="WK.0.3"]')).toBeDisabled();

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 5 of 6');
    await page.getByRole('radio', { name: '4 × smaller' }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(page.getByText('Right!')).toBeVisible();
    await expect(page.getByText('4.000 KiB per token per layer')).toBeVisible();

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 6 of 6');
    await expect(value(page, 'mla.mla.elems')).toHaveText('576');
    await expect(value(page, 'mla.mha.elems')).toHaveText('32,768');
    await expect(value(page, 'mla.mla.bytes')).toContainText('70,272 B');
    await expect(page).toHaveURL(/#v1\/heads\/mla/);
  });

  test('editing a weight changes that head; bad input shows a message and keeps the numbers', async ({ page }) => {
    await page.goto('/#v1/heads/per-head?l=en');
    const before = await value(page, 'w0.2.0').textContent();
    const other = await value(page, 'w1.2.0').textContent();
    await page.locator('[data-cell="WK.0.0"]').fill('3');
    await expect(value(page, 'w0.2.0')).not.toHaveText(before ?? '');
    await expect(value(page, 'w1.2.0')).toHaveText(other ?? '');
    const changed = await value(page, 'w0.2.0').textContent();
    await page.locator('[data-cell="WK.0.0"]').fill('abc(');
    await expect(page.getByRole('alert').first()).toContainText('last valid value');
    await expect(value(page, 'w0.2.0')).toHaveText(changed ?? '');
  });
});
