import { expect, test } from './helpers';
import { settled } from './walk';

type Page = import('@playwright/test').Page;
const value = (page: Page, name: string) => page.locator(`[data-value="${name}"]`);
const next = async (page: Page) => {
  await page.locator('h2.step-title').click();
  await page.keyboard.press('ArrowRight');
};
/** Every visible weight of query head i's heatmap, as text. */
const weights = (page: Page, i: number) => page.locator(`[data-value^="w${i}."]`).allTextContents();

test.describe('heads: multi-head attention and what each head caches', () => {
  test('walks every step by keyboard; h, K/V heads and the predict moment work', async ({ page }) => {
    await page.goto('/#v1/heads/split?l=en');
    await settled(page, { chapter: 'heads', step: 'split' });
    await expect(page.getByTestId('step-count')).toContainText('Step 1 of 6');
    await expect(value(page, 'shape.Q')).toHaveText('[1, 2, 4, 2]');
    await page.locator('[data-cell="h.4"]').check();
    await expect(value(page, 'shape.Q')).toHaveText('[1, 4, 4, 1]');
    await page.locator('[data-cell="h.2"]').check();

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 2 of 6');
    await expect(value(page, 'w0.0.0')).toHaveText('1.000');
    await expect(value(page, 'w1.0.1')).toHaveText(/^0\s✕\(masked\)$/);
    // The two heads attend differently with the defaults.
    expect(await weights(page, 0)).not.toEqual(await weights(page, 1));
    // Each head's columns carry its colour: W_Q's columns 3–4 belong to head 2.
    await expect(page.locator('.matrix-cells').first().locator('thead th.hc-1')).toHaveCount(2);
    await expect(page.locator('.head-map.hc-1')).toHaveCount(1);

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 3 of 6');
    const share0 = await value(page, 'part.0.0').textContent();
    await expect(value(page, 'out.3.0')).toBeVisible();
    // Editing a row of W_O that belongs to head 2 changes head 2's share, not head 1's.
    await page.locator('[data-cell="WO.2.0"]').fill('3');
    await page.locator('[data-cell="WO.2.0"]').press('Enter');
    await expect(value(page, 'part.0.0')).toHaveText(share0 ?? '');
    await page.getByRole('button', { name: 'Restore the seeded values' }).click();

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 4 of 6');
    await expect(value(page, 'share.cache')).toContainText('2 × 2 × 2 = 8 numbers');
    const mha = await weights(page, 1);
    await page.locator('[data-cell="kv.1"]').check();
    await expect(value(page, 'share.cache')).toContainText('2 × 1 × 2 = 4 numbers');
    await expect(value(page, 'group.1')).toContainText('K/V head 1');
    await expect(page.locator('[data-cell="WK.0.3"]')).toBeDisabled();
    // Head 2 now reads head 1's keys: its weights change on screen.
    await expect.poll(() => weights(page, 1)).not.toEqual(mha);

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 5 of 6');
    await expect(page.getByText('1 KiB', { exact: true })).toBeHidden();
    await page.getByRole('radio', { name: 'The cache is 1/4 of MHA\'s; attention needs as many multiply-adds as MHA' }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(page.getByText('Right!')).toBeVisible();
    await expect(page.getByText('1 KiB instead of 4 KiB')).toBeVisible();

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 6 of 6');
    await expect(value(page, 'mla.mla.elems')).toHaveText('576');
    await expect(value(page, 'mla.mha.elems')).toHaveText('40,960');
    await expect(value(page, 'mla.mla.bytes')).toContainText('70,272 B');
    await expect(page).toHaveURL(/#v1\/heads\/mla/);
  });

  test('editing a weight changes that head; bad input shows a message and keeps the numbers', async ({ page }) => {
    await page.goto('/#v1/heads/per-head?l=en');
    await settled(page, { chapter: 'heads', step: 'per-head' });
    const before = await value(page, 'w0.2.0').textContent();
    const other = await value(page, 'w1.2.0').textContent();
    await page.locator('[data-cell="WK.0.0"]').fill('3');
    await page.locator('[data-cell="WK.0.0"]').press('Tab'); // edit done: bad text in a new edit goes back to 3
    await expect(value(page, 'w0.2.0')).not.toHaveText(before ?? '');
    await expect(value(page, 'w1.2.0')).toHaveText(other ?? '');
    const changed = await value(page, 'w0.2.0').textContent();
    await page.locator('[data-cell="WK.0.0"]').fill('abc(');
    await expect(page.getByRole('alert').first()).toContainText('last valid value');
    await expect(value(page, 'w0.2.0')).toHaveText(changed ?? '');
  });

  test('reads in Chinese: the MLA source names its config.json in Chinese', async ({ page }) => {
    await page.goto('/#v1/heads/mla?l=zh');
    await settled(page, { chapter: 'heads', step: 'mla' });
    await expect(page.getByText('数值来自 Hugging Face 上 deepseek-ai/DeepSeek-V3 的 config.json：')).toBeVisible();
    await expect(page.getByText('1/71.1')).toBeVisible();
  });
});

test('heads stage: the K/V-head choice regroups the query heads on the stage; pointing at a K/V head lights the heads that read it', async ({ page }) => {
  await page.goto('/#v1/heads/share-kv?l=en');
  await settled(page, { chapter: 'heads', step: 'share-kv' });
  const stage = page.locator('.stage[data-stage="heads"]');
  await expect(stage.locator('.kv-group')).toHaveCount(2);
  await stage.locator('[data-cell="kv.1"]').check();
  // MQA: one K/V head box holding both query heads, each still named (colour is never the only cue).
  await expect(stage.locator('.kv-group')).toHaveCount(1);
  await expect(stage.locator('.kv-group .q-head')).toHaveCount(2);
  await expect(stage.locator('.kv-group .q-head').nth(1)).toContainText('head 2');
  await expect(stage.locator('[data-value="group.1"]')).toHaveText('head 2 reads K/V head 1');
  await stage.locator('[data-q="kvh.0"]').focus();
  await expect(stage.locator('[data-q="kvh.0"]')).toHaveAttribute('data-link', 'self');
  await expect(stage.locator('[data-q="qh.1"]')).toHaveAttribute('data-link', 'to');
  await expect(stage.locator('[data-q="mho"]')).toHaveAttribute('data-link', 'to');
});
