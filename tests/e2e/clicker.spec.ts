import { expect, test } from '@playwright/test';
import { settled } from './walk';

// A teacher clicks a control with the mouse, then advances with a presentation clicker, which
// sends Page Down / Page Up: the slide must change and the control must keep its value.
const CASES = [
  { at: 'scaling/takeaway', next: 'scaling/takeaway', control: 'input[type="range"]', prop: 'value' },
  { at: 'heads/share-kv', next: 'heads/cache-ratio', control: 'input[type="radio"]:checked', prop: 'value' },
  { at: 'cross/decode-steps', next: 'cross/row-counts', control: 'select', prop: 'value' },
] as const;

for (const c of CASES) {
  test(`clicker keys change the step even from a focused control: ${c.at}`, async ({ page }) => {
    const [chapter, step] = c.at.split('/');
    await page.goto(`/#v1/${c.at}?l=en`);
    await settled(page, { chapter, step });
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveAttribute('data-projector', '');
    const control = page.locator(`main ${c.control}`).first();
    await control.focus();
    await expect(control).toBeFocused();
    const before = await control.evaluate((el, prop) => (el as HTMLInputElement)[prop as 'value'], c.prop);
    await page.keyboard.press('PageDown');
    if (c.next === c.at) {
      // The chapter's last step: Page Down opens the next chapter.
      await expect(page).not.toHaveURL(new RegExp(`${c.at}\\?`));
    } else {
      await expect(page).toHaveURL(new RegExp(c.next));
    }
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(new RegExp(c.at));
    await settled(page, { chapter, step });
    const after = await page.locator(`main ${c.control}`).first().evaluate((el, prop) => (el as HTMLInputElement)[prop as 'value'], c.prop);
    expect(after).toBe(before);
  });
}
