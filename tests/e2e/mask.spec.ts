import { expect, test } from './helpers';

const value = (page: import('@playwright/test').Page, name: string) => page.locator(`[data-value="${name}"]`);

test.describe('mask: the attention matrix and the causal mask', () => {
  test('walks every step by keyboard; the switch flips the upper triangle between −∞ and numbers', async ({ page }) => {
    await page.goto('/#v1/mask/scores?l=en');
    await expect(page.getByTestId('step-count')).toContainText('Step 1 of 6');
    await expect(value(page, 'scores.3.3')).toHaveText('4.000');
    await expect(value(page, 'scores.0.1')).toHaveText('0.000');
    await expect(value(page, 'scores.1.0')).toHaveText('1.000');

    await page.keyboard.press('ArrowRight');
    await expect(value(page, 'scaled.3.3')).toHaveText('2.309');

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 3 of 6');
    // The masked scores are the question's material; the weights of row "cat" are the answer.
    await expect(value(page, 'masked.1.2')).toHaveText('−∞');
    await expect(value(page, 'masked.0.1')).toHaveText('−∞');
    await expect(value(page, 'masked.1.1')).toHaveText('1.732');
    await expect(value(page, 'catRow.causal.0')).toHaveCount(0);
    await page.getByRole('radio', { name: 'The, cat keep their old weights' }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(page.getByText('Not quite.')).toBeVisible();
    await expect(page.locator('[data-option="share"]')).toContainText('right answer');
    await expect(page.locator('[data-option="keep"]')).toContainText('your guess');
    await expect(value(page, 'catRow.causal.2')).toHaveText('0.000');
    await expect(value(page, 'catRow.causal.3')).toHaveText('0.000');
    const sw = page.getByRole('switch', { name: /Causal mask/ });
    await expect(sw).toHaveAttribute('aria-checked', 'true');
    await sw.press('Space');
    await expect(sw).toHaveAttribute('aria-checked', 'false');
    await expect(value(page, 'masked.0.1')).toHaveText('0.000');
    await expect(value(page, 'masked.1.2')).toHaveText('1.155');
    await sw.press('Enter');
    await expect(value(page, 'masked.0.1')).toHaveText('−∞');
    await page.locator('body').click({ position: { x: 5, y: 5 } });

    await page.keyboard.press('ArrowRight');
    await expect(value(page, 'weights.0.0')).toContainText('1.000');
    await expect(value(page, 'weights.0.1')).toHaveText(/^0\s✕\(masked\)$/);
    await expect(value(page, 'rowSums')).toContainText('[1.000, 1.000, 1.000, 1.000]');

    await page.keyboard.press('ArrowRight');
    await expect(value(page, 'modes.verdict')).toContainText('Unchanged');
    await page.getByRole('switch', { name: /Causal mask/ }).click();
    await expect(value(page, 'modes.verdict')).toContainText('Changed');
    await page.getByRole('switch', { name: /Causal mask/ }).click();
    await page.locator('body').click({ position: { x: 5, y: 5 } });

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 6 of 6');
    await expect(value(page, 'block.0.3')).toHaveText('−∞');
    await expect(value(page, 'block.1.3')).not.toHaveText('−∞');
    await expect(value(page, 'topLeft.0.1')).toHaveText('−∞');
    await page.getByRole('button', { name: 'More queries' }).click();
    await expect(value(page, 'block.2.3')).toBeVisible();
    await expect(page.getByText('Exactly the same weights as the last rows')).toBeVisible();
    await expect(page).toHaveURL(/#v1\/mask\/query-block/);
  });

  test('editing Q changes the scores; bad input shows a message and keeps the numbers', async ({ page }) => {
    await page.goto('/#v1/mask/scores?l=en');
    const cell = page.locator('[data-cell="Q.0.0"]');
    await cell.fill('2');
    await expect(value(page, 'scores.0.0')).toHaveText('2.000');
    await cell.press('Tab'); // the edit is done: 2 is now the value a new edit starts from
    await cell.fill('1e999');
    await expect(cell).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert')).toContainText('The last valid value 2 is still used');
    await expect(value(page, 'scores.0.0')).toHaveText('2.000');
  });

  test('the stage: a grid cell lights its query row of Q and key row of K; the switch sits on the grid it changes', async ({ page }) => {
    await page.goto('/#v1/mask/causal-mask?l=en');
    const at = (id: string, scope = '.stage') => page.locator(`${scope} [data-q="${id}"]`);
    // Pointer: the masked score of query "cat" against key "The".
    await value(page, 'masked.1.0').hover();
    await expect(value(page, 'masked.1.0')).toHaveAttribute('data-link', 'self');
    await expect(at('mq.1')).toHaveAttribute('data-link', 'from');
    await expect(at('mk.0')).toHaveAttribute('data-link', 'from');
    await expect(at('masked.r.1')).toHaveAttribute('data-link', 'from');
    await expect(at('masked.c.0')).toHaveAttribute('data-link', 'from');
    await expect(at('mq.2')).not.toHaveAttribute('data-link', /./);
    await expect(at('mk.1')).not.toHaveAttribute('data-link', /./);
    // The same quantity in the formula (row "cat" is written out) lights up too.
    await expect(at('masked.1.0', '.formula').first()).toHaveAttribute('data-link', 'self');
    // Keyboard: focusing a key cell lights the whole column of the grid that it feeds (the pointer leaves first: it wins while it points).
    await page.mouse.move(1, 1);
    await page.locator('[data-cell="K.3.0"]').focus();
    await expect(at('mk.3')).toHaveAttribute('data-link', 'self');
    for (let i = 0; i < 4; i++) await expect(value(page, `masked.${i}.3`)).toHaveAttribute('data-link', 'to');
    await expect(value(page, 'masked.3.2')).not.toHaveAttribute('data-link', /./);
    // The switch is on the stage beside the grid; the step's grid part is emphasised.
    await expect(page.locator('.stage [role="switch"]')).toBeVisible();
    await expect(page.locator('.stage [data-stage-part="masked"].part-emph')).toBeVisible();
    await page.locator('.stage [role="switch"]').click();
    await expect(value(page, 'masked.0.1')).toHaveText('0.000');
    // An edit on the stage changes the grid beside it.
    await page.locator('[data-cell="Q.0.1"]').fill('3');
    await expect(value(page, 'masked.0.1')).toHaveText('1.732');
  });

  test('a heatmap is a grid a keyboard points into: one Tab stop, arrows move between cells and light each row and column, the step stays', async ({ page }) => {
    await page.goto('/#v1/mask/causal-mask?l=en');
    const at = (id: string) => page.locator(`.stage [data-q="${id}"]`);
    const grid = page.locator('.stage table.heatmap[role="grid"]').first();
    await expect(grid.locator('td.heat[tabindex="0"]')).toHaveCount(1);
    await grid.locator('td.heat[tabindex="0"]').focus();
    await expect(value(page, 'masked.0.0')).toBeFocused();
    await expect(value(page, 'masked.0.0')).toHaveAttribute('data-link', 'self');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await expect(value(page, 'masked.1.1')).toBeFocused();
    await expect(value(page, 'masked.1.1')).toHaveAttribute('data-link', 'self');
    await expect(at('masked.r.1')).toHaveAttribute('data-link', 'from');
    await expect(at('masked.c.1')).toHaveAttribute('data-link', 'from');
    await expect(value(page, 'masked.0.0')).not.toHaveAttribute('data-link', /./);
    await page.keyboard.press('End'); // the row's last key, not the chapter's last step
    await expect(value(page, 'masked.1.3')).toBeFocused();
    await expect(page).toHaveURL(/#v1\/mask\/causal-mask/);
    await expect(page.locator('main .step-title[data-step="causal-mask"]')).toBeVisible();
    // Tab leaves the grid in one press and comes back to the cell last pointed at.
    await page.keyboard.press('Tab');
    await expect(value(page, 'masked.1.3')).not.toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(value(page, 'masked.1.3')).toBeFocused();
    // Page Down (a clicker) still changes the step from inside the grid.
    await page.keyboard.press('PageDown');
    await expect(page).not.toHaveURL(/#v1\/mask\/causal-mask/);
  });
});
