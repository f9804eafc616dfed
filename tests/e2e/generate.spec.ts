import { expect, test } from './helpers';

const value = (page: import('@playwright/test').Page, name: string) => page.locator(`[data-value="${name}"]`);
const text = async (page: import('@playwright/test').Page, name: string) => (await value(page, name).textContent()) ?? '';

test.describe('generation: prefill, decode, no cache, cost, benchmark', () => {
  test('walks every step by keyboard; the cache grows; outputs agree exactly', async ({ page }) => {
    await page.goto('/#v1/generate/prefill?l=en');
    await expect(page.getByTestId('step-count')).toContainText('Step 1 of 5');
    await expect(value(page, 'cache.length')).toHaveText('3 rows');
    await expect(value(page, 'prefillWeights.0.1')).toHaveText('0 (masked)');
    await expect(page.getByText('computed in prefill (all at once)')).toHaveCount(3);

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 2 of 5');
    await expect(value(page, 'cache.length')).toHaveText('4 rows');
    await expect(page.getByText('read from the cache')).toHaveCount(3);
    await expect(page.locator('tr.new-row')).toHaveCount(1);
    await page.getByRole('button', { name: 'Next token ▶' }).click();
    await expect(value(page, 'cache.length')).toHaveText('5 rows');
    await page.getByRole('button', { name: 'Next token ▶' }).click();
    await expect(value(page, 'cache.length')).toHaveText('6 rows');
    await expect(page.getByText('read from the cache')).toHaveCount(5);
    await expect(page.getByRole('button', { name: 'Next token ▶' })).toBeDisabled();
    await page.getByRole('button', { name: '◀ Previous token' }).click();
    await expect(value(page, 'cache.length')).toHaveText('5 rows');
    await expect(value(page, 'weights.0.4')).toBeVisible(); // one query row over 5 keys

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 3 of 5');
    await expect(value(page, 'maxDiff')).toHaveText('0.000');
    const raw = Number(await value(page, 'maxDiff').getAttribute('data-raw'));
    expect(raw).toBeLessThan(1e-12);
    for (const i of [0, 1, 2]) await expect(value(page, `cached.${i}`)).toHaveText(await text(page, `uncached.${i}`));

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 4 of 5');
    await expect(value(page, 'macs.cached.0')).toHaveText('60');
    await expect(value(page, 'macs.uncached.0')).toHaveText('204');
    await expect(value(page, 'predict.ratio')).toBeHidden();
    await page.getByRole('radio', { name: '100 to 1,000 times' }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(page.getByText('Right!')).toBeVisible();
    await expect(value(page, 'predict.ratio')).toContainText('Ratio at N = 512');

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 5 of 5');
    await expect(page).toHaveURL(/#v1\/generate\/benchmark/);
  });

  test('editing an embedding changes the outputs; bad input shows a message and keeps the numbers', async ({ page }) => {
    await page.goto('/#v1/generate/no-cache?l=en');
    const before = await text(page, 'cached.2');
    const first = await text(page, 'cached.0');
    await page.locator('[data-cell="X.5.0"]').fill('3');
    await expect(value(page, 'cached.2')).not.toHaveText(before);
    await expect(value(page, 'cached.0')).toHaveText(first); // "mat" cannot change the output of "on"
    await expect(value(page, 'maxDiff')).toHaveText('0.000');
    const edited = await text(page, 'cached.2');

    await page.locator('[data-cell="X.5.0"]').fill('abc');
    await expect(page.locator('[data-error="X.5.0"]')).toContainText('last valid value 3');
    await expect(value(page, 'cached.2')).toHaveText(edited);
    await page.locator('[data-cell="X.5.0"]').press('Escape');
    await page.getByRole('button', { name: 'Reset to the running example' }).click();
    await expect(value(page, 'cached.2')).toHaveText(before);
  });

  test('the benchmark runs, shows a speed-up and a plot, and can be stopped', async ({ page }) => {
    test.setTimeout(120_000);
    // Guess on the cost step for N = 64, then measure: the guess is set beside the count and the measurement.
    await page.goto('/#v1/generate/cost?l=en&generate=benchN:64');
    await page.getByRole('radio', { name: 'more than 1,000 times' }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(page.getByText('Not quite.')).toBeVisible();
    await page.locator('h2.step-title').click();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#v1\/generate\/benchmark/);
    await expect(page.getByLabel('Tokens to generate N (d = 64)')).toHaveValue('64');
    await page.getByRole('button', { name: 'Run the benchmark' }).click();
    await expect(page.locator('[data-status="done"]')).toBeVisible({ timeout: 90_000 });
    await expect(value(page, 'bench.vsGuess')).toContainText(/Counting multiply-adds predicts 29\.8\d*× for N = 64/);
    await expect(value(page, 'bench.vsGuess')).toContainText('Your guess on the previous step: more than 1,000 times. The count says: 10 to 100 times.');
    const speedup = await text(page, 'bench.speedup');
    const x = Number(/([\d.]+)×/.exec(speedup)?.[1]);
    expect(x).toBeGreaterThan(1);
    await expect(page.locator('svg.bench-plot polyline')).toHaveCount(2);
    await page.getByRole('button', { name: 'Show as a table' }).click();
    await expect(page.getByRole('table', { name: 'Measured time per token at the sampled positions' })).toBeVisible();

    await page.getByLabel('Tokens to generate N (d = 64)').selectOption('4096');
    await page.getByRole('button', { name: 'Run the benchmark' }).click();
    await expect(page.locator('[data-status="running"]')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Stop' })).toBeEnabled();
    // The page stays responsive while it runs: step navigation still answers.
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(page.locator('[data-status="stopped"]')).toBeVisible();
    await expect(page.getByText('Stopped. Run again whenever you like.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Run the benchmark' })).toBeEnabled();
  });
});
