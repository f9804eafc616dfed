import type { Page } from '@playwright/test';
import { expect, test } from './helpers';
import { openMenuIfFolded } from './walk';

/**
 * Chapter `shrink` (issue 13 E): every step walked by keyboard in both languages on the real model; the prompt,
 * the tokens to generate, the budget, the sinks and the block validated with the last valid value kept; the
 * bits chosen by keyboard; the predictions' answers hidden until the guess.
 */

const ready = (page: Page) => page.waitForFunction(() => !document.querySelector('.loading') && !document.querySelector('.formula[aria-busy="true"]'));
const next = async (page: Page, step: string) => {
  await page.locator('h2.step-title').click();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(`h2.step-title[data-step="${step}"]`)).toBeFocused();
  await ready(page);
};
const cell = (page: Page, id: string) => page.locator(`[data-cell="${id}"]`);
const error = (page: Page, id: string) => page.locator(`[data-error="${id}"]`);
const summary = (page: Page) => page.locator('[data-value="summary"]');
/** Types a value into a numeric cell and commits it with Enter. */
const type = async (page: Page, id: string, v: string) => {
  await cell(page, id).fill(v);
  await cell(page, id).press('Enter');
};

test.describe('shrink: sliding window, sinks, H2O and quantization on the real model', () => {
  test('walks every step by keyboard in English; bad inputs keep the last valid values', async ({ page }) => {
    test.setTimeout(120_000); // seven steps of the real model's runs: slow on a loaded machine, never timed
    await page.goto('/#v1/shrink/text?l=en');
    await ready(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 1 of 7');
    await expect(page.locator('[role="option"][data-pos]')).toHaveCount(28);
    // The prompt: unknown words and an empty prompt are messages; the last valid prompt stays in use.
    const prompt = page.locator('[data-composer="shrink-prompt"] textarea');
    await prompt.fill('the cat sat on the mta.');
    await prompt.press('Enter');
    await expect(page.locator('[data-composer="shrink-prompt"] .composer-problems')).toContainText('“mta” is not in the model\'s vocabulary.');
    await expect(page.locator('[role="option"][data-pos]')).toHaveCount(28);
    await prompt.fill('');
    await prompt.press('Enter');
    await expect(page.locator('[data-composer="shrink-prompt"] .composer-problems')).toContainText('The sentence is empty.');
    await prompt.press('Escape');
    await expect(page.locator('[data-composer="shrink-prompt"] .composer-problems')).toBeEmpty();
    // Tokens to generate: the prompt and the generated tokens must fit the 64-token context.
    await type(page, 'shrink.gen', '60');
    await expect(error(page, 'shrink.gen')).toContainText('At most 44');
    await type(page, 'shrink.gen', 'abc');
    await expect(error(page, 'shrink.gen')).not.toBeEmpty();
    await expect(page.locator('[role="option"][data-pos]')).toHaveCount(28);
    await type(page, 'shrink.gen', '4');
    await expect(page.locator('[role="option"][data-pos]')).toHaveCount(24);
    await type(page, 'shrink.gen', '8');
    await expect(page.locator('[role="option"][data-pos]')).toHaveCount(28);

    // Sliding window: the budget validated; B ≥ the text's length is the full cache exactly.
    await next(page, 'window');
    await expect(summary(page)).toContainText('1.376 nats');
    await expect(summary(page)).toContainText('23 of 28');
    for (const bad of ['abc', '', '0', '65', '2.5', '1e999']) {
      await type(page, 'shrink.budget', bad);
      await expect(error(page, 'shrink.budget')).not.toBeEmpty();
      await expect(summary(page)).toContainText('1.376 nats');
    }
    await type(page, 'shrink.budget', '28');
    await expect(summary(page)).toContainText('0.000 nats');
    await expect(summary(page)).toContainText('28 of 28');
    await type(page, 'shrink.budget', '8');
    // The stage is a listbox: arrow keys choose the position whose kept rows are drawn.
    const selected = page.locator('[role="option"][aria-selected="true"]');
    await expect(selected).toHaveAttribute('data-pos', '27');
    await selected.focus();
    await page.keyboard.press('Home');
    await expect(selected).toHaveAttribute('data-pos', '0');
    await page.keyboard.press('ArrowRight');
    await expect(selected).toHaveAttribute('data-pos', '1');
    await expect(page.getByTestId('step-count')).toContainText('Step 2 of 7'); // the listbox kept the arrow key
    await page.keyboard.press('End');

    // Sinks: the KL stays hidden until the guess.
    await next(page, 'sinks');
    await expect(page.locator('[role="option"][data-kl]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Just show me' }).click();
    await expect(page.locator('[role="option"][data-kl]')).toHaveCount(28);
    await type(page, 'shrink.sinks', '-1');
    await expect(error(page, 'shrink.sinks')).not.toBeEmpty();

    // H2O: the heavy hitters table.
    await next(page, 'h2o');
    await expect(page.locator('[data-value="heavy"]')).toBeVisible();
    await expect(summary(page)).toContainText('1.146 nats');

    // The budget sweep: one plot per measure, the policy picked by keyboard.
    await next(page, 'budget');
    await expect(page.locator('.shrink-plot > svg')).toHaveCount(2);

    // Quantization: bits by keyboard, the block validated.
    await next(page, 'quantize');
    await expect(page.locator('[data-value="bytes"]')).toContainText('2,256');
    await page.getByRole('radio', { name: 'int2' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('radio', { name: 'int4' })).toBeChecked();
    await expect(page.locator('[data-value="bytes"]')).not.toContainText('2,256');
    await type(page, 'shrink.block', '0');
    await expect(error(page, 'shrink.block')).not.toBeEmpty();
    await type(page, 'shrink.block', 'abc');
    await expect(error(page, 'shrink.block')).not.toBeEmpty();
    await page.getByRole('radio', { name: 'int2' }).check();
    await expect(page.locator('[data-value="bytes"]')).toContainText('2,256');

    // KIVI: guess which layout keeps the outputs closest at 2 bits; the answer only after the guess.
    await next(page, 'kivi');
    await expect(page.locator('[role="option"][data-kl]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Just show me' }).click();
    await expect(page.locator('[role="option"][data-kl]')).toHaveCount(28);
    await expect(page.getByTestId('step-count')).toContainText('Step 7 of 7');
  });

  test('walks every step by keyboard in Chinese, messages in Chinese', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/#v1/shrink/text?l=zh');
    await ready(page);
    await expect(page.getByTestId('step-count')).toContainText('第 1 步，共 7 步');
    await type(page, 'shrink.gen', '１００');
    await expect(error(page, 'shrink.gen')).not.toBeEmpty();
    await expect(error(page, 'shrink.gen')).not.toContainText(/[A-Za-z]{3,}/);
    await next(page, 'window');
    await type(page, 'shrink.budget', '');
    await expect(error(page, 'shrink.budget')).toContainText('上一个有效值 8');
    await type(page, 'shrink.budget', '65');
    await expect(error(page, 'shrink.budget')).toContainText('上一个有效值 8');
    await next(page, 'sinks');
    await page.getByRole('button', { name: '直接看答案' }).click();
    await expect(page.locator('[role="option"][data-kl]')).not.toHaveCount(0);
    for (const step of ['h2o', 'budget', 'quantize']) await next(page, step);
    await expect(page.getByRole('radio', { name: 'int2' })).toBeChecked();
    await next(page, 'kivi');
    await page.getByRole('button', { name: '直接看答案' }).click();
    await expect(page.getByTestId('step-count')).toContainText('第 7 步，共 7 步');
  });

  for (const lang of ['en', 'zh'] as const) {
    test(`projector (${lang}): every step fits one 1280×720 slide with every text ≥ 24 px, before and after the answers are revealed`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`/#v1/shrink/window?l=${lang}`);
      await ready(page);
      await page.locator('h2.step-title').focus(); // the keys work on the page, not in a field
      await page.keyboard.press('p');
      await expect(page.locator('html')).toHaveAttribute('data-projector', '');
      const problems: string[] = [];
      for (const reveal of [false, true]) {
        if (reveal) {
          await openMenuIfFolded(page);
          await page.locator('[data-control="reveal"]').click();
          await expect(page.locator('[data-control="reveal"]')).toHaveAttribute('aria-pressed', 'true');
          await page.locator('.menu-toggle').click(); // fold the menu again: it is not part of the slide
        }
        for (const step of ['text', 'window', 'sinks', 'h2o', 'budget', 'quantize', 'kivi']) {
          await page.evaluate((h) => {
            window.location.hash = h;
          }, `#v1/shrink/${step}?l=${lang}`);
          await page.locator(`h2.step-title[data-step="${step}"]`).waitFor();
          await ready(page);
          if (reveal && (step === 'sinks' || step === 'kivi')) await expect(page.locator('.predict-feedback')).toBeVisible();
          const m = await page.evaluate(() => {
            const small: string[] = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const el = n.parentElement;
              if (!el || !(n.textContent ?? '').trim() || el.closest('.sr-only, .katex .msupsub, .katex-mathml')) continue;
              const r = el.getBoundingClientRect();
              if (r.width <= 2 || r.height <= 2 || getComputedStyle(el).visibility === 'hidden') continue;
              let size = Number.parseFloat(getComputedStyle(el).fontSize) * ((el as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1);
              const svg = el.closest('svg');
              if (svg instanceof SVGSVGElement) size *= svg.getScreenCTM()?.a ?? 1;
              if (size < 23.5) small.push(`${size.toFixed(1)} px "${(n.textContent ?? '').trim().slice(0, 20)}"`);
            }
            return { height: document.documentElement.scrollHeight, small: small.slice(0, 3), plots: document.querySelectorAll('.shrink-plot svg').length };
          });
          const at = `${step}${reveal ? ' (revealed)' : ''}`;
          if (m.height > 721) problems.push(`${at}: page is ${m.height} px tall`);
          for (const s of m.small) problems.push(`${at}: text of ${s}`);
          if (reveal && (step === 'budget' || step === 'kivi') && m.plots === 0) problems.push(`${at}: no plot on the slide`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

test.describe('shrink: pointing at (or Tab to) a number lights where it comes from and where it goes', () => {
  /** The element of quantity `id` in `where` (the stage's strip, a panel, the formula). */
  const q = (page: Page, id: string, where = 'main') => page.locator(`${where} [data-q="${id}"]`).first();
  const lit = (page: Page, id: string, mark: 'self' | 'from' | 'to', where = 'main') => expect(q(page, id, where)).toHaveAttribute('data-link', mark);
  const dark = (page: Page, id: string, where = 'main') => expect(q(page, id, where)).not.toHaveAttribute('data-link', /./);

  test('window: the budget decides every past row, hence p̂, KL and the mean; the selected position feeds both predictions', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/#v1/shrink/window?l=en');
    await ready(page);
    await cell(page, 'shrink.budget').focus(); // the keyboard, as a clicker-holding teacher points
    await lit(page, 'sh.B', 'self');
    await lit(page, 'sh.row.0', 'to', '.shrink-strip'); // evicted by the window: B decided that too
    await lit(page, 'sh.row.26', 'to', '.shrink-strip');
    await lit(page, 'sh.shrunk', 'to', '.strip-detail');
    await lit(page, 'sh.kl', 'to', '.formula');
    await lit(page, 'sh.phat', 'to', '.formula');
    await lit(page, 'sh.mean', 'to', '[data-value="summary"]');
    await lit(page, 'sh.keptrows', 'to', '[data-value="kept-size"]');
    await lit(page, 'sh.keptbytes', 'to', '[data-value="kept-size"]');
    await dark(page, 'sh.allbytes', '[data-value="kept-size"]'); // the full cache's bytes do not depend on B
    await expect(page.locator('[data-value="kept-size"]')).toContainText('reads 8 of the 28 rows: 1,536 bytes of keys and values instead of 5,376');
    await dark(page, 'sh.row.27', '.shrink-strip'); // the newest row is always read
    await dark(page, 'sh.full', '.formula'); // the full cache's p does not depend on B
    await dark(page, 'sh.tok.3', '.shrink-strip');
    // The kept bytes come from the rows read (the newest 8) and B, never from an evicted row.
    await page.mouse.move(2, 2);
    await q(page, 'sh.keptbytes', '[data-value="kept-size"]').hover();
    await lit(page, 'sh.keptbytes', 'self', '[data-value="kept-size"]');
    await lit(page, 'sh.row.22', 'from', '.shrink-strip');
    await lit(page, 'sh.tok.27', 'from', '.shrink-strip');
    await lit(page, 'sh.B', 'from');
    for (const j of [0, 5, 19]) {
      await dark(page, `sh.row.${j}`, '.shrink-strip');
      await dark(page, `sh.tok.${j}`, '.shrink-strip');
    }
    // A token inside the window feeds its row, which feeds p̂; a token outside it feeds only the full prediction.
    await page.mouse.move(2, 2);
    await page.locator('.shrink-strip [data-q="sh.tok.22"]').hover();
    await lit(page, 'sh.tok.22', 'self');
    await lit(page, 'sh.row.22', 'to', '.shrink-strip');
    await lit(page, 'sh.shrunk', 'to', '.strip-detail');
    await lit(page, 'sh.full', 'to', '.formula');
    await dark(page, 'sh.B');
    await page.locator('.shrink-strip [data-q="sh.tok.5"]').hover();
    await lit(page, 'sh.row.5', 'to', '.shrink-strip');
    await lit(page, 'sh.full', 'to', '.formula');
    await lit(page, 'sh.kl', 'to', '.formula'); // through p: KL compares both predictions
    await dark(page, 'sh.shrunk', '.strip-detail');
    await dark(page, 'sh.phat', '.formula');
  });

  test('h2o: a heavy hitter’s score comes from its token and the position and keeps its row; the formula’s example is the same number', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/#v1/shrink/h2o?l=en');
    await ready(page);
    const item = page.locator('.shrink-heavy .heavy-item').first();
    const id = (await item.getAttribute('data-q')) ?? '';
    const [, , layer, head, t] = id.split('.');
    expect([layer, head]).toEqual(['0', '0']);
    await item.focus();
    await lit(page, id, 'self');
    await lit(page, id, 'self', '.formula'); // s_word = … in the formula is layer 1, head 1's top heavy hitter
    await lit(page, `sh.tok.${t}`, 'from', '.shrink-strip');
    await lit(page, 'sh.tok.27', 'from', '.shrink-strip');
    await lit(page, `sh.row.${t}`, 'to', '.shrink-strip');
    await lit(page, 'sh.shrunk', 'to', '.strip-detail');
    await lit(page, 'sh.mean', 'to', '[data-value="summary"]');
    await dark(page, 'sh.B');
    await dark(page, `sh.row.${Number(t) === 0 ? 1 : 0}`, '.shrink-strip');
    const other = page.locator(`.shrink-heavy .heavy-item:not([data-q="${id}"])`).first();
    await expect(other).not.toHaveAttribute('data-link', /./);
  });

  test('quantize: bits decide the step, the codes, the errors and the bytes, not the numbers grouped; a code comes from its own x, the minimum and the step', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/#v1/shrink/quantize?l=en');
    await ready(page);
    await page.getByRole('radio', { name: 'int2' }).focus();
    await lit(page, 'sh.bits', 'self');
    await lit(page, 'sh.gstep', 'to', '.formula');
    await lit(page, 'sh.gc.0', 'to', '.formula');
    await lit(page, 'sh.gr.0', 'to', '.formula');
    await lit(page, 'sh.err.0.k', 'to', '.shrink-errors');
    await lit(page, 'sh.qbytes', 'to', '[data-value="bytes"]');
    await lit(page, 'sh.perbits', 'to', '[data-value="bytes"]');
    await lit(page, 'sh.shrunk', 'to', '.strip-detail');
    await dark(page, 'sh.gx.0', '.formula');
    await dark(page, 'sh.fp16', '[data-value="bytes"]'); // 16-bit bytes do not depend on the bits
    await dark(page, 'sh.full', '.strip-detail');
    // The per-token group is the selected token's value row.
    await page.mouse.move(2, 2);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await q(page, 'sh.gc.3', '.formula').hover();
    await lit(page, 'sh.gc.3', 'self', '.formula');
    await lit(page, 'sh.gx.3', 'from', '.formula');
    await lit(page, 'sh.gmin', 'from', '.formula');
    await lit(page, 'sh.gstep', 'from', '.formula');
    await lit(page, 'sh.tok.27', 'from', '.shrink-strip');
    await lit(page, 'sh.gr.3', 'to', '.formula');
    await dark(page, 'sh.gr.2', '.formula');
    await dark(page, 'sh.tok.26', '.shrink-strip');
  });

  test('budget: B is the plots’ marked budget; the drawn policy’s points there are the summary’s mean KL and agreement', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/#v1/shrink/budget?l=en');
    await ready(page);
    await cell(page, 'shrink.budget').focus();
    await lit(page, 'sh.B', 'self', '[data-plot="budget-kl"]'); // the marked line at B = 8
    await lit(page, 'sh.mean', 'to', '[data-plot="budget-kl"]');
    await lit(page, 'sh.agree', 'to', '[data-plot="budget-agree"]');
    await expect(page.locator('[data-plot="budget-kl"] [data-q]')).toHaveCount(3); // line, tick and one point: not the other policies'
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await q(page, 'sh.mean', '[data-plot="budget-kl"] [data-series="window"]').hover();
    await lit(page, 'sh.mean', 'self', '[data-value="summary"]');
    await lit(page, 'sh.B', 'from');
    await dark(page, 'sh.agree', '[data-value="summary"]');
  });

  test('text (中文): the tokens to generate make G and T, and T the full cache’s bytes in the sentence and the formula', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/#v1/shrink/text?l=zh');
    await ready(page);
    await cell(page, 'shrink.gen').focus();
    await lit(page, 'sh.gen', 'self');
    await lit(page, 'sh.G', 'to', '[data-value="text-summary"]');
    await lit(page, 'sh.T', 'to', '[data-value="text-summary"]');
    await lit(page, 'sh.T', 'to', '.formula');
    await lit(page, 'sh.bytes', 'to', '.formula');
    await lit(page, 'sh.bytes', 'to', '[data-value="text-summary"]');
    await dark(page, 'sh.P', '[data-value="text-summary"]');
    await dark(page, 'sh.L', '.formula');
  });
});

test('shrink: every linked number on every step lights something else (its sources or its targets), before and after the answers', async ({ page }) => {
  test.setTimeout(240_000);
  const problems: string[] = [];
  const visits = [
    ...['text', 'window', 'sinks', 'h2o', 'budget', 'quantize', 'kivi'].map((step) => ({ step, query: '' })),
    { step: 'window', query: '&shrink=at:10' }, // tokens after the selected position feed only T and the means
    { step: 'quantize', query: '&shrink=at:10;vAxis:channel' }, // a per-channel group whose block reaches past the position
  ];
  for (const { step, query } of visits) {
    await page.goto(`/#v1/shrink/${step}?l=en${query}`);
    await page.locator(`h2.step-title[data-step="${step}"]`).waitFor();
    await page.locator('.shrink-strip [data-q]').first().waitFor(); // the model has loaded
    await ready(page);
    for (const revealed of step === 'sinks' || step === 'kivi' ? [false, true] : [false]) {
      if (revealed) {
        await page.getByRole('button', { name: 'Just show me' }).click();
        await ready(page);
      }
      const lonely = await page.evaluate(async () => {
        const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const els = [...document.querySelectorAll<HTMLElement>('main [data-q]')];
        const ids = [...new Set(els.map((e) => e.dataset.q ?? ''))];
        const out: string[] = [];
        for (const id of ids) {
          const el = els.find((e) => e.dataset.q === id) as HTMLElement;
          el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
          const lit = () => document.querySelector(`main [data-q="${id}"][data-link="self"]`) && document.querySelector('main [data-link="from"], main [data-link="to"]');
          for (let k = 0; k < 30 && !lit(); k++) await frame(); // a loaded machine may take a few frames to re-render
          if (!lit()) out.push(id);
        }
        document.querySelector('main')?.dispatchEvent(new PointerEvent('pointerout', { bubbles: true }));
        return { out, n: ids.length };
      });
      if (lonely.n < 5) problems.push(`${step}${query}: only ${lonely.n} linked numbers`);
      for (const id of lonely.out) problems.push(`${step}${query}${revealed ? ' (revealed)' : ''}: ${id} lights nothing`);
    }
  }
  expect(problems).toEqual([]);
});
