import type { Page } from '@playwright/test';
import { expect, test } from './helpers';

/**
 * Chapter `shrink` (issue 13 E): every step walked by keyboard in both languages on the real model; the prompt,
 * the tokens to generate, the budget, the sinks and the block validated with the last valid value kept; the
 * bits chosen by keyboard; the predictions' answers hidden until the guess.
 */

const ready = (page: Page) => page.waitForFunction(() => !document.querySelector('.loading') && !document.querySelector('.formula[aria-busy="true"]'));
const next = async (page: Page, step: string) => {
  await page.locator('h2.step-title').click();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(`h2.step-title[data-step="${step}"]`)).toBeFocused();
  await ready(page);
};
const cell = (page: Page, id: string) => page.locator(`[data-cell="${id}"]`);
const error = (page: Page, id: string) => page.locator(`[data-error="${id}"]`);
const summary = (page: Page) => page.locator('[data-value="summary"]');
/** Types a value into a numeric cell and commits it with Enter. */
const type = async (page: Page, id: string, v: string) => {
  await cell(page, id).fill(v);
  await cell(page, id).press('Enter');
};

test.describe('shrink: sliding window, sinks, H2O and quantization on the real model', () => {
  test('walks every step by keyboard in English; bad inputs keep the last valid values', async ({ page }) => {
    await page.goto('/#v1/shrink/text?l=en');
    await ready(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 1 of 7');
    await expect(page.locator('[role="option"][data-pos]')).toHaveCount(28);
    // The prompt: unknown words and an empty prompt are messages; the last valid prompt stays in use.
    const prompt = page.locator('[data-composer="shrink-prompt"] textarea');
    await prompt.fill('the cat sat on the mta.');
    await prompt.press('Enter');
    await expect(page.locator('[data-composer="shrink-prompt"] .composer-problems')).toContainText('“mta” is not in the model\'s vocabulary.');
    await expect(page.locator('[role="option"][data-pos]')).toHaveCount(28);
    await prompt.fill('');
    await prompt.press('Enter');
    await expect(page.locator('[data-composer="shrink-prompt"] .composer-problems')).toContainText('The sentence is empty.');
    await prompt.press('Escape');
    await expect(page.locator('[data-composer="shrink-prompt"] .composer-problems')).toBeEmpty();
    // Tokens to generate: the prompt and the generated tokens must fit the 64-token context.
    await type(page, 'shrink.gen', '60');
    await expect(error(page, 'shrink.gen')).toContainText('At most 44');
    await type(page, 'shrink.gen', 'abc');
    await expect(error(page, 'shrink.gen')).not.toBeEmpty();
    await expect(page.locator('[role="option"][data-pos]')).toHaveCount(28);
    await type(page, 'shrink.gen', '4');
    await expect(page.locator('[role="option"][data-pos]')).toHaveCount(24);
    await type(page, 'shrink.gen', '8');
    await expect(page.locator('[role="option"][data-pos]')).toHaveCount(28);

    // Sliding window: the budget validated; B ≥ the text's length is the full cache exactly.
    await next(page, 'window');
    await expect(summary(page)).toContainText('1.376 nats');
    await expect(summary(page)).toContainText('23 of 28');
    for (const bad of ['abc', '', '0', '65', '2.5', '1e999']) {
      await type(page, 'shrink.budget', bad);
      await expect(error(page, 'shrink.budget')).not.toBeEmpty();
      await expect(summary(page)).toContainText('1.376 nats');
    }
    await type(page, 'shrink.budget', '28');
    await expect(summary(page)).toContainText('0.000 nats');
    await expect(summary(page)).toContainText('28 of 28');
    await type(page, 'shrink.budget', '8');
    // The stage is a listbox: arrow keys choose the position whose kept rows are drawn.
    const selected = page.locator('[role="option"][aria-selected="true"]');
    await expect(selected).toHaveAttribute('data-pos', '27');
    await selected.focus();
    await page.keyboard.press('Home');
    await expect(selected).toHaveAttribute('data-pos', '0');
    await page.keyboard.press('ArrowRight');
    await expect(selected).toHaveAttribute('data-pos', '1');
    await expect(page.getByTestId('step-count')).toContainText('Step 2 of 7'); // the listbox kept the arrow key
    await page.keyboard.press('End');

    // Sinks: the KL stays hidden until the guess.
    await next(page, 'sinks');
    await expect(page.locator('[role="option"][data-kl]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Just show me' }).click();
    await expect(page.locator('[role="option"][data-kl]')).toHaveCount(28);
    await type(page, 'shrink.sinks', '-1');
    await expect(error(page, 'shrink.sinks')).not.toBeEmpty();

    // H2O: the heavy hitters table.
    await next(page, 'h2o');
    await expect(page.locator('[data-value="heavy"]')).toBeVisible();
    await expect(summary(page)).toContainText('1.146 nats');

    // The budget sweep: one plot per measure, the policy picked by keyboard.
    await next(page, 'budget');
    await expect(page.locator('.shrink-plot > svg')).toHaveCount(2);

    // Quantization: bits by keyboard, the block validated.
    await next(page, 'quantize');
    await expect(page.locator('[data-value="bytes"]')).toContainText('2,256');
    await page.getByRole('radio', { name: 'int2' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('radio', { name: 'int4' })).toBeChecked();
    await expect(page.locator('[data-value="bytes"]')).not.toContainText('2,256');
    await type(page, 'shrink.block', '0');
    await expect(error(page, 'shrink.block')).not.toBeEmpty();
    await type(page, 'shrink.block', 'abc');
    await expect(error(page, 'shrink.block')).not.toBeEmpty();
    await page.getByRole('radio', { name: 'int2' }).check();
    await expect(page.locator('[data-value="bytes"]')).toContainText('2,256');

    // KIVI: guess which layout keeps the outputs closest at 2 bits; the answer only after the guess.
    await next(page, 'kivi');
    await expect(page.locator('[role="option"][data-kl]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Just show me' }).click();
    await expect(page.locator('[role="option"][data-kl]')).toHaveCount(28);
    await expect(page.getByTestId('step-count')).toContainText('Step 7 of 7');
  });

  test('walks every step by keyboard in Chinese, messages in Chinese', async ({ page }) => {
    await page.goto('/#v1/shrink/text?l=zh');
    await ready(page);
    await expect(page.getByTestId('step-count')).toContainText('第 1 步，共 7 步');
    await type(page, 'shrink.gen', '１００');
    await expect(error(page, 'shrink.gen')).not.toBeEmpty();
    await expect(error(page, 'shrink.gen')).not.toContainText(/[A-Za-z]{3,}/);
    await next(page, 'window');
    await type(page, 'shrink.budget', '');
    await expect(error(page, 'shrink.budget')).toContainText('上一个有效值 8');
    await type(page, 'shrink.budget', '65');
    await expect(error(page, 'shrink.budget')).toContainText('上一个有效值 8');
    await next(page, 'sinks');
    await page.getByRole('button', { name: '直接看答案' }).click();
    await expect(page.locator('[role="option"][data-kl]')).not.toHaveCount(0);
    for (const step of ['h2o', 'budget', 'quantize']) await next(page, step);
    await expect(page.getByRole('radio', { name: 'int2' })).toBeChecked();
    await next(page, 'kivi');
    await page.getByRole('button', { name: '直接看答案' }).click();
    await expect(page.getByTestId('step-count')).toContainText('第 7 步，共 7 步');
  });
});
