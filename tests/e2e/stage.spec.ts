import { expect, test } from './helpers';
import { openStep } from './walk';

// The stage in a real browser (issue 10 §1, §3, §4): linked highlighting across stage, panel and
// formula by pointer and by keyboard, and the cache row that slides in when "on" is appended.

const q = (page: import('@playwright/test').Page, id: string, where = '') => page.locator(`${where} [data-q="${id}"]`.trim());

test('pointing at a weight lights its sources on the stage (every score of its row) and its term in the formula; other weights and values stay plain', async ({ page }) => {
  await openStep(page, 'worked', 'output', 'en');
  await q(page, 'w.1', '.stage').hover();
  await expect(q(page, 'w.1', '.stage')).toHaveAttribute('data-link', 'self');
  await expect(q(page, 'st.1', '.stage')).toHaveAttribute('data-link', 'from');
  await expect(q(page, 's.1', '.stage')).toHaveAttribute('data-link', 'from');
  await expect(q(page, 'k.1', '.stage')).toHaveAttribute('data-link', 'from');
  await expect(q(page, 'q', '.stage')).toHaveAttribute('data-link', 'from');
  await expect(q(page, 'o', '.stage')).toHaveAttribute('data-link', 'to');
  // The formula's term for w_cat (KaTeX \htmlData) is the same quantity.
  await expect(q(page, 'w.1', '.formula').first()).toHaveAttribute('data-link', 'self');
  // Softmax divides by the sum over every scaled score: another token's s̃ and k feed w_cat too; its weight and value do not.
  await expect(q(page, 'st.0', '.stage')).toHaveAttribute('data-link', 'from');
  await expect(q(page, 'k.0', '.stage')).toHaveAttribute('data-link', 'from');
  await expect(q(page, 'w.0', '.stage')).not.toHaveAttribute('data-link', /./);
  await expect(q(page, 'v.0', '.stage')).not.toHaveAttribute('data-link', /./);
  // Leaving clears every mark.
  await page.mouse.move(5, 5);
  await expect(page.locator('[data-link]')).toHaveCount(0);
});

test('pointing at a formula term lights the stage numbers it is made of', async ({ page }) => {
  await openStep(page, 'worked', 'scores', 'en');
  await q(page, 's.2', '.formula').first().hover();
  await expect(q(page, 's.2', '.stage')).toHaveAttribute('data-link', 'self');
  await expect(q(page, 'k.2', '.stage')).toHaveAttribute('data-link', 'from');
  await expect(q(page, 's.0', '.stage')).not.toHaveAttribute('data-link', /./);
});

test('a score and its bar are one link group: the stage\'s score lights its bar; pointing at the bar lights the score, q, k and the term (scaled scores and weights too; no bar is a Tab stop)', async ({ page }) => {
  await openStep(page, 'worked', 'scores', 'en');
  const bar = (id: string) => page.locator(`.bars .bar-fill[data-q="${id}"]`);
  const barNum = (id: string) => page.locator(`.bars td.num[data-q="${id}"]`);
  // Keyboard: the stage's score (a Tab stop) lights its bar and the bar's number; the other bars stay plain.
  await q(page, 's.1', '.stage').focus();
  await expect(bar('s.1')).toHaveAttribute('data-link', 'self');
  await expect(barNum('s.1')).toHaveAttribute('data-link', 'self');
  await expect(bar('s.0')).not.toHaveAttribute('data-link', /./);
  await expect(bar('s.2')).not.toHaveAttribute('data-link', /./);
  // Pointer on the bar: the score on the stage, q and k of its token and the formula's term light up; other tokens' do not.
  await bar('s.2').hover();
  await expect(bar('s.2')).toHaveAttribute('data-link', 'self');
  await expect(q(page, 's.2', '.stage')).toHaveAttribute('data-link', 'self');
  await expect(q(page, 'q', '.stage')).toHaveAttribute('data-link', 'from');
  await expect(q(page, 'k.2', '.stage')).toHaveAttribute('data-link', 'from');
  await expect(q(page, 's.2', '.formula').first()).toHaveAttribute('data-link', 'self');
  await expect(q(page, 'k.0', '.stage')).not.toHaveAttribute('data-link', /./);
  await expect(bar('s.1')).not.toHaveAttribute('data-link', /./);
  // The formula's term lights the bar too.
  await q(page, 's.0', '.formula').first().hover();
  await expect(bar('s.0')).toHaveAttribute('data-link', 'self');
  // No new Tab stops: neither the bars nor their numbers take focus (the stage's scores do).
  await expect(page.locator('.bars [data-q][tabindex]')).toHaveCount(0);
  await page.mouse.move(2, 2);
  await q(page, 's.1', '.stage').blur();
  await expect(page.locator('[data-link]')).toHaveCount(0);

  // The scaling step: a scaled score lights its bar, and its own score's bar as where it comes from.
  await openStep(page, 'worked', 'scale', 'en');
  await q(page, 'st.0', '.stage').focus();
  await expect(bar('st.0')).toHaveAttribute('data-link', 'self');
  await expect(bar('s.0')).toHaveAttribute('data-link', 'from');
  await expect(bar('st.1')).not.toHaveAttribute('data-link', /./);
  await bar('s.1').hover();
  await expect(q(page, 'st.1', '.stage')).toHaveAttribute('data-link', 'to');
  await expect(bar('st.1')).toHaveAttribute('data-link', 'to');

  // The softmax step, after the guess: a weight lights its bar; another token's weight bar stays plain.
  await openStep(page, 'worked', 'weights', 'en');
  await page.getByRole('button', { name: 'Just show me' }).click();
  await q(page, 'w.1', '.stage').focus();
  await expect(bar('w.1')).toHaveAttribute('data-link', 'self');
  await expect(bar('w.0')).not.toHaveAttribute('data-link', /./);
  await bar('w.2').hover();
  await expect(q(page, 'w.2', '.stage')).toHaveAttribute('data-link', 'self');
  await expect(q(page, 'st.0', '.stage')).toHaveAttribute('data-link', 'from'); // softmax: every scaled score of the row
});

test('keyboard focus does the same: a teacher points with Tab', async ({ page }) => {
  await openStep(page, 'worked', 'scale', 'en');
  await page.locator('[data-cell="K.2.0"]').focus();
  await expect(q(page, 'k.2', '.stage')).toHaveAttribute('data-link', 'self');
  await expect(q(page, 's.2', '.stage')).toHaveAttribute('data-link', 'to');
  await expect(q(page, 'st.2', '.stage')).toHaveAttribute('data-link', 'to');
  await expect(q(page, 'st.2', '.formula').first()).toHaveAttribute('data-link', 'to');
  // A computed number takes focus too.
  await q(page, 'st.0', '.stage').focus();
  await expect(q(page, 'st.0', '.stage')).toHaveAttribute('data-link', 'self');
  await expect(q(page, 's.0', '.stage')).toHaveAttribute('data-link', 'from');
  // Editing while focused keeps the marks on the retypeset formula.
  await page.locator('[data-cell="q.0"]').fill('2');
  await expect(q(page, 'st.0', '.formula').first()).toHaveAttribute('data-link', 'to');
});

test('appending "on" slides its k, v row into the cache in at most 200 ms', async ({ page }) => {
  await openStep(page, 'worked', 'output', 'en');
  // Catch the animation as it starts, whatever the machine's speed.
  await page.evaluate(() => {
    const w = window as unknown as { started: { name: string; row: boolean }[] };
    w.started = [];
    document.addEventListener('animationstart', (e) => w.started.push({ name: e.animationName, row: !!(e.target as Element).closest('tr.new-row') }));
  });
  await page.keyboard.press('ArrowRight');
  const row = page.locator('.stage-cache tr.new-row');
  await expect(row).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as unknown as { started: { row: boolean }[] }).started.filter((x) => x.row).length)).toBeGreaterThan(0);
  const durations = await row.evaluate((r) => [...r.querySelectorAll('th, td')].map((c) => Number.parseFloat(getComputedStyle(c).animationDuration) * 1000));
  for (const d of durations) expect(d).toBeLessThanOrEqual(200);
});

test('the slide-in plays only when the cache grows: not when a step that already shows the row opens, nor on a shared link', async ({ page }) => {
  const appearing = page.locator('.stage-cache tr.new-row.appear');
  // A shared link straight onto the step: nothing was appended, the row stands still.
  await openStep(page, 'worked', 'self-attend', 'en');
  await expect(page.locator('.stage-cache tr.new-row')).toBeVisible();
  await expect(appearing).toHaveCount(0);
  // The next step shows the same four rows: still nothing slides.
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/worked\/summary/);
  await expect(page.locator('.stage-cache tr.new-row')).toBeVisible();
  await expect(appearing).toHaveCount(0);
  // Back to three rows and forward again: "on" is appended, and slides in.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/worked\/output/);
  await expect(page.locator('.stage-cache tr.new-row')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(appearing).toHaveCount(1);
  // The step after the append opens with the row standing still again.
  await page.keyboard.press('ArrowRight');
  await expect(appearing).toHaveCount(0);
});

test('no motion under prefers-reduced-motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openStep(page, 'worked', 'output', 'en');
  await page.keyboard.press('ArrowRight');
  const row = page.locator('.stage-cache tr.new-row');
  await expect(row).toBeVisible();
  const names = await row.evaluate((r) => [...r.querySelectorAll('th, td')].map((c) => getComputedStyle(c).animationName));
  expect(names.every((n) => n === 'none')).toBe(true);
});

test('the stage strip stays on top of a phone screen while the step scrolls, and names the step’s parts', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openStep(page, 'worked', 'weights', 'zh');
  await page.mouse.wheel(0, 1200);
  const strip = page.locator('.stage-strip');
  await expect(strip).toBeInViewport();
  expect(await strip.evaluate((s) => Math.round(s.getBoundingClientRect().top))).toBe(0);
  await expect(strip.locator('[aria-current="step"]')).toHaveCount(2); // ÷√d_k and softmax
});

test('playback: decoding plays token by token, its state is in the URL, and a shared playing link plays', async ({ page }) => {
  await openStep(page, 'generate', 'decode', 'en');
  const position = page.locator('[data-value="decode.position"]');
  await expect(position).toContainText('1');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('4');
  await page.getByRole('button', { name: '▶ Play' }).click();
  await expect(page).toHaveURL(/[?&]play=1/);
  await expect(page).toHaveURL(/[?&]speed=4/);
  await expect(position).toContainText('3'); // ~350 ms per token at 4×
  await expect(page.getByRole('button', { name: '▶ Play' })).toBeVisible(); // stopped at the end by itself
  await expect(page).not.toHaveURL(/play=1/);
  // Someone opens a link that says "playing": it plays.
  // At 0.5× (~2.8 s a token) it is still playing when Pause is clicked, however loaded the machine.
  await page.goto('/#v1/generate/decode?l=en&play=1&speed=0.5');
  await expect(page.getByRole('button', { name: '❚❚ Pause' })).toBeVisible();
  await expect(page.locator('[data-value="decode.position"]')).toContainText('2', { timeout: 10_000 });
  await page.getByRole('button', { name: '❚❚ Pause' }).click();
  await expect(page).not.toHaveURL(/play=1/);
  // Leaving the step stops playing.
  await page.getByRole('button', { name: '▶ Play' }).click();
  await page.keyboard.press('ArrowRight');
  await expect(page).not.toHaveURL(/play=1/);
});

test('after a step change the heading has focus but draws no focus ring (on a slide it read as a highlight); controls keep theirs', async ({ page }) => {
  await openStep(page, 'worked', 'setting', 'en');
  await page.keyboard.press('p');
  await page.keyboard.press('PageDown');
  const heading = page.locator('main .step-title');
  await expect(heading).toHaveAttribute('data-step', 'scores');
  await expect(heading).toBeFocused();
  expect(await heading.evaluate((h) => getComputedStyle(h).outlineStyle)).toBe('none');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
});

test('normal view, 1280×720: a question before its guess gets the room (the width of its column, not squeezed beside the quiet line standing for the hidden formula); it is whole on screen', async ({ page }) => {
  for (const [chapter, step] of [
    ['worked', 'weights'],
    ['generate', 'cost'],
  ] as const) {
    for (const lang of ['en', 'zh'] as const) {
      await openStep(page, chapter, step, lang);
      const predict = page.locator('main .predict').first();
      expect((await predict.boundingBox())?.width ?? 0).toBeGreaterThan(400); // under the narrative: the column's 430 px
      await expect(predict).toBeInViewport({ ratio: 1 });
    }
  }
});
