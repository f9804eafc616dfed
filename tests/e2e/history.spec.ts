/** Browser history (issue 9 §8): a chapter change is a history entry, so Back returns to the chapter the reader came from. */
import { expect, test } from './helpers';

test('Back returns to the previous chapter (at the step the reader left); steps and edits add no entries', async ({ page }) => {
  await page.goto('/#v1/worked/scores?l=en');
  await expect(page.locator('.step-title')).toBeVisible();
  await page.keyboard.press('ArrowRight'); // a step: no new entry
  await expect(page).toHaveURL(/#v1\/worked\/scale/);
  await page.locator('[data-cell="q.0"]').fill('2'); // an edit: no new entry
  await expect(page).toHaveURL(/worked=q:2/);
  await page.locator('[data-chapter="mask"]').click();
  await expect(page).toHaveURL(/#v1\/mask\//);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#v1\/mask\/scaled/);

  await page.goBack();
  await expect(page).toHaveURL(/#v1\/worked\/scale\?.*worked=q:2/);
  await expect(page.locator('.step-dots [data-step="scale"]')).toHaveAttribute('aria-current', 'step');
  await expect(page.locator('[data-cell="q.0"]')).toHaveValue('2');

  await page.goForward();
  await expect(page).toHaveURL(/#v1\/mask\/scaled/);
  await expect(page.locator('.step-dots [data-step="scaled"]')).toHaveAttribute('aria-current', 'step');

  await page.goBack();
  await page.goBack(); // the page before the tutorial: Back leaves only after the chapters visited
  await expect(page).toHaveURL('about:blank');
});
