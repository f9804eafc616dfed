import { expect, test } from './helpers';
import { openStep } from './walk';

// A teacher with a keyboard or a clicker opens a decoding step and wants to press Play: it must be a few
// Tab presses from where focus lands after a step change (the step's heading), not behind every linked
// number of the stage. Space on it then plays (the URL says so; the button turns into Pause).
const STEPS = [
  { chapter: 'cross', before: 'predict-rows', step: 'decode-steps' },
  { chapter: 'generate', before: 'prefill', step: 'decode' },
] as const;
const MODES = {
  normal: { width: 1280, height: 720 },
  projector: { width: 1280, height: 720 },
  phone: { width: 390, height: 844 },
} as const;
/** At most this many Tab presses from the heading to Play. */
const MAX_TABS = 5;
/** Give up counting after this many (the old order needed 48). */
const GIVE_UP = 80;

for (const s of STEPS) {
  for (const [mode, size] of Object.entries(MODES)) {
    for (const lang of ['en', 'zh'] as const) {
      test(`${s.chapter}/${s.step}: Play is at most ${MAX_TABS} Tab presses from the heading and Space plays (${mode}, ${lang})`, async ({ page }) => {
        await page.setViewportSize(size);
        await openStep(page, s.chapter, s.before, lang);
        if (mode === 'projector') {
          await page.keyboard.press('p');
          await expect(page.locator('html')).toHaveAttribute('data-projector', '');
        }
        // A step change, as a keyboard user makes it: focus lands on the new step's heading.
        await page.keyboard.press('PageDown');
        const heading = page.locator(`main .step-title[data-step="${s.step}"]`);
        await expect(heading).toBeFocused();
        const play = page.locator('main [data-control="play"]');
        await expect(play).toBeVisible();
        await expect(page).not.toHaveURL(/[?&]play=1/);
        let presses = 0;
        while (presses < GIVE_UP && !(await play.evaluate((el) => el === document.activeElement))) {
          await page.keyboard.press('Tab');
          presses++;
        }
        expect(presses, `Tab presses from the heading to Play (${mode}, ${lang})`).toBeLessThanOrEqual(MAX_TABS);
        await expect(play).toBeFocused();
        await expect(play).toBeInViewport();
        await page.keyboard.press('Space');
        await expect(page).toHaveURL(/[?&]play=1/);
        await expect(page.locator(`main .step-title[data-step="${s.step}"]`)).toBeVisible(); // Space played; it did not change the step
        await expect(play).toBeFocused();
        // Space again pauses.
        await page.keyboard.press('Space');
        await expect(page).not.toHaveURL(/[?&]play=1/);
      });
    }
  }
}
