import { expect, test } from './helpers';
import { settled } from './walk';

const value = (page: import('@playwright/test').Page, name: string) => page.locator(`[data-value="${name}"]`);
const next = async (page: import('@playwright/test').Page) => {
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
};

test.describe('memory: the KV-cache calculator', () => {
  test('walks every step by keyboard: predict, formula, presets, plot, MLA', async ({ page }) => {
    await page.goto('/#v1/memory/guess?l=en');
    await settled(page, { chapter: 'memory', step: 'guess' });
    await expect(page.getByTestId('step-count')).toContainText('Step 1 of 5');
    await expect(value(page, 'guess.answer')).toBeHidden();
    await page.getByRole('radio', { name: '1 GiB', exact: true }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(page.getByText('Right!')).toBeVisible();
    await expect(value(page, 'guess.answer')).toContainText('1,073,741,824 B = 1 GiB');

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 2 of 5');
    await expect(value(page, 'total.exact')).toHaveText('1,073,741,824 B');
    await page.locator('[data-cell="tokens"]').fill('16384');
    await expect(value(page, 'total.binary')).toHaveText('2 GiB');

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 3 of 5');
    await page.locator('[data-cell="preset"]').selectOption('llama2-7b');
    await expect(value(page, 'perToken.exact')).toHaveText('524,288 B');
    await expect(value(page, 'perToken.binary')).toHaveText('512 KiB');
    await expect(page.locator('.preset-source')).toContainText('config.json of meta-llama/Llama-2-7b-hf on Hugging Face');
    await page.locator('[data-cell="preset"]').selectOption('falcon-7b');
    await expect(value(page, 'perToken.exact')).toHaveText('8,192 B');
    await page.locator('[data-cell="preset"]').selectOption('qwen2.5-7b');
    await expect(value(page, 'perToken.exact')).toHaveText('57,344 B');

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 4 of 5');
    await expect(page.locator('.size-plot svg')).toBeVisible();
    // Your T and the model's context limit (from its config.json) are marked; GPUs are drawn in GiB.
    await expect(page.locator('[data-marker="T"]')).toHaveAttribute('data-tokens', '16384');
    await expect(page.locator('[data-marker="context"]')).toHaveAttribute('data-tokens', '131072');
    await expect(page.locator('[data-gpu="h200"]')).toContainText('140.4 GiB');
    await page.locator('[data-cell="preset"]').selectOption('mistral-7b');
    await expect(page.locator('[data-cell="window"]')).toHaveValue('4,096');
    await expect(page.locator('[data-marker="window"]')).toHaveAttribute('data-tokens', '4096');
    await page.locator('[data-cell="tokens"]').fill('32768');
    await expect(value(page, 'total.binary')).toHaveText('512 MiB');
    await expect(value(page, 'window.kept')).toContainText('4,096');
    await page.getByRole('button', { name: 'Linear scale' }).click();
    await expect(page.getByRole('button', { name: 'Linear scale' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Show the data table' }).click();
    await expect(page.getByRole('table', { name: 'The plotted numbers' })).toBeVisible();

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 5 of 5');
    await page.getByRole('button', { name: 'Load DeepSeek-V3' }).click();
    await page.locator('[data-cell="tokens"]').fill('1');
    await page.locator('[data-cell="dtype"]').selectOption('bf16');
    await expect(value(page, 'perToken.exact')).toHaveText('70,272 B');
    await expect(page).toHaveURL(/#v1\/memory\/mla/);
  });

  test('bad input shows a message and the last valid numbers stay', async ({ page }) => {
    await page.goto('/#v1/memory/formula?l=en');
    await settled(page, { chapter: 'memory', step: 'formula' });
    await expect(value(page, 'total.exact')).toHaveText('1,073,741,824 B');
    await page.locator('[data-cell="layers"]').fill('1001');
    await expect(page.getByRole('alert')).toContainText('whole number from 1 to 1,000');
    await expect(value(page, 'total.exact')).toHaveText('1,073,741,824 B');
    await page.locator('[data-cell="kvHeads"]').fill('3');
    await expect(page.getByRole('alert').last()).toContainText('must divide the 32 query heads');
    await expect(value(page, 'total.exact')).toHaveText('1,073,741,824 B');
    await page.locator('[data-cell="layers"]').fill('16');
    await expect(value(page, 'total.exact')).toHaveText('536,870,912 B');
  });
});

test('memory stage: the inputs sit on the formula; focusing a factor lights the size it feeds and its term in the formula', async ({ page }) => {
  await page.goto('/#v1/memory/formula?l=en');
  await settled(page, { chapter: 'memory', step: 'formula' });
  const stage = page.locator('.stage[data-stage="memory"]');
  await expect(stage.locator('[data-value="total.exact"]')).toHaveText('1,073,741,824 B');
  await stage.locator('[data-cell="layers"]').focus();
  await expect(stage.locator('[data-q="mem.L"]')).toHaveAttribute('data-link', 'self');
  await expect(stage.locator('[data-q="mem.total"]')).toHaveAttribute('data-link', 'to');
  await expect(page.locator('.formula [data-q="mem.L"]').first()).toHaveAttribute('data-link', 'self');
  await expect(page.locator('.formula [data-q="mem.total"]')).toHaveAttribute('data-link', 'to');
  // The prediction step keeps the size hidden on the stage until the guess.
  await page.goto('/#v1/memory/guess?l=en');
  await settled(page, { chapter: 'memory', step: 'guess' });
  await expect(page.locator('.stage [data-value="total.exact"]')).toHaveCount(0);
  await page.getByRole('radio', { name: '1 GiB', exact: true }).check();
  await page.getByRole('button', { name: 'Check my guess' }).click();
  await expect(page.locator('.stage [data-value="total.exact"]')).toHaveText('1,073,741,824 B');
});

test('the plot names the chosen model on a slide too, where the model picker is folded away', async ({ page }) => {
  for (const lang of ['en', 'zh'] as const) {
    await page.goto(`/#v1/memory/plot?l=${lang}`);
    await page.locator('h2.step-title').click();
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveAttribute('data-projector', /.*/);
    await expect(page.locator('[data-cell="preset"]')).toBeHidden();
    const legend = page.locator('.plot-legend li').first();
    await expect(legend).toBeVisible();
    await expect(legend).toContainText(lang === 'en' ? 'Llama-3-8B (8 K/V heads)' : 'Llama-3-8B（8 个键值头）');
    await expect(legend.locator('[lang="en"]')).toHaveText('Llama-3-8B');
    // Another model: the legend follows it (the picker is in the normal view).
    await page.keyboard.press('p');
    await page.locator('[data-cell="preset"]').selectOption('mistral-7b');
    await page.locator('h2.step-title').click();
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveAttribute('data-projector', /.*/);
    await expect(legend).toContainText('Mistral-7B');
    await expect(legend).toBeInViewport();
    await page.keyboard.press('p');
    await page.locator('[data-cell="preset"]').selectOption('llama3-8b');
    await page.locator('h2.step-title').click();
  }
});
