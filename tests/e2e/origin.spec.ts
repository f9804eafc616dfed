import { expect, test } from './helpers';

const value = (page: import('@playwright/test').Page, name: string) => page.locator(`[data-value="${name}"]`);

test.describe('origin: where q, k and v come from', () => {
  test('walks every step by keyboard; presets, picking an entry and the Predict work', async ({ page }) => {
    await page.goto('/#v1/origin/embeddings?l=en');
    await expect(page.getByTestId('step-count')).toContainText('Step 1 of 5');
    await expect(page.getByText(/learned during training/)).toHaveCount(0);

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 2 of 5');
    await expect(page.getByText(/learned during training/)).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 3 of 5');
    await expect(value(page, 'Q.1.1')).toHaveText('2.000');
    // Pick an entry by keyboard: focus it, press Enter; the formula writes it term by term.
    await value(page, 'Q.3.0').focus();
    await page.keyboard.press('Enter');
    await expect(value(page, 'Q.3.0')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.formula[data-tex*="1 \\\\cdot 1 + 0 \\\\cdot 1 + 0 \\\\cdot (-1) + 1 \\\\cdot 0"]')).toHaveCount(1);
    await expect(page.locator('.formula .katex').first()).toBeVisible();
    await page.locator('body').click({ position: { x: 5, y: 5 } });

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 4 of 5');
    await expect(value(page, 'kcat.after')).toHaveCount(0);
    await expect(page.locator('.step-formula .formula')).toHaveCount(0);
    await page.getByRole('radio', { name: 'k_cat doubles' }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(page.getByText('Right!')).toBeVisible();
    await expect(value(page, 'kcat.before')).toHaveText('[0.000, 1.000, 1.000]');
    await expect(value(page, 'kcat.after')).toHaveText('[0.000, 2.000, 2.000]');
    await page.locator('body').click({ position: { x: 5, y: 5 } });

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 5 of 5');
    // The running example's X and W already give article 000's vectors; an edit breaks that.
    await expect(value(page, 'article.verdict')).toContainText('reproduced exactly');
    await page.locator('[data-cell="WK.0.0"]').fill('3');
    await expect(value(page, 'article.verdict')).toContainText('do not reproduce');
    await page.getByRole('button', { name: 'One-hot (X = I)', exact: true }).click();
    await expect(value(page, 'article.verdict')).toContainText('reproduced exactly');
    await expect(value(page, 'article.0')).toHaveText('[1.000, 0.000, 1.000]');
    await expect(page).toHaveURL(/#v1\/origin\/article/);
  });

  test('editing X changes Q; bad input shows a message and keeps the numbers', async ({ page }) => {
    await page.goto('/#v1/origin/projections?l=en');
    const cell = page.locator('[data-cell="X.0.0"]');
    await expect(value(page, 'Q.0.0')).toHaveText('1.000');
    await cell.fill('3');
    await expect(value(page, 'Q.0.0')).toHaveText('3.000');
    await cell.fill('abc');
    await expect(cell).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert')).toContainText('The last valid value 3 is still used');
    await expect(value(page, 'Q.0.0')).toHaveText('3.000');
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByRole('alert')).toContainText('上一个有效值');
  });

  test('d_model and d_k change the shapes, new entries are 0', async ({ page }) => {
    await page.goto('/#v1/origin/projections?l=en');
    await page.getByRole('button', { name: 'Increase d_k' }).click();
    await expect(value(page, 'Q.0.3')).toHaveText('0.000');
    await page.getByRole('button', { name: 'Increase d_model' }).click();
    await expect(page.locator('[data-cell="X.0.4"]')).toHaveValue('0');
    await expect(page).toHaveURL(/origin/);
  });
});
