import { expect, test } from './helpers';

type Page = import('@playwright/test').Page;
const value = (page: Page, name: string) => page.locator(`[data-value="${name}"]`);
const rows = (page: Page, cache: string) => page.locator(`[data-cache="${cache}"]`).getAttribute('data-rows');
/** The current decoder token's cross-attention weight on the first source word (猫), on the stage. */
const crossW0 = (page: Page) => page.locator('.stage [data-q="cw.0"]');
const next = async (page: Page) => {
  await page.locator('h2.step-title').click();
  await page.keyboard.press('ArrowRight');
};

test.describe('cross: the encoder cache is filled once', () => {
  test('walks every step by keyboard; predict before decoding; the cross cache stays at 5 rows while the self cache grows', async ({ page }) => {
    await page.goto('/#v1/cross/two-sources?l=en');
    await expect(page.getByTestId('step-count')).toContainText('Step 1 of 4');
    await expect(page.getByText("this decoder layer's W K or W V", { exact: false }).first()).toBeVisible();
    await expect(page.locator('.narrative')).toContainText('猫坐在垫子上');

    // The prediction comes before any cache is shown: no cache table, no row count on the step.
    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 2 of 4');
    await expect(page.locator('[data-cache]')).toHaveCount(0);
    await expect(page.locator('#lesson')).not.toContainText('5 rows');
    await page.getByRole('radio', { name: /one per source word/ }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(page.getByText('Right!')).toBeVisible();
    await expect(value(page, 'crossRows.3')).toHaveText('5');

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 3 of 4');
    await expect.poll(() => rows(page, 'cross')).toBe('5');
    await expect.poll(() => rows(page, 'self')).toBe('1');
    await expect(page.getByText('Self-attention cache: 1 row', { exact: true })).toBeVisible();
    const w0 = await crossW0(page).textContent();
    for (const self of ['2', '3', '4']) {
      await page.getByRole('button', { name: 'Step ▸' }).click();
      await expect.poll(() => rows(page, 'self')).toBe(self);
      await expect.poll(() => rows(page, 'cross')).toBe('5');
    }
    await expect(page.getByRole('button', { name: 'Step ▸' })).toBeDisabled();

    // Editing a cross key changes the cross weights; bad input shows a message and keeps the numbers.
    await page.locator('[data-cell="Kenc.0.0"]').fill('3');
    await page.locator('[data-cell="Kenc.0.0"]').press('Tab'); // edit done: bad text in a new edit goes back to 3
    await expect(crossW0(page)).not.toHaveText(w0 ?? '');
    const edited = await crossW0(page).textContent();
    await page.locator('[data-cell="Kenc.0.0"]').fill('1/');
    await expect(page.locator('.cell-error:visible').first()).toBeVisible();
    await expect(crossW0(page)).toHaveText(edited ?? '');

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 4 of 4');
    for (const i of [0, 1, 2, 3]) await expect(value(page, `crossRows.${i}`)).toHaveText('5');
    await expect(value(page, 'selfRows.0')).toHaveText('1');
    await expect(value(page, 'selfRows.3')).toHaveText('4');
  });

  test('row-counts loaded directly opens after the last token', async ({ page }) => {
    await page.goto('/#v1/cross/row-counts?l=en');
    await expect(page.getByTestId('step-count')).toContainText('Step 4 of 4');
    await expect(page.locator('.step-formula')).toContainText('4');
    await expect(page.locator('.step-formula')).not.toContainText('1 rows');
    await expect(page.locator('.cross-counts tr.emph')).toContainText('on');
  });

  test('reads in Chinese', async ({ page }) => {
    await page.goto('/#v1/cross/decode-steps?l=zh');
    await expect(page.getByText('交叉注意力缓存：5 行')).toBeVisible();
    await expect(page.getByText('自注意力缓存：1 行')).toBeVisible();
  });
});

test.describe('cross stage: one cache grows while the other stays', () => {
  test('playing grows the self cache by one row per step while the cross cache keeps its 5 rows; the URL carries play and speed', async ({ page }) => {
    await page.goto('/#v1/cross/decode-steps?l=en');
    const selfRows = page.locator('[data-cache="self"] tbody tr');
    const crossRows = page.locator('[data-cache="cross"] tbody tr');
    await expect(selfRows).toHaveCount(1);
    await expect(crossRows).toHaveCount(5);
    // Record every row count of both caches while playing (whatever the machine's speed).
    await page.evaluate(() => {
      const w = window as unknown as { seen: string[] };
      w.seen = [];
      const stage = document.querySelector('.cross-stage');
      if (!stage) throw new Error('no stage');
      const note = () => {
        const c = document.querySelectorAll('[data-cache="cross"] tbody tr').length;
        const s = document.querySelectorAll('[data-cache="self"] tbody tr').length;
        const key = `${c}/${s}`;
        if (w.seen[w.seen.length - 1] !== key) w.seen.push(key);
      };
      new MutationObserver(note).observe(stage, { childList: true, subtree: true });
    });
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('4');
    await expect(page).toHaveURL(/[?&]speed=4/);
    await page.getByRole('button', { name: '▶ Play' }).click();
    await expect(page).toHaveURL(/[?&]play=1/);
    await expect(selfRows).toHaveCount(4);
    await expect(page).not.toHaveURL(/play=1/); // stopped by itself after the last token
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['5/2', '5/3', '5/4']);
    await expect(page.locator('[data-cache="self"] tbody tr.new-row th')).toContainText('on');
    await expect(page.locator('[data-cache="self"]')).toHaveAttribute('data-rows', '4');
    await expect(page.locator('[data-cache="cross"]')).toHaveAttribute('data-rows', '5');
  });

  test('a shared playing link plays; the appended self row slides in (≤ 200 ms), not under reduced motion; the cross rows never do', async ({ page }) => {
    await page.goto('/#v1/cross/decode-steps?l=en&play=1&speed=4');
    await expect(page.getByRole('button', { name: '❚❚ Pause' })).toBeVisible();
    await expect(page.locator('[data-cache="self"] tbody tr')).toHaveCount(4);
    const fresh = page.locator('[data-cache="self"] tbody tr.new-row > *');
    for (const [name, ms] of await fresh.evaluateAll((cs) => cs.map((c) => [getComputedStyle(c).animationName, Number.parseFloat(getComputedStyle(c).animationDuration) * 1000] as const))) {
      expect(name).toBe('stage-append');
      expect(ms).toBeLessThanOrEqual(200);
    }
    const crossAnim = await page.locator('[data-cache="cross"] tbody tr > *').evaluateAll((cs) => cs.map((c) => getComputedStyle(c).animationName));
    expect(crossAnim.every((n) => n === 'none')).toBe(true);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByRole('button', { name: '◀ Previous' }).click();
    await page.getByRole('button', { name: 'Step ▸' }).click();
    await expect(page.locator('[data-cache="self"] tbody tr')).toHaveCount(4);
    expect((await fresh.evaluateAll((cs) => cs.map((c) => getComputedStyle(c).animationName))).every((n) => n === 'none')).toBe(true);
  });

  test('pointing at a cross weight lights its source key and the query, and the cross output only', async ({ page }) => {
    await page.goto('/#v1/cross/decode-steps?l=en');
    await page.getByRole('button', { name: 'Step ▸' }).click();
    await page.getByRole('button', { name: 'Step ▸' }).click();
    await expect(page.locator('[data-cache="self"]')).toHaveAttribute('data-rows', '3');
    const q = (id: string, where = '.stage') => page.locator(`${where} [data-q="${id}"]`).first();
    await q('cw.1').hover();
    await expect(q('cw.1')).toHaveAttribute('data-link', 'self');
    await expect(q('ck.1')).toHaveAttribute('data-link', 'from');
    await expect(q('q')).toHaveAttribute('data-link', 'from');
    await expect(q('co')).toHaveAttribute('data-link', 'to');
    await expect(q('so')).not.toHaveAttribute('data-link', /./);
    await expect(q('sk.1')).not.toHaveAttribute('data-link', /./);
    await expect(q('cw.1', '.formula')).toHaveAttribute('data-link', 'self');
    // The keyboard points too: a self value feeds the self output only.
    await page.mouse.move(1, 1);
    await q('so').focus();
    await expect(q('so')).toHaveAttribute('data-link', 'self');
    await expect(q('sw.2')).toHaveAttribute('data-link', 'from');
    await expect(q('sv.0')).toHaveAttribute('data-link', 'from');
    await expect(q('cw.0')).not.toHaveAttribute('data-link', /./);
  });

  for (const lang of ['en', 'zh'] as const) {
    test(`on a 390 px phone (${lang}) both caches fit the screen on every step: k, v and w side by side, no sideways scrolling`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      for (const step of ['two-sources', 'predict-rows', 'decode-steps', 'row-counts']) {
        await page.goto(`/#v1/cross/${step}?l=${lang}`);
        await expect(page.locator('.cross-stage-cache').first()).toBeVisible();
        const wide = await page.locator('.stage .scroll-x').evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => `${e.scrollWidth} > ${e.clientWidth}`));
        expect(wide, step).toEqual([]);
      }
    });
  }
});
