import { expect, test } from './helpers';

const value = (page: import('@playwright/test').Page, name: string) => page.locator(`[data-value="${name}"]`);

test.describe('worked example: The cat sat → on', () => {
  test('the landing step is complete before KaTeX’s script arrives: its formula is drawn typeset from data; KaTeX takes over for an edit', async ({ page }) => {
    // Hold KaTeX's script (not its stylesheet) until the test lets it go.
    let release: () => void = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    const scripts: string[] = [];
    await page.route(/\/assets\/katex-[\w-]+\.js$/, async (route) => {
      scripts.push(route.request().url());
      await held;
      await route.continue();
    });
    await page.goto('/#v1/worked/setting?l=zh');
    const formula = page.locator('.step-formula .formula');
    await expect(formula.locator('.katex-html')).toBeVisible();
    await expect(formula).toHaveAttribute('aria-busy', 'false');
    await expect(formula).toHaveAttribute('data-typeset', 'prerendered');
    await expect(formula.locator('.katex-mathml annotation')).toHaveText(/q_\{\\text\{on\}\} = \[1,\\ 1,\\ 2\]/);
    // Typeset, not raw TeX: KaTeX's layout (its stylesheet applied) and no TeX source as text.
    expect(await formula.locator('.katex-html').evaluate((e) => getComputedStyle(e.querySelector('.katex-base') as Element).whiteSpace)).toBe('nowrap');
    await expect(formula.locator('.katex-html')).not.toContainText('\\text');
    // An edit needs KaTeX: once it has loaded, the formula follows the new number.
    release();
    await page.locator('[data-cell="q.0"]').fill('3');
    await page.keyboard.press('Enter');
    await expect(formula.locator('.katex-mathml annotation')).toHaveText(/\[3,\\ 1,\\ 2\]/);
    await expect(formula).toHaveAttribute('data-typeset', 'katex');
    expect(scripts.length).toBe(1);
  });

  test('steps through all seven steps by keyboard with the exact numbers', async ({ page }) => {
    await page.goto('/#v1/worked/setting?l=en');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('step-count')).toContainText('Step 1 of 7');

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 2 of 7');
    await expect(value(page, 'scores.0')).toHaveText('3.000');
    await expect(value(page, 'scores.1')).toHaveText('3.000');
    await expect(value(page, 'scores.2')).toHaveText('2.000');
    await expect(page.locator('.formula[data-tex*="(1 \\\\cdot 1) + (1 \\\\cdot 0) + (2 \\\\cdot 1) = 3.000"]')).toHaveCount(1);
    await expect(page.locator('.formula .katex').first()).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(value(page, 'scaled.0')).toHaveText('1.732');
    await expect(value(page, 'scaled.2')).toHaveText('1.155');

    await page.keyboard.press('ArrowRight');
    await expect(page.getByText('What share of the attention weight will “sat” get?')).toBeVisible();
    await expect(value(page, 'weights.0')).toHaveCount(0);
    // Nothing on the step gives the answer away: no weights, no formula, no erratum before the guess.
    await expect(page.locator('.step-formula .formula')).toHaveCount(0);
    await expect(page.getByText('≈ [0.45, 0.45, 0.10]')).toHaveCount(0);
    await page.getByRole('radio', { name: 'less than 15 %' }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(page.getByText('Not quite.')).toBeVisible();
    await expect(page.locator('[data-option="b1"]')).toContainText('right answer');
    await expect(value(page, 'weights.0')).toHaveText('0.390');
    await expect(value(page, 'weights.1')).toHaveText('0.390');
    await expect(value(page, 'weights.2')).toHaveText('0.219');
    await expect(page.getByText('≈ [0.45, 0.45, 0.10]')).toBeVisible();
    await expect(page.locator('.formula[data-tex*="= 0.390"]')).toHaveCount(1);

    await page.keyboard.press('ArrowRight');
    await expect(value(page, 'output.0')).toHaveText('0.310');
    await expect(value(page, 'output.1')).toHaveText('0.295');
    await expect(value(page, 'output.2')).toHaveText('0.478');

    await page.keyboard.press('ArrowRight');
    await expect(page.locator('tr.new-row [data-cell="kOn.0"]')).toBeVisible();
    await expect(value(page, 'realWeights.3')).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 7 of 7');
    await page.keyboard.press('Home');
    await expect(page.getByTestId('step-count')).toContainText('Step 1 of 7');
    await page.keyboard.press('End');
    await expect(page.getByTestId('step-count')).toContainText('Step 7 of 7');
    await expect(page).toHaveURL(/#v1\/worked\/summary/);
  });

  test('headings and text follow the scaling switch', async ({ page }) => {
    await page.goto('/#v1/worked/scale?l=en');
    await expect(page.getByRole('heading', { name: 'Scaling: divide by √d k' })).toBeVisible();
    await page.getByLabel('Divide the scores by √d k').uncheck();
    await expect(page.getByRole('heading', { name: 'Scaling switched off: the scores go in unchanged' })).toBeVisible();
    await expect(page.locator('.narrative')).not.toContainText('divided by √3 ≈');
    await expect(page.getByText('never 1 for a single token')).toBeVisible();
    // The unscaled and the "scaled" bars are the same numbers on the same axis: the same share of the track.
    const share = (name: string) => value(page, name).locator('xpath=..').locator('.bar-fill').evaluate((e) => (e as HTMLElement).style.width);
    expect(await share('scaled.0')).toBe(await share('scores.0'));
    await page.getByLabel('Divide the scores by √d k').check();
    await expect(value(page, 'scaled.0')).toHaveText('1.732');
    expect(Number.parseFloat(await share('scaled.0'))).toBeCloseTo(Number.parseFloat(await share('scores.0')) / Math.sqrt(3), 1);
    await page.getByLabel('Divide the scores by √d k').uncheck();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.narrative')).toContainText('not scaled: the switch is off');
  });

  test('q = [0, 0, 0] gives uniform weights', async ({ page }) => {
    await page.goto('/#v1/worked/weights?l=en');
    await page.getByRole('button', { name: 'Just show me' }).click();
    // The first edit waits for the cell parser, which loads after the first screen.
    await page.locator('[data-cell="q.0"]').fill('0');
    await expect(value(page, 'weights.0')).not.toHaveText('0.390');
    for (const j of [1, 2]) await page.locator(`[data-cell="q.${j}"]`).fill('0');
    for (const i of [0, 1, 2]) await expect(value(page, `weights.${i}`)).toHaveText('0.333');
    // The formula (typeset right after the numbers) catches up with the same digits.
    await expect(page.locator('.step-formula .formula')).toHaveAttribute('data-tex', /\\frac\{1\.000\}\{\\htmlData\{q=wsum\}\{3\.000\}\} = 0\.333/);
    await expect(page.locator('.step-formula .katex-mathml annotation')).toContainText('= 0.333');
    await expect(page.locator('[data-cell="q.0"]')).toHaveAttribute('aria-label', /edited/);
    await page.getByRole('button', { name: "Restore the article's values" }).click();
    await expect(value(page, 'weights.0')).toHaveText('0.390');
  });

  test('bad input shows a message in the current language and keeps the numbers', async ({ page }) => {
    await page.goto('/#v1/worked/scores?l=en');
    const cell = page.locator('[data-cell="K.0.0"]');
    for (const bad of ['abc', '', '1e999', 'f(x)=x', 'x'.repeat(10_000)]) {
      await cell.fill(bad);
      await expect(cell).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByRole('alert')).toContainText('The last valid value 1 is still used');
      await expect(value(page, 'scores.0')).toHaveText('3.000');
    }
    await page.keyboard.press('Escape');
    await expect(cell).toHaveAttribute('aria-invalid', 'false');
    await cell.fill('1/sqrt(3)');
    await expect(value(page, 'scores.0')).toHaveText('2.577');
    await cell.fill('abc');
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByRole('alert')).toContainText('上一个有效值');
  });

  test('the d control changes every vector and √d_k', async ({ page }) => {
    await page.goto('/#v1/worked/scale?l=en');
    await page.getByRole('button', { name: 'Increase d' }).click();
    await expect(page.locator('[data-cell="q.3"]')).toHaveValue('0');
    await expect(value(page, 'scaled.0')).toHaveText('1.500');
  });

  test('language switch is remembered and a reload keeps the step', async ({ page }) => {
    await page.goto('/#v1/worked/output');
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('加权求和：按权重混合各个值');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('一步一步看懂 KV 缓存');
    // The page has written the step it opened into the address bar (nothing of it still pending).
    await expect(page).toHaveURL(/#v1\/worked\/setting\?l=zh$/);
    await page.goto('/#v1/worked/self-attend?l=en');
    // The reader sees the linked step before reloading it (the English messages load first).
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('The real decoder: “on” also looks at itself');
    await page.reload();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('The real decoder: “on” also looks at itself');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
