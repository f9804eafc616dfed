import { expect, test } from './helpers';

const value = (page: import('@playwright/test').Page, name: string) => page.locator(`[data-value="${name}"]`);
const rowStatus = (page: import('@playwright/test').Page) =>
  page.locator('.detail .noq-changes [data-row-status]').evaluateAll((els) => els.map((e) => e.getAttribute('data-row-status')));

test.describe('no-q-cache: why K and V are cached, and Q is not', () => {
  test('walks every step by keyboard; adding "on" keeps earlier rows, the mask switch breaks them', async ({ page }) => {
    await page.goto('/#v1/no-q-cache/sequence?l=en');
    await expect(page.getByTestId('step-count')).toContainText('Step 1 of 6');
    await expect(value(page, 'live.2.2')).toHaveText('0.168');

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 2 of 6');
    // The step opens with "on" added; the comparison waits for the guess.
    await expect(page.getByRole('button', { name: 'Remove “on”' })).toBeVisible();
    await expect(page.locator('.detail .noq-changes')).toHaveCount(0);
    await page.getByRole('radio', { name: 'the new row and the new column' }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(page.getByText('Not quite.')).toBeVisible();
    await expect(page.locator('[data-option="row"]')).toContainText('right answer');
    await expect(value(page, 'noq.entries')).toContainText('4 entries in the new row, 0 in the new column');
    await expect.poll(() => rowStatus(page)).toEqual(['same', 'same', 'same']);
    await expect(page.locator('.detail .verdict').first()).toContainText('same as before');
    for (const i of [0, 1, 2]) await expect(value(page, `dw.${i}`)).toHaveText('0.000');
    await expect(value(page, 'after.3.3')).toContainText('0.410');
    await page.getByRole('button', { name: 'Remove “on”' }).click();
    await expect(page.getByText('is not in the sentence yet')).toBeVisible();
    await page.getByRole('button', { name: 'Add “on”', exact: true }).click();

    // Switching the mask off asks the question again.
    await page.getByRole('switch', { name: /Causal mask/ }).uncheck();
    await expect(page.locator('.detail .noq-changes')).toHaveCount(0);
    await page.getByRole('button', { name: 'Just show me' }).click();
    await expect.poll(() => rowStatus(page)).toEqual(['changed', 'changed', 'changed']);
    await expect(value(page, 'dw.2')).toHaveText('0.348');
    await expect(page.locator('.detail .verdict').first()).toContainText('stale');

    // Editing an earlier query changes how much its row moves; bad input keeps the last value.
    await page.locator('[data-cell="Q.0.0"]').fill('3');
    await expect(value(page, 'dw.0')).not.toHaveText('0.281');
    const moved = await value(page, 'dw.0').textContent();
    await page.locator('[data-cell="Q.0.0"]').press('Tab'); // edit done: bad text in a new edit goes back to 3
    await page.locator('[data-cell="Q.0.0"]').fill('2+*');
    await expect(page.locator('.cell-error:visible').first()).toBeVisible();
    await expect(value(page, 'dw.0')).toHaveText(moved ?? '');
    await page.locator('[data-cell="Q.0.0"]').fill('1');
    await page.locator('[data-cell="Q.0.0"]').blur();
    await page.getByRole('switch', { name: /Causal mask/ }).check();
    await page.getByRole('button', { name: 'Just show me' }).click();
    await expect.poll(() => rowStatus(page)).toEqual(['same', 'same', 'same']);

    await page.locator('h2.step-title').click();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 3 of 6');
    await expect(page.locator('[data-fact="col"]')).toContainText('1 of 4 tokens (on)');

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 4 of 6');
    // Opens with the mask off: the question is about the encoder case.
    await expect(page.getByRole('switch', { name: /Causal mask/ })).not.toBeChecked();
    await page.getByRole('radio', { name: 'only k and v of “on”' }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(page.getByText('Not quite.')).toBeVisible();
    await expect(page.getByText(/so a Q cache\./)).toBeVisible();
    await expect(page.locator('[data-option="qOld"]')).toContainText('right answer');
    await page.getByRole('switch', { name: /Causal mask/ }).check();
    await page.getByRole('radio', { name: /^nothing/ }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(page.getByText('Right!')).toBeVisible();

    await page.locator('h2.step-title').click();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 5 of 6');
    await expect(page.getByRole('heading', { name: 'Switch the mask off, and the old rows break' })).toBeVisible();
    await expect.poll(() => rowStatus(page)).toEqual(['changed', 'changed', 'changed']);
    await page.getByRole('switch', { name: /Causal mask/ }).check();
    await expect(page.getByRole('heading', { name: 'With the mask on again, the old rows hold' })).toBeVisible();
    await expect.poll(() => rowStatus(page)).toEqual(['same', 'same', 'same']);
    await page.locator('h2.step-title').click();

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 6 of 6');
    await expect(page.locator('[data-why="qOld"] td').first()).toHaveText('0 of 3');
    await expect(page.locator('[data-why="qOld"] td').nth(1)).toHaveText('3 of 3');
  });

  test('reads in Chinese; a link to mask-off opens with the mask off and “on” added', async ({ page }) => {
    await page.goto('/#v1/no-q-cache/add-token?l=zh');
    await expect(page.getByRole('heading', { name: /加入“on”/ })).toBeVisible();
    await page.getByRole('button', { name: '直接看答案' }).click();
    await expect(page.locator('.detail .verdict').first()).toContainText('与之前相同');
    await page.goto('/#v1/no-q-cache/mask-off?l=zh');
    await expect(page.getByRole('heading', { name: '关掉掩码，旧的行就失效了' })).toBeVisible();
    await expect(page.getByRole('switch', { name: /因果掩码/ })).not.toBeChecked();
    await expect(page.getByRole('button', { name: '移除“on”' })).toBeVisible();
    await expect.poll(() => rowStatus(page)).toEqual(['changed', 'changed', 'changed']);
  });

  test('the stage: the grid marks unchanged earlier rows "=", hides them until the guess, and links a cell to its q and k', async ({ page }) => {
    await page.goto('/#v1/no-q-cache/add-token?l=en');
    // Before the guess the weights after "on" are not on the stage.
    await expect(page.locator('.stage [data-stage-part="compare"]')).toContainText('hidden until you guess');
    await expect(value(page, 'after.0.0')).toHaveCount(0);
    await page.getByRole('button', { name: 'Just show me' }).click();
    // With the mask every earlier entry is marked "=" (same number as before), the new row "+".
    for (const [i, j] of [[0, 0], [1, 0], [1, 1], [2, 2]]) await expect(value(page, `after.${i}.${j}`)).toContainText('=');
    for (const j of [0, 1, 2, 3]) await expect(value(page, `after.3.${j}`)).toContainText('+');
    // Pointing at a weight lights q of its row and every k its row reads (softmax divides by their sum), nothing else.
    await value(page, 'after.3.1').hover();
    await expect(page.locator('.stage [data-q="nq.3"]')).toHaveAttribute('data-link', 'from');
    for (const j of [0, 1, 2, 3]) await expect(page.locator(`.stage [data-q="nk.${j}"]`)).toHaveAttribute('data-link', 'from');
    await expect(page.locator('.stage [data-q="nq.1"]')).not.toHaveAttribute('data-link', /./);
    // Row 1 reads keys 0 and 1 only: the causal mask hides k of "sat" and "on".
    await value(page, 'after.1.0').hover();
    await expect(page.locator('.stage [data-q="nk.1"]')).toHaveAttribute('data-link', 'from');
    await expect(page.locator('.stage [data-q="nk.3"]')).not.toHaveAttribute('data-link', /./);
    // Keyboard: focusing k of "on" lights its whole column of the grid.
    await page.mouse.move(1, 1);
    await page.locator('[data-cell="K.3.0"]').focus();
    for (const i of [0, 1, 2, 3]) await expect(value(page, `after.${i}.3`)).toHaveAttribute('data-link', 'to');
    // The switch on the stage breaks the earlier rows: "≠" where they moved.
    await page.getByRole('switch', { name: /Causal mask/ }).uncheck();
    await page.getByRole('button', { name: 'Just show me' }).click();
    await expect(value(page, 'after.2.0')).toContainText('≠');
  });

  test('adding "on" on the stage slides its row into the table (at most 200 ms; none with reduced motion)', async ({ page }) => {
    await page.goto('/#v1/no-q-cache/sequence?l=en');
    await expect(page.locator('.stage tr.quiet')).toBeVisible();
    await page.evaluate(() => {
      const w = window as unknown as { started: number };
      w.started = 0;
      document.addEventListener('animationstart', (e) => {
        if ((e.target as Element).closest('.stage tr.new-row')) w.started++;
      });
    });
    await page.getByRole('button', { name: 'Add “on”', exact: true }).click();
    const row = page.locator('.stage tr.new-row');
    await expect(row).toBeVisible();
    await expect.poll(() => page.evaluate(() => (window as unknown as { started: number }).started)).toBeGreaterThan(0);
    const durations = await row.evaluate((r) => [...r.querySelectorAll('th, td')].map((c) => Number.parseFloat(getComputedStyle(c).animationDuration) * 1000));
    for (const d of durations) expect(d).toBeLessThanOrEqual(200);
    // The grid grew by the row and column of "on".
    await expect(value(page, 'live.3.3')).toBeVisible();

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'Remove “on”' }).click();
    await page.getByRole('button', { name: 'Add “on”', exact: true }).click();
    const names = await page.locator('.stage tr.new-row').evaluate((r) => [...r.querySelectorAll('th, td')].map((c) => getComputedStyle(c).animationName));
    expect(names.every((n) => n === 'none')).toBe(true);
  });
});
