import type { Locator, Page } from '@playwright/test';
import { expect, test } from './helpers';

// Every field kind keeps the value it had when the edit began once its text turns bad — never a valid
// prefix typed on the way (NumberCell: numeric cells and vector cells; TokenComposer: sentences and token
// lists). Numbers stay live while each keystroke gives a valid value.

const value = (page: Page, name: string) => page.locator(`[data-value="${name}"]`);
const ready = (page: Page) => page.waitForFunction(() => !document.querySelector('.loading') && !document.querySelector('.formula[aria-busy="true"]'));
/** Bad texts of the brief: letters, nothing, an overflow, a full-width letter after full-width digits, a huge paste. */
const BAD = ['abc', '', '1e999', '１２ａ', '9'.repeat(10_000)];

/** Focus (which selects the whole text, as a click or Tab does) and type key by key. */
async function typeInto(field: Locator, text: string) {
  await field.focus();
  await field.press('ControlOrMeta+a');
  await field.pressSequentially(text);
}

test.describe('fields keep the value of the edit’s start while the text is bad', () => {
  test('a numeric field: typing 99 where 0–63 is allowed leaves the old position in use, not 9', async ({ page }) => {
    test.setTimeout(90_000); // the real model loads first, then five bad texts are tried in turn
    await page.goto('/#v1/rope/pairs?l=en');
    await ready(page);
    const cell = page.locator('[data-cell="pos.m"]');
    const turned = value(page, 'turn.q.0');
    await expect(turned).toHaveText('q turned m·θ = 6.000 rad');
    await typeInto(cell, '9');
    await expect(turned).toHaveText('q turned m·θ = 9.000 rad'); // live while valid
    await cell.pressSequentially('9');
    await expect(turned).toHaveText('q turned m·θ = 6.000 rad');
    await expect(page.locator('[data-slider="pos.m"]')).toHaveValue('6');
    await cell.press('Tab');
    await expect(cell).toHaveValue('99'); // what was typed stays, with the message
    await expect(page.locator('[data-error="pos.m"]')).toContainText('The last valid value 6 is still used');
    await expect(cell).toHaveAttribute('aria-invalid', 'true');
    for (const bad of BAD) {
      await typeInto(cell, '12');
      await expect(turned).toHaveText('q turned m·θ = 12.000 rad');
      await cell.fill(bad);
      await expect(turned).toHaveText('q turned m·θ = 6.000 rad');
      await cell.press('Enter');
      await expect(cell).toHaveAttribute('aria-invalid', 'true');
      await cell.press('Escape');
      await expect(cell).toHaveValue('6');
      await cell.press('Tab');
    }
    await typeInto(cell, '１２');
    await expect(turned).toHaveText('q turned m·θ = 12.000 rad'); // full-width digits are digits
  });

  test('a vector cell: a valid prefix of bad text does not stay in use; Escape cancels the edit', async ({ page }) => {
    await page.goto('/#v1/mask/scores?l=en');
    await ready(page);
    const cell = page.locator('[data-cell="Q.0.0"]');
    const score = value(page, 'scores.0.0');
    const before = (await score.textContent()) ?? '';
    await typeInto(cell, '2');
    await expect(score).toHaveText('2.000');
    await cell.pressSequentially('x');
    await expect(score).toHaveText(before);
    for (const bad of BAD) {
      await cell.fill('2');
      await expect(score).toHaveText('2.000');
      await cell.fill(bad);
      await expect(score).toHaveText(before);
    }
    await cell.fill('2');
    await cell.press('Escape');
    await expect(score).toHaveText(before);
    await expect(cell).toHaveAttribute('aria-invalid', 'false');
  });

  test('a sentence: "狗" on the way to "狗abc" drives the model only while it is the whole text', async ({ page }) => {
    test.setTimeout(90_000); // the real model runs on every valid keystroke
    await page.goto('/#v1/rope/pairs?l=en');
    await ready(page);
    const field = page.locator('[data-composer="rope"] input[type="text"]');
    const tokens = page.locator('[data-composer="rope"] .composer-tokens');
    const start = 'the cat sat on the mat .';
    await expect(tokens).toHaveAttribute('data-tokens', start);
    await typeInto(field, '狗');
    await expect(tokens).toHaveAttribute('data-tokens', '狗'); // live while valid
    await field.pressSequentially('abc');
    await expect(tokens).toHaveAttribute('data-tokens', start);
    await field.press('Tab');
    await expect(field).toHaveValue('狗abc');
    await expect(page.locator('[data-composer="rope"] .composer-problems')).toContainText('“abc” is not in the model');
    for (const bad of BAD) {
      await field.fill('狗');
      await expect(tokens).toHaveAttribute('data-tokens', '狗');
      await field.fill(bad);
      await expect(tokens).toHaveAttribute('data-tokens', start);
    }
    await field.fill('the dog slept');
    await expect(tokens).toHaveAttribute('data-tokens', 'the dog slept');
    await field.press('Escape');
    await expect(field).toHaveValue('the cat sat on the mat.'); // the edit began on bad text ("狗abc"): the sentence then in use, written out
    await expect(tokens).toHaveAttribute('data-tokens', start);
  });
});

test.describe('a field’s message pushes the layout and covers nothing', () => {
  for (const [lang, width, height] of [
    ['en', 1280, 720],
    ['zh', 1280, 720],
    ['en', 390, 844],
    ['zh', 390, 844],
  ] as const) {
    test(`generate's stage, ${lang}, ${width}×${height}: the message sits under its vector, clear of every cell`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`/#v1/generate/no-cache?l=${lang}`);
      await ready(page);
      const cell = page.locator('[data-cell="X.1.0"]');
      await cell.fill('abc');
      await cell.press('Enter');
      const message = page.locator('[data-error="X.1.0"]');
      await expect(message).not.toBeEmpty();
      const m = await message.boundingBox();
      expect(m).not.toBeNull();
      const boxes = await page.locator('.stage input[data-cell]').evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return { id: e.getAttribute('data-cell'), x: r.x, y: r.y, w: r.width, h: r.height };
        }),
      );
      const overlaps = boxes.filter((b) => m && b.w > 0 && b.x < m.x + m.width && m.x < b.x + b.w && b.y < m.y + m.height && m.y < b.y + b.h);
      expect(overlaps.map((b) => b.id)).toEqual([]);
      // The vector's other cells stay where the reader can see them, on the same line as the bad one.
      const row = boxes.filter((b) => b.id?.startsWith('X.1.'));
      for (const b of row) expect(Math.abs(b.y - row[0].y)).toBeLessThan(2);
      expect(m?.y ?? 0).toBeGreaterThanOrEqual(row[0].y + row[0].h - 1);
    });
  }
});
