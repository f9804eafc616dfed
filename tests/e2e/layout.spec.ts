import { expect, test } from './helpers';
import { allSteps, openMenuIfFolded, openStep } from './walk';

const overflow = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('phone 390×844: no horizontal page scroll on any step, and cells are at least 44 px tall', async ({ page }, info) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 390, height: 844 });
  const problems: string[] = [];
  for (const { chapter, steps } of await allSteps(page)) {
    for (const step of steps) {
      await openStep(page, chapter, step, 'zh');
      const extra = await overflow(page);
      if (extra > 0) problems.push(`${chapter}/${step}: page is ${extra}px wider than the screen`);
      // The tap target of a radio or checkbox is its label.
      const small = await page
        .locator('[data-cell]:visible')
        .evaluateAll((els) => els.filter((e) => (e.closest('label') ?? e).getBoundingClientRect().height < 43.5).length);
      if (small > 0) problems.push(`${chapter}/${step}: ${small} cells shorter than 44 px`);
    }
    await page.screenshot({ path: info.outputPath(`phone-${chapter}.png`), fullPage: true });
  }
  expect(problems).toEqual([]);
});

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`projector mode at ${width}×${height}: large type, no editing chrome, no horizontal scroll`, async ({ page }, info) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height });
    const chapters = await allSteps(page);
    await page.goto('/#v1/worked/setting?l=en');
    await page.locator('.step-title').waitFor();
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveAttribute('data-projector', '');
    const problems: string[] = [];
    for (const { chapter, steps } of chapters) {
      for (const step of steps) {
        await page.locator('.step-bar [data-nav="next"]').waitFor();
        await page.evaluate((h) => {
          window.location.hash = h;
        }, `#v1/${chapter}/${step}?l=en`);
        await page.locator('.step-title').first().waitFor();
        await page.waitForFunction(() => !document.querySelector('.formula[aria-busy="true"]'));
        const body = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.querySelector('.narrative p') ?? document.body).fontSize));
        if (body < 24) problems.push(`${chapter}/${step}: body text ${body}px`);
        if (await page.locator('.input-tools:visible, .hint:visible, .chapter-nav:visible').count()) problems.push(`${chapter}/${step}: editing chrome visible`);
        const extra = await overflow(page);
        if (extra > 0) problems.push(`${chapter}/${step}: ${extra}px horizontal scroll`);
        await page.screenshot({ path: info.outputPath(`projector-${width}-${chapter}-${step}.png`) });
      }
    }
    expect(problems).toEqual([]);
  });
}

test('projector keys: clicker PageDown/PageUp, Space, blank screen with b, predictions revealed directly', async ({ page }) => {
  await page.goto('/#v1/worked/scale?l=en');
  await page.locator('.step-title').waitFor();
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveAttribute('data-projector', '');
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/worked\/weights/);
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/worked\/scale/);
  await page.keyboard.press(' ');
  await expect(page).toHaveURL(/worked\/weights/);
  await page.keyboard.press('b');
  await expect(page.locator('.blank-screen')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.blank-screen')).toHaveCount(0);
  await expect(page).toHaveURL(/worked\/weights/);
  await expect(page.locator('[data-value="weights.0"]')).toBeHidden();
  await openMenuIfFolded(page);
  await page.getByRole('button', { name: 'Reveal answers directly' }).click();
  await expect(page.locator('[data-value="weights.0"]')).toHaveText('0.390');
  await page.keyboard.press('p');
  await expect(page.locator('html')).not.toHaveAttribute('data-projector', '');
});

test('theme switch: dark colours apply and are remembered', async ({ page }) => {
  await page.goto('/#v1/worked/setting?l=en');
  await openMenuIfFolded(page);
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(21, 23, 26)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
