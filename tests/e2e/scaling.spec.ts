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

test.describe('scaling: why divide by √d_k', () => {
  test('walks every step by keyboard; d_k, re-roll and the predict moment work', async ({ page }) => {
    await page.goto('/#v1/scaling/spread?l=en');
    await settled(page, { chapter: 'scaling', step: 'spread' });
    await expect(page.locator('.step-layout')).toBeVisible(LOAD);
    await expect(page.getByTestId('step-count')).toContainText('Step 1 of 4');
    await expect(value(page, 'expected.unscaled')).toHaveText('8.000');
    const std64 = await value(page, 'std.unscaled').textContent();
    expect(Number(std64)).toBeGreaterThan(7.5);
    expect(Number(std64)).toBeLessThan(8.5);

    // The slider is keyboard-operable: one step right is d_k = 65.
    await page.getByRole('slider', { name: 'Key length dₖ (slider)' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-cell="dk"]')).toHaveValue('65');
    await expect(value(page, 'expected.unscaled')).toHaveText('8.062');

    // Re-rolling draws new vectors: the measured spread changes.
    const before = await value(page, 'std.unscaled').textContent();
    await page.locator('[data-control="reroll"]').click();
    await expect(value(page, 'std.unscaled')).not.toHaveText(before ?? '');

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 2 of 4');
    await expect(value(page, 'ranges.std.256')).toBeVisible();
    await expect(value(page, 'ranges.std.65')).toBeVisible();

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 3 of 4');
    await expect(value(page, 'row.summary')).toBeHidden();
    // Nothing on the step says what the unscaled softmax does before the guess (no "near 1", no "saturates").
    for (const telltale of ['near 1', 'saturat', 'one weight']) {
      await expect(page.locator('#lesson')).not.toContainText(telltale, { useInnerText: true });
    }
    await page.getByRole('button', { name: 'Just show me' }).click();
    await expect(value(page, 'row.summary')).toContainText('Largest weight');
    await expect(value(page, 'raw.0')).toBeVisible();
    await expect(page.locator('.predict-feedback')).toContainText('saturates');

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 4 of 4');
    await expect(value(page, 'takeaway.max')).toContainText('Largest weight');
    await expect(page).toHaveURL(/#v1\/scaling\/takeaway/);
  });

  test('at d_k = 256 the unscaled row saturates: predicting "0.900 or more" is right', async ({ page }) => {
    await page.goto('/#v1/scaling/saturation?l=en');
    await settled(page, { chapter: 'scaling', step: 'saturation' });
    await expect(page.locator('.step-layout')).toBeVisible(LOAD);
    await page.locator('[data-cell="dk"]').fill('256');
    await page.getByRole('radio', { name: /0\.900 or more/ }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(page.getByText('Right!')).toBeVisible();
  });

  test('editing d_k changes the spread; bad input shows a message and the numbers stay', async ({ page }) => {
    await page.goto('/#v1/scaling/spread?l=en');
    await settled(page, { chapter: 'scaling', step: 'spread' });
    await expect(page.locator('.step-layout')).toBeVisible(LOAD);
    await page.locator('[data-cell="dk"]').fill('256');
    await page.locator('[data-cell="dk"]').press('Tab'); // edit done: bad text in a new edit goes back to 256
    await expect(value(page, 'expected.unscaled')).toHaveText('16.000');
    const std = await value(page, 'std.unscaled').textContent();
    expect(Number(std)).toBeGreaterThan(15);

    await page.locator('[data-cell="dk"]').fill('12.5');
    await expect(page.locator('[data-error="dk"]')).toContainText('whole number from 1 to 512');
    await expect(value(page, 'expected.unscaled')).toHaveText('16.000');
    await expect(value(page, 'std.unscaled')).toHaveText(std ?? '');

    await page.locator('[data-cell="dk"]').fill('abc(');
    await expect(page.getByRole('alert').first()).toContainText('last valid value');
    await expect(value(page, 'std.unscaled')).toHaveText(std ?? '');
  });

  test('the stage: d_k sits on ÷√d_k; the row shows q·kᵢ → ÷√d_k → softmax, hidden until the guess, and links each number to where it goes', async ({ page }) => {
    await page.goto('/#v1/scaling/saturation?l=en');
    await settled(page, { chapter: 'scaling', step: 'saturation' });
    const at = (id: string) => page.locator(`.stage [data-q="${id}"]`);
    // Scores and scaled scores are on the stage; the weights wait for the guess ("?").
    await expect(at('s.0')).toBeVisible(LOAD);
    await expect(at('w.0')).toHaveCount(0);
    await expect(page.locator('.stage .scaling-row td.stage-blank').first()).toContainText('?');
    await page.getByRole('button', { name: 'Just show me' }).click();
    await expect(at('w.0')).toBeVisible();
    await expect(at('wr.0')).toBeVisible();
    // Pointing at a score lights its scaled score and every weight of the row (softmax normalises the row).
    await at('s.1').hover();
    await expect(at('st.1')).toHaveAttribute('data-link', 'to');
    await expect(at('st.2')).not.toHaveAttribute('data-link', /./);
    await expect(at('w.5')).toHaveAttribute('data-link', 'to');
    await expect(at('wr.5')).toHaveAttribute('data-link', 'to');
    // d_k is a control on the stage, on the ÷√d_k part: a larger d_k widens the unscaled scores.
    const before = Number((await at('s.5').textContent())?.replace('−', '-'));
    await page.locator('.stage [data-cell="dk"]').fill('256');
    await expect(page.locator('.stage [data-stage-part="scaled"] [data-cell="dk"]')).toHaveValue('256');
    await expect.poll(async () => Math.abs(Number((await at('s.5').textContent())?.replace('−', '-')))).toBeGreaterThan(Math.abs(before));
  });
});
