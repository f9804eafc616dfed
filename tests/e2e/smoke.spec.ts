import { expect, test } from './helpers';

test('first screen loads offline and clean', async ({ page, expectClean }) => {
  const response = await page.goto('/');
  expect(response?.ok(), 'index.html is served').toBe(true);
  await expect(page.locator('h1').first()).toBeVisible();
  // Let late work (lazy chunks, fonts, effects) finish before judging.
  await page.waitForLoadState('networkidle');
  expectClean();
});
