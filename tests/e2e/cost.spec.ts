import type { Page } from '@playwright/test';
import { expect, test } from './helpers';
import { settled } from './walk';

const value = (page: Page, name: string) => page.locator(`[data-value="${name}"]`);
/** The chapter's view is a lazily loaded chunk: allow a busy machine time for the first paint. */
const LOAD = { timeout: 20_000 };
const next = async (page: Page) => {
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
};

test.describe('cost: time, memory and sparsity', () => {
  test('walks every step by keyboard; predict, precision and sparsity controls work', async ({ page }) => {
    await page.goto('/#v1/cost/time?l=en');
    await settled(page, { chapter: 'cost', step: 'time' });
    await expect(page.locator('.step-layout')).toBeVisible(LOAD);
    await expect(page.getByTestId('step-count')).toContainText('Step 1 of 4');
    await expect(value(page, 'cost.full')).toHaveText('2.200 × 10¹²');
    await expect(value(page, 'cost.decode')).toHaveText('1.074 × 10⁹');
    // Nothing on the step states how the full pass grows before the guess: not the legend, not the formula.
    await expect(page.locator('.step-layout')).not.toContainText('∝ S²', { useInnerText: true });
    await expect(page.locator('.step-layout')).not.toContainText('S^2', { useInnerText: true });
    await expect(page.locator('.step-layout')).not.toContainText('grows with S²', { useInnerText: true });
    await page.getByRole('radio', { name: '× 4' }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(page.getByText('Right!')).toBeVisible();
    await expect(value(page, 'cost.fullGrowth')).toHaveText('4.00×');
    await expect(page.locator('.plot-legend')).toContainText('full causal pass (≈ ∝ S²)');

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 2 of 4');
    await expect(value(page, 'cost.cache')).toContainText('2,147,483,648 bytes = 2 GiB');
    // Text and plot agree: with a standard kernel the text says the scores outgrow the cache and the plot draws the scores;
    // with a fused kernel the text says the cache is the bottleneck and the plot draws the kernel's small extra memory.
    await expect(page.locator('.narrative')).toContainText('beyond S = 8,192');
    await expect(value(page, 'cost.scores')).toBeVisible();
    await page.locator('[data-cell="kernel.fused"]').check();
    await expect(page.locator('.narrative')).toContainText('never writes the S × S scores');
    await expect(value(page, 'cost.scores')).toHaveCount(0);
    await expect(value(page, 'cost.fused')).toContainText('1 MiB');
    await expect(page.locator('.plot-legend')).toContainText('fused kernel');
    await page.getByRole('radio', { name: 'fp32 (4 bytes)' }).check();
    await expect(value(page, 'cost.cache')).toContainText('4 GiB');

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 3 of 4');
    await expect(value(page, 'cost.decodeI')).toHaveText('0.500');
    await page.getByRole('radio', { name: 'fp16 (2 bytes)' }).check();
    await expect(value(page, 'cost.decodeI')).toHaveText('1.00');
    await expect(value(page, 'cost.prefillI')).toHaveText('2,050');

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 4 of 4');
    await expect(value(page, 'sp.masked')).toBeHidden();
    await page.getByRole('button', { name: 'Just show me' }).click();
    await expect(value(page, 'sp.masked')).toHaveText('66');
    await page.locator('[data-cell="T"]').fill('8');
    await expect(value(page, 'sp.masked')).toHaveText('28');
    await expect(value(page, 'sp.total')).toHaveText('64');
    await expect(value(page, 'sp.7.7')).toBeVisible();
    await expect(page).toHaveURL(/#v1\/cost\/sparsity/);
  });

  test('sparsity: cells below ε are marked (not by colour alone), ε moves the marks, every column fits', async ({ page }) => {
    await page.goto('/#v1/cost/sparsity?l=en');
    await settled(page, { chapter: 'cost', step: 'sparsity' });
    await expect(page.locator('.step-layout')).toBeVisible(LOAD);
    await page.getByRole('button', { name: 'Just show me' }).click();
    const marked = page.locator('.sp-grid td[data-below="true"]');
    const below = Number(await value(page, 'sp.below').textContent());
    await expect(marked).toHaveCount(below);
    await expect(marked.first()).toHaveText('○');
    await page.locator('[data-eps="0.1"]').click();
    const more = Number(await value(page, 'sp.below').textContent());
    expect(more).toBeGreaterThan(below);
    await expect(marked).toHaveCount(more);
    // The exact weight on keyboard focus; arrow keys move inside the grid and do not change the step.
    // (The pointer leaves the grid first: a cell under it shows its own weight on hover.)
    await page.mouse.move(0, 0);
    await page.locator('.sp-grid td[tabindex="0"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect(value(page, 'sp.readout')).toContainText('key 2');
    await expect(page.getByTestId('step-count')).toContainText('Step 4 of 4');
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 800 });
      const grid = await page.locator('.sp-grid').boundingBox();
      const last = await page.locator('.sp-grid thead th').last().boundingBox();
      // The grid sits on the stage: its last column stays inside it.
      const panel = await page.locator('.stage').boundingBox();
      expect(grid && last && panel).toBeTruthy();
      if (grid && last && panel) expect(last.x + last.width).toBeLessThanOrEqual(panel.x + panel.width + 0.5);
    }
  });

  test('editing S changes the counts; bad input shows a message and the numbers stay', async ({ page }) => {
    await page.goto('/#v1/cost/time?l=en');
    await settled(page, { chapter: 'cost', step: 'time' });
    await expect(page.locator('.step-layout')).toBeVisible(LOAD);
    await page.locator('[data-cell="S"]').fill('8192');
    await expect(value(page, 'cost.full')).toHaveText('8.797 × 10¹²');
    await page.locator('[data-cell="S"]').press('Tab'); // edit done: bad text in a new edit goes back to 8192
    await page.locator('[data-cell="S"]').fill('1.5');
    await expect(page.locator('[data-error="S"]')).toContainText('whole number');
    await expect(value(page, 'cost.full')).toHaveText('8.797 × 10¹²');
    await page.locator('[data-cell="S"]').fill('');
    await expect(page.getByRole('alert').first()).toContainText('last valid value');
    await expect(value(page, 'cost.full')).toHaveText('8.797 × 10¹²');
  });

  test('ε presets and free entry change the share; ε outside (0, 1) is refused', async ({ page }) => {
    await page.goto('/#v1/cost/sparsity?l=en');
    await settled(page, { chapter: 'cost', step: 'sparsity' });
    await expect(page.locator('.step-layout')).toBeVisible(LOAD);
    await page.getByRole('button', { name: 'Just show me' }).click();
    const below = await value(page, 'sp.below').textContent();
    await page.locator('[data-eps="0.1"]').click();
    await expect(value(page, 'sp.below')).not.toHaveText(below ?? '');
    const at01 = await value(page, 'sp.below').textContent();
    await page.locator('[data-cell="eps"]').fill('2');
    await expect(page.locator('[data-error="eps"]')).toContainText('Type a number from 1 × 10⁻⁹ to 0.999');
    await expect(value(page, 'sp.below')).toHaveText(at01 ?? '');
  });
});

test('cost stage: the sizes on it drive both lanes; the full pass counts its pairs only after the guess', async ({ page }) => {
  await page.goto('/#v1/cost/time?l=en');
  await settled(page, { chapter: 'cost', step: 'time' });
  const lanes = page.locator('.stage[data-stage="cost"] .cost-lane');
  await expect(lanes).toHaveCount(2);
  await expect(lanes.first()).not.toContainText('S(S+1)/2');
  await page.locator('.stage [data-cell="S"]').fill('8');
  await page.locator('.stage [data-cell="S"]').press('Enter');
  await expect(lanes.nth(1)).toContainText('S = 8 q·k per head and layer');
  await page.getByRole('radio', { name: '× 4' }).check();
  await page.getByRole('button', { name: 'Check my guess' }).click();
  await expect(lanes.first()).toContainText('S(S+1)/2 = 36 q·k per head and layer');
  // Linked highlighting: focusing S lights both counts and their ratio; focusing the ratio lights its sources.
  await page.locator('.stage [data-cell="S"]').focus();
  await expect(page.locator('.stage [data-q="cq.S"]')).toHaveAttribute('data-link', 'self');
  await expect(page.locator('.stage [data-q="cq.full"]')).toHaveAttribute('data-link', 'to');
  await expect(page.locator('.stage [data-q="cq.ratio"]')).toHaveAttribute('data-link', 'to');
  await page.locator('.stage [data-q="cq.ratio"]').focus();
  await expect(page.locator('.stage [data-q="cq.decode"]')).toHaveAttribute('data-link', 'from');
  await expect(page.locator('.stage [data-q="cq.L"]')).toHaveAttribute('data-link', 'from');
});
