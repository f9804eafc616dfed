import { expect, test } from './helpers';
import { settled } from './walk';

const value = (page: import('@playwright/test').Page, name: string) => page.locator(`[data-value="${name}"]`);

test.describe('origin: where q, k and v come from', () => {
  test('walks every step by keyboard; presets, picking an entry and the Predict work', async ({ page }) => {
    await page.goto('/#v1/origin/embeddings?l=en');
    await settled(page, { chapter: 'origin', step: 'embeddings' });
    await expect(page.getByTestId('step-count')).toContainText('Step 1 of 5');
    await expect(page.getByText(/learned during training/)).toHaveCount(0);

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 2 of 5');
    await expect(page.getByText(/learned during training/)).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 3 of 5');
    await expect(value(page, 'Q.1.1')).toHaveText('2');
    // Pick an entry by keyboard: focus it, press Enter; the formula writes it term by term.
    await value(page, 'Q.3.0').focus();
    await page.keyboard.press('Enter');
    await expect(value(page, 'Q.3.0')).toHaveAttribute('aria-pressed', 'true');
    // Term by term, each factor linked to its cell on the stage: x_on = [1, 0, 0, 1] with column 1 of W_Q = [1, 1, −1, 0].
    // The formula follows the pick a frame later: wait for it (a retrying check) before reading the rest.
    const formula = page.locator('.step-formula .formula');
    await expect(formula).toHaveAttribute('data-tex', /q=q\.3\.0/);
    const tex = await formula.getAttribute('data-tex');
    expect(tex).toContain('\\htmlData{q=x.3.0}{1} \\cdot \\htmlData{q=wq.0.0}{1} + \\htmlData{q=x.3.1}{0} \\cdot \\htmlData{q=wq.1.0}{1}');
    expect(tex).toContain('\\htmlData{q=x.3.2}{0} \\cdot \\htmlData{q=wq.2.0}{(-1)} + \\htmlData{q=x.3.3}{1} \\cdot \\htmlData{q=wq.3.0}{0}');
    expect(tex).toContain('= 1 + 0 + 0 + 0 = \\htmlData{q=q.3.0}{1}');
    await expect(page.locator('.formula .katex').first()).toBeVisible();
    await page.locator('body').click({ position: { x: 5, y: 5 } });

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 4 of 5');
    await expect(value(page, 'kcat.after')).toHaveCount(0);
    await expect(page.locator('.step-formula .formula')).toHaveCount(0);
    await page.getByRole('radio', { name: 'k cat doubles' }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(page.getByText('Right!')).toBeVisible();
    await expect(value(page, 'kcat.before')).toHaveText('[0, 1, 1]');
    await expect(value(page, 'kcat.after')).toHaveText('[0, 2, 2]');
    await page.locator('body').click({ position: { x: 5, y: 5 } });

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 5 of 5');
    // The running example's X and W already give article 000's vectors; an edit breaks that.
    await expect(value(page, 'article.verdict')).toContainText('reproduced exactly');
    await page.locator('[data-cell="WK.0.0"]').fill('3');
    await expect(value(page, 'article.verdict')).toContainText('do not reproduce');
    await page.getByRole('button', { name: 'One-hot (X = I)', exact: true }).click();
    await expect(value(page, 'article.verdict')).toContainText('reproduced exactly');
    await expect(value(page, 'article.0')).toContainText('[1, 0, 1]');
    await expect(value(page, 'article.0')).toHaveAttribute('data-equal', 'true');
    await expect(value(page, 'K.0.0')).toHaveText('1');
    await expect(page).toHaveURL(/#v1\/origin\/article/);
  });

  test('editing X changes Q; bad input shows a message and keeps the numbers', async ({ page }) => {
    await page.goto('/#v1/origin/projections?l=en');
    await settled(page, { chapter: 'origin', step: 'projections' });
    const cell = page.locator('[data-cell="X.0.0"]');
    await expect(value(page, 'Q.0.0')).toHaveText('1');
    await cell.fill('3');
    await expect(value(page, 'Q.0.0')).toHaveText('3');
    await cell.press('Tab'); // edit done: bad text in a new edit goes back to 3
    await cell.fill('abc');
    await expect(cell).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert')).toContainText('The last valid value 3 is still used');
    await expect(value(page, 'Q.0.0')).toHaveText('3');
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByRole('alert')).toContainText('上一个有效值');
  });

  test('d_model and d_k change the shapes, new entries are 0', async ({ page }) => {
    await page.goto('/#v1/origin/projections?l=en');
    await settled(page, { chapter: 'origin', step: 'projections' });
    await page.getByRole('button', { name: 'Increase dₖ' }).click();
    await expect(value(page, 'Q.0.3')).toHaveText('0');
    await page.getByRole('button', { name: 'Increase d model' }).click();
    await expect(page.locator('[data-cell="X.0.4"]')).toHaveValue('0');
    await expect(page).toHaveURL(/origin/);
  });

  test('the stage: pointing at or focusing an entry of q, k, v lights its row of X, its column of W and the formula term', async ({ page }) => {
    await page.goto('/#v1/origin/projections?l=en');
    await settled(page, { chapter: 'origin', step: 'projections' });
    const at = (id: string, scope = '.stage') => page.locator(`${scope} [data-q="${id}"]`);
    // Keyboard: Tab-focus q of "cat", dimension 2 (a button on the stage).
    await value(page, 'Q.1.1').focus();
    await expect(at('q.1.1')).toHaveAttribute('data-link', 'self');
    for (let m = 0; m < 4; m++) await expect(at(`x.1.${m}`)).toHaveAttribute('data-link', 'from');
    for (let m = 0; m < 4; m++) await expect(at(`wq.${m}.1`)).toHaveAttribute('data-link', 'from');
    await expect(at('x.0.0')).not.toHaveAttribute('data-link', /./);
    await expect(at('wq.0.0')).not.toHaveAttribute('data-link', /./);
    await expect(at('k.1.1')).not.toHaveAttribute('data-link', /./);
    // The formula explains this entry: its terms light up too (pressing picks it).
    await page.keyboard.press('Enter');
    await expect(at('q.1.1', '.formula').first()).toHaveAttribute('data-link', 'self');
    await expect(at('x.1.2', '.formula').first()).toHaveAttribute('data-link', 'from');
    // Pointer: hovering an embedding entry lights every entry it feeds (its token's q, k, v), nothing of other tokens.
    await at('x.2.0').hover();
    await expect(at('x.2.0')).toHaveAttribute('data-link', 'self');
    await expect(at('k.2.0')).toHaveAttribute('data-link', 'to');
    await expect(at('v.2.2')).toHaveAttribute('data-link', 'to');
    await expect(at('k.1.0')).not.toHaveAttribute('data-link', /./);
    // The step's parts are emphasised on the stage; an edit there changes the results beside it.
    await expect(page.locator('.stage [data-stage-part="result"].part-emph').first()).toBeVisible();
    await page.locator('[data-cell="WK.0.0"]').fill('2');
    await expect(value(page, 'K.0.0')).toHaveText('2');
    await expect(value(page, 'K.3.0')).toHaveText('2');
    await expect(value(page, 'K.1.0')).toHaveText('0');
  });
});
