import type { Page } from '@playwright/test';
import { expect, test } from './helpers';

const value = (page: Page, name: string) => page.locator(`[data-value="${name}"]`);
const next = async (page: Page, n: number, of = 6) => {
  await page.locator('h2.step-title').click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('step-count')).toContainText(new RegExp(`${n}\\D+${of}`));
};
const ready = (page: Page) => page.waitForFunction(() => !document.querySelector('.loading') && !document.querySelector('.formula[aria-busy="true"]'));
// The chapter's sentence is the shared composer (src/panels/common/TokenComposer.tsx).
const sentence = (page: Page) => page.locator('[data-composer="rope"] input[type="text"]');
const sentenceError = (page: Page) => page.locator('[data-composer="rope"] .composer-problems');
const tokens = (page: Page) => page.locator('[data-composer="rope"] .composer-tokens');

test.describe('rope: RoPE and the cache, on the real model', () => {
  test('projector, fix: all 8 decode steps of the table are on the slide (none cut at the right)', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/#v1/rope/fix?l=en');
    await page.waitForFunction(() => !document.querySelector('.loading') && !document.querySelector('.formula[aria-busy="true"]'));
    await page.locator('h2.step-title').click();
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveAttribute('data-projector', '');
    const cut = await page.locator('.rope-steps').evaluate((table) => {
      const box = (table.parentElement ?? table).getBoundingClientRect();
      return [...table.querySelectorAll('th, td')].filter((c) => c.getBoundingClientRect().right > Math.min(box.right, window.innerWidth) + 1).length;
    });
    expect(cut).toBe(0);
  });

  for (const lang of ['en', 'zh'] as const) {
    test(`projector (${lang}): every dial's q / k tags are at least 24 px on screen and never overlap, positions moved too`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      /** Tags per dial: rendered size (font size × the SVG's scale) and pairs whose boxes overlap. */
      const tags = () =>
        page.locator('.dial svg').evaluateAll((svgs) =>
          svgs.flatMap((svg, d) => {
            const texts = [...svg.querySelectorAll('text')];
            const scale = (svg as SVGSVGElement).getScreenCTM()?.a ?? 1;
            const out = texts.map((t) => {
              const size = Number.parseFloat(getComputedStyle(t).fontSize) * scale;
              return size < 23.5 ? [`dial ${d}: "${t.textContent}" is ${size.toFixed(1)} px`] : [];
            });
            const boxes = texts.map((t) => t.getBoundingClientRect());
            for (let i = 0; i < boxes.length; i++)
              for (let j = i + 1; j < boxes.length; j++) {
                const [a, b] = [boxes[i], boxes[j]];
                const ox = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                const oy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                if (ox > 1 && oy > 1) out.push([`dial ${d}: "${texts[i].textContent}" and "${texts[j].textContent}" overlap ${ox.toFixed(0)}×${oy.toFixed(0)} px`]);
              }
            return out.flat();
          }),
        );
      const problems: string[] = [];
      for (const [step, query] of [
        ['pairs', ''],
        ['pairs', '&rope=qPos:9;kPos:2'],
        ['pairs', '&rope=qPos:40;kPos:3;pair:2'],
        ['relative', ''],
        ['rerotate', ''],
      ]) {
        await page.goto(`/#v1/rope/${step}?l=${lang}${query}`);
        await ready(page);
        if ((await page.locator('html[data-projector]').count()) === 0) {
          await page.locator('h2.step-title').click();
          await page.keyboard.press('p');
        }
        await expect(page.locator('html')).toHaveAttribute('data-projector', '');
        await expect(page.locator('.dial svg').first()).toBeVisible();
        for (const p of await tags()) problems.push(`${step}${query}: ${p}`);
      }
      expect(problems).toEqual([]);
    });
  }

  for (const lang of ['en', 'zh'] as const) {
    test(`projector (${lang}), cache with 12 decoded tokens: the first rows, the chosen key's, the two newest and one line for the rest fit the slide, before and after the guess`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`/#v1/rope/cache?l=${lang}&rope=extra:12;kRow:6`);
      await ready(page);
      await page.locator('h2.step-title').click();
      await page.keyboard.press('p');
      await expect(page.locator('html')).toHaveAttribute('data-projector', '');
      const rows = await page.locator('.rope-cache').getAttribute('data-rows');
      const n = Number(rows);
      expect(n).toBeGreaterThanOrEqual(18); // the sentence's 6–7 tokens and 12 decoded
      await expect(page.locator('.rope-stage-cache')).toContainText(String(n)); // the stage counts the decoded rows too
      const check = async () => {
        await expect(page.locator('.rope-cache tbody tr')).toHaveCount(8);
        await expect(page.locator('.rope-cache [data-cache-row="6"]')).toBeVisible(); // the chosen key's row
        await expect(page.locator(`.rope-cache [data-cache-row="${n - 1}"]`)).toBeVisible(); // the newest
        await expect(page.locator('.rope-cache tr.rope-gap')).toHaveCount(2); // rows 4–5 and 7…n−3 left out, each said
        await expect(page.locator('.rope-cache tr.rope-gap').first()).toContainText(lang === 'en' ? 'normal view' : '普通视图');
        const fit = await page.evaluate(() => {
          const t = document.querySelector('.rope-cache') as HTMLElement;
          const box = (t.parentElement ?? t).getBoundingClientRect();
          return { height: document.documentElement.scrollHeight, cut: t.getBoundingClientRect().right - box.right };
        });
        expect(fit.height).toBeLessThanOrEqual(721);
        expect(fit.cut).toBeLessThanOrEqual(1);
      };
      await check();
      await page.locator('.predict-option input').first().check();
      await page.locator('.predict-actions button:not(.quiet)').click();
      await expect(page.locator('[data-value="cache.verdict"]')).toBeVisible();
      await check();
      // The normal view lists every row.
      await page.locator('h2.step-title').click();
      await page.keyboard.press('p');
      await expect(page.locator('.rope-cache tbody tr')).toHaveCount(n);
    });
  }

  test('projector, relative: after the guess the slide shows the moved score the explanation says holds still (the bars stay in the normal view)', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/#v1/rope/relative?l=en');
    await ready(page);
    await page.locator('h2.step-title').click();
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveAttribute('data-projector', '');
    await expect(value(page, 'score')).not.toContainText('(11, 6)'); // hidden until the guess
    await page.getByRole('radio', { name: 'It grows' }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(value(page, 'score')).toHaveText(/^q·k at \(m, n\) = \(6, 1\): (−?\d\.\d{3}); at \(11, 6\): \1$/);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(721);
  });

  test('projector, cache: the table shows the key\'s first 4 numbers and says so (no number cut), and the step fits after the guess', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/#v1/rope/cache?l=en');
    await page.waitForFunction(() => !document.querySelector('.loading') && !document.querySelector('.formula[aria-busy="true"]'));
    await expect(value(page, 'k.0.7')).toHaveCount(1); // the normal view: all 8 numbers
    await page.locator('h2.step-title').click();
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveAttribute('data-projector', '');
    await expect(page.locator('.rope-cache thead')).toContainText('first 4 of 8');
    await expect(value(page, 'k.0.3')).toBeVisible();
    await expect(value(page, 'k.0.4')).toHaveCount(0);
    await page.getByRole('radio', { name: 'It stays as written' }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(value(page, 'cache.verdict')).toBeVisible();
    const box = await page.locator('.rope-cache').evaluate((el) => ({ right: el.getBoundingClientRect().right, scroll: el.parentElement ? el.parentElement.scrollWidth - el.parentElement.clientWidth : 0 }));
    expect(box.right).toBeLessThanOrEqual(1280);
    expect(box.scroll).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(721);
  });

  test('walks every step by keyboard in English; bad sentences keep the last good one', async ({ page }) => {
    test.setTimeout(90_000); // six steps of the real model, decoding included
    await page.goto('/#v1/rope/pairs?l=en');
    await ready(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 1 of 6');
    await expect(tokens(page)).toHaveAttribute('data-tokens', 'the cat sat on the mat .');
    await expect(value(page, 'turn.q.0')).toHaveText('q turned m·θ = 6.000 rad');
    await expect(value(page, 'turn.q.3')).toHaveText('q turned m·θ = 0.006 rad');
    // The slider moves q by keyboard; every pair turns at its own rate.
    await page.locator('[data-slider="pos.m"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect(value(page, 'turn.q.0')).toHaveText('q turned m·θ = 7.000 rad');
    await expect(value(page, 'turn.q.1')).toHaveText('q turned m·θ = 0.700 rad');
    await expect(page.getByTestId('step-count')).toContainText('Step 1 of 6'); // the slider kept the arrow key
    await page.locator('[data-cell="pos.m"]').fill('abc');
    await page.locator('[data-cell="pos.m"]').press('Enter');
    await expect(page.locator('[data-error="pos.m"]')).not.toBeEmpty();
    await expect(value(page, 'turn.q.0')).toHaveText('q turned m·θ = 7.000 rad');
    await page.locator('[data-cell="pos.m"]').fill('99');
    await page.locator('[data-cell="pos.m"]').press('Enter');
    await expect(page.locator('[data-error="pos.m"]')).toContainText('63');
    await page.locator('[data-cell="pos.m"]').fill('40');
    await expect(value(page, 'turn.q.0')).toHaveText('q turned m·θ = 40.000 rad');
    await page.locator('[data-cell="pos.m"]').press('Escape');
    await page.getByRole('button', { name: 'Back to their own positions' }).click();
    await expect(value(page, 'turn.q.0')).toHaveText('q turned m·θ = 6.000 rad');

    // Bad sentences: a message in English, the last good sentence stays in use.
    await sentence(page).fill('the cta sat on the mat.');
    await sentence(page).press('Enter');
    await expect(sentenceError(page)).toContainText('“cta” is not in the model\'s vocabulary. Did you mean cat');
    await expect(tokens(page)).toContainText('Still using the last valid sentence (7 tokens)');
    await expect(value(page, 'turn.q.0')).toHaveText('q turned m·θ = 6.000 rad');
    await sentence(page).fill('');
    await sentence(page).press('Enter');
    await expect(sentenceError(page)).toContainText('The sentence is empty.');
    await sentence(page).fill('the cat sat on the mat . '.repeat(6));
    await sentence(page).press('Enter');
    await expect(sentenceError(page)).toContainText('42 tokens: at most 32 fit here.');
    await sentence(page).fill('x'.repeat(10_000));
    await sentence(page).press('Enter');
    await expect(sentenceError(page)).toContainText('characters: at most');
    await expect(value(page, 'turn.q.0')).toHaveText('q turned m·θ = 6.000 rad');
    await sentence(page).press('Escape');
    await expect(sentence(page)).toHaveValue('The cat sat on the mat.'); // Esc cancels the edit: the sentence of its start, as it was typed
    await expect(sentenceError(page)).toBeEmpty();

    // Step 2: predict, then see the score hold while both move.
    await next(page, 2);
    await expect(value(page, 'rel.verdict')).toHaveCount(0);
    // Before the guess the shift still moves the arrows (both turn by s·θ); only the scores stay hidden.
    const turn0 = await value(page, 'turn2.0').textContent();
    const where = await page.locator('.rope-dials figcaption').textContent();
    await page.locator('[data-cell="shift"]').fill('7');
    await expect(page.locator('.rope-dials figcaption')).not.toHaveText(where ?? '');
    await expect(value(page, 'turn2.0')).not.toHaveText(turn0 ?? '');
    await expect(value(page, 'turn2.0')).toHaveText('both turned s·θ = 7.000 rad');
    await expect(value(page, 'share2.0')).toHaveCount(0);
    await page.locator('[data-cell="shift"]').press('Tab');
    await page.getByRole('radio', { name: 'It stays exactly the same' }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(page.locator('[data-option="same"]')).toContainText('right answer');
    await expect(value(page, 'rel.verdict')).toContainText('Unchanged');
    await expect(value(page, 'rel.at')).toHaveText(await value(page, 'rel.shifted').innerText());
    await expect(value(page, 'rel.apart')).not.toHaveText(await value(page, 'rel.at').innerText());
    await page.locator('[data-cell="shift"]').fill('30');
    await expect(value(page, 'rel.shifted')).toHaveText(await value(page, 'rel.at').innerText());

    // Step 3: guess, then decode tokens; every cached row equals recomputing now.
    await next(page, 3);
    await expect(page.locator('[data-action="decode"]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Just show me' }).click();
    await expect(value(page, 'cache.verdict')).toContainText('cached keys = recomputed');
    const catKey = await value(page, 'k.1.0').innerText();
    for (let i = 0; i < 3; i++) await page.locator('[data-action="decode"]').click();
    await expect(page.locator('[data-cache-row]')).toHaveCount(10);
    await expect(value(page, 'k.1.0')).toHaveText(catKey);
    for (const r of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) await expect(value(page, `vsNow.${r}`)).toHaveText('0.000');

    // Step 4: position 0 instead of T: guess, then compare the loops.
    await next(page, 4);
    await expect(page.getByRole('radio', { name: '0 (offset forgotten)' })).toBeChecked();
    await expect(value(page, 'bug.count')).toHaveCount(0);
    await page.getByRole('radio', { name: /^None/ }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(page.getByText('Not quite.')).toBeVisible();
    await expect(value(page, 'bug.count')).toContainText(/[1-8] of 8 words differ/);
    await expect(page.locator('tr[data-row="wrong"] td.differs').first()).toBeVisible();

    // Step 5: the fix: the loop equals the reference, KL 0 everywhere.
    await next(page, 5);
    await expect(page.getByRole('radio', { name: 'T + s (right)' })).toBeChecked();
    await expect(value(page, 'bug.summary')).toContainText('0 of 8 generated words differ');
    await expect(value(page, 'fix.check')).toContainText('largest difference');
    await page.getByRole('radio', { name: 'T − 1 + s (one short)' }).check();
    await expect(page.locator('h2.step-title')).toHaveText('The bug is back');
    await page.getByRole('radio', { name: 'T + s (right)' }).check();

    // Step 6: re-rotating a cached key equals computing it at the new position.
    await next(page, 6);
    await page.locator('[data-cell="move.to"]').fill('50');
    await expect(value(page, 'move.max')).toContainText('Largest difference');
    for (const j of [0, 3, 7]) await expect(value(page, `moved.${j}`)).toHaveText(await value(page, `computed.${j}`).innerText());
    await page.locator('[data-cell="move.to"]').fill('-3');
    await page.locator('[data-cell="move.to"]').press('Enter');
    await expect(page.locator('[data-error="move.to"]')).not.toBeEmpty();
  });

  test('walks every step by keyboard in Chinese, messages in Chinese', async ({ page }) => {
    await page.goto('/#v1/rope/pairs?l=zh');
    await ready(page);
    await expect(tokens(page)).toHaveAttribute('data-tokens', '猫 坐 在 垫子 上 。');
    await expect(value(page, 'turn.q.0')).toHaveText('q 转过 m·θ = 5.000\u00a0弧\u2060度');
    await sentence(page).fill('猫坐在abc');
    await sentence(page).press('Enter');
    await expect(sentenceError(page)).toContainText('“abc”不在模型的词表里。');
    await expect(tokens(page)).toContainText('仍在使用上一个有效的句子（6 个词元）');
    await sentence(page).fill('  ');
    await sentence(page).press('Enter');
    await expect(sentenceError(page)).toContainText('句子是空的。');
    await sentence(page).fill('猫坐在垫子上。'.repeat(6));
    await sentence(page).press('Enter');
    await expect(sentenceError(page)).toContainText('这里最多只能放 32 个');
    await sentence(page).fill('狗睡在床上');
    await sentence(page).press('Enter');
    await expect(sentenceError(page)).toBeEmpty();
    await expect(tokens(page)).toContainText('5 个，最多 32 个');
    await expect(value(page, 'turn.q.0')).toHaveText('q 转过 m·θ = 4.000\u00a0弧\u2060度');
    await next(page, 2);
    await page.getByRole('button', { name: '直接看答案' }).click();
    await expect(value(page, 'rel.verdict')).toContainText('不变');
    await next(page, 3);
    await page.getByRole('button', { name: '直接看答案' }).click();
    await page.getByRole('button', { name: '再解码一个词元' }).click();
    await expect(page.locator('[data-cache-row]')).toHaveCount(6);
    await next(page, 4);
    await page.getByRole('button', { name: '直接看答案' }).click();
    await expect(value(page, 'bug.count')).toContainText('个词元中有');
    await next(page, 5);
    await expect(value(page, 'bug.summary')).toContainText('有 0 个不同');
    await next(page, 6);
    await expect(value(page, 'move.max')).toContainText('最大差值');
    // The English sentence is kept for English pages: switching language shows it.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(sentence(page)).toHaveValue('The cat sat on the mat.');
  });

  test('a shared link with a sentence the model cannot read opens the default, saying why', async ({ page }) => {
    await page.goto('/#v1/rope/pairs?l=en&rope=textEn:xyzzy%20cat');
    await ready(page);
    await expect(sentence(page)).toHaveValue('xyzzy cat'); // the link's text is kept, to fix
    await expect(sentenceError(page)).toContainText('“xyzzy” is not in the model\'s vocabulary.');
    await expect(tokens(page)).toContainText('Still using the last valid sentence (7 tokens)');
    await expect(tokens(page)).toHaveAttribute('data-tokens', 'the cat sat on the mat .');
    await expect(value(page, 'turn.q.0')).toHaveText('q turned m·θ = 6.000 rad');
  });
});

test('pairs: pointing at (or Tab to) a pair’s turn lights the position and rate it comes from, the share and score it feeds, and its term in the formula', async ({ page }) => {
  await page.goto('/#v1/rope/pairs?l=en');
  await ready(page);
  const q = (id: string, where = 'main') => page.locator(`${where} [data-q="${id}"]`).first();
  await q('rope.qturn.0').hover();
  await expect(q('rope.qturn.0')).toHaveAttribute('data-link', 'self');
  await expect(q('rope.m')).toHaveAttribute('data-link', 'from');
  await expect(q('rope.theta.0')).toHaveAttribute('data-link', 'from');
  await expect(q('rope.share.0')).toHaveAttribute('data-link', 'to');
  await expect(q('rope.score')).toHaveAttribute('data-link', 'to');
  await expect(q('rope.qturn.0', '.formula')).toHaveAttribute('data-link', 'self');
  await expect(q('rope.n')).not.toHaveAttribute('data-link', /./); // the key's position does not turn q
  await expect(q('rope.qturn.1')).not.toHaveAttribute('data-link', /./);
  // The keyboard points the same way: Tab to the key's turn of pair 1.
  await page.mouse.move(2, 2);
  await q('rope.kturn.1').focus();
  await expect(q('rope.n')).toHaveAttribute('data-link', 'from');
  await expect(q('rope.theta.1')).toHaveAttribute('data-link', 'from');
  await expect(q('rope.share.1')).toHaveAttribute('data-link', 'to');
  await expect(q('rope.m')).not.toHaveAttribute('data-link', /./);
});

test.describe('linked numbers after the pairs step', () => {
  const linkOf = (page: Page) => (id: string, where = 'main') => page.locator(`${where} [data-q="${id}"]`).first();
  const unlit = (page: Page, id: string) => expect(page.locator(`main [data-q="${id}"][data-link]`)).toHaveCount(0);

  test('relative: a turn s·θ comes from s and θ and feeds no score; after the guess m − n in the formula lights m, n and both scores at that distance, not the third', async ({ page }) => {
    await page.goto('/#v1/rope/relative?l=en');
    await ready(page);
    const q = linkOf(page);
    await q('rope.sturn.1').focus();
    await expect(q('rope.sturn.1')).toHaveAttribute('data-link', 'self');
    await expect(q('rope.s')).toHaveAttribute('data-link', 'from');
    await expect(q('rope.theta.1')).toHaveAttribute('data-link', 'from');
    await unlit(page, 'rope.score'); // both arrows turn by it: the score does not move
    await unlit(page, 'rope.theta.0');
    // The shift moves both positions (the caption's m + s, n + s), never the score at (m, n).
    await page.locator('[data-cell="shift"]').focus();
    await expect(q('rope.m2', '.rope-dials figcaption')).toHaveAttribute('data-link', 'to');
    await expect(q('rope.n2', '.rope-dials figcaption')).toHaveAttribute('data-link', 'to');
    await expect(q('rope.m', '.rope-dials figcaption')).not.toHaveAttribute('data-link', /./);
    await unlit(page, 'rope.score');
    // Before the guess the score lights nothing it would reveal: the shares, bars and formula are not on the page.
    await q('rope.score').focus();
    await expect(q('rope.score')).toHaveAttribute('data-link', 'self');
    await expect(q('rope.m', '.rope-stage')).toHaveAttribute('data-link', 'from'); // the stage's positions: m and n, the inputs
    await expect(q('rope.n', '.rope-stage')).toHaveAttribute('data-link', 'from');
    await expect(page.locator('main [data-q^="rope.rshare."], main [data-q="rope.score2"], main [data-q="rope.diff"]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Just show me' }).click();
    await ready(page);
    // The formula typeset after the guess may still be scaled to fit (a zoom) when the pointer first moves: point again until it lands.
    await expect(async () => {
      await q('rope.dist', '.formula').hover();
      await expect(q('rope.dist', '.formula')).toHaveAttribute('data-link', 'self', { timeout: 1000 });
    }).toPass({ timeout: 15_000 });
    await expect(q('rope.m', '.formula')).toHaveAttribute('data-link', 'from');
    await expect(q('rope.n', '.formula')).toHaveAttribute('data-link', 'from');
    await expect(q('rope.rshare.2')).toHaveAttribute('data-link', 'to');
    await expect(q('rope.score2')).toHaveAttribute('data-link', 'to'); // the bar at (m + s, n + s)
    await expect(q('rope.diff')).toHaveAttribute('data-link', 'to'); // the verdict
    await unlit(page, 'rope.score3'); // one position more apart: another distance
    await unlit(page, 'rope.m2');
    await unlit(page, 'rope.sturn.0');
  });

  test('cache: a row’s position (table, stage) lights the key stored with its rotation and, after the guess, its check and score; never another row’s key', async ({ page }) => {
    await page.goto('/#v1/rope/cache?l=en');
    await ready(page);
    const q = linkOf(page);
    await q('rope.cpos.1', 'table').focus();
    await expect(q('rope.cpos.1', 'table')).toHaveAttribute('data-link', 'self');
    await expect(q('rope.cpos.1', '.rope-stage')).toHaveAttribute('data-link', 'self');
    await expect(page.locator('main [data-q="rope.ckey.1"]')).toHaveCount(8);
    await expect(page.locator('main [data-q="rope.ckey.1"][data-link="to"]')).toHaveCount(8);
    await unlit(page, 'rope.ckey.2');
    await unlit(page, 'rope.cpos.2');
    await expect(page.locator('main [data-q^="rope.cvs."], main [data-q^="rope.cscore."]')).toHaveCount(0); // concealed until the guess
    await page.getByRole('button', { name: 'Just show me' }).click();
    await ready(page);
    await page.mouse.move(2, 2); // the pointer wins over focus: move it off the page's numbers
    await q('rope.cpos.1', 'table').focus();
    await expect(q('rope.cvs.1')).toHaveAttribute('data-link', 'to');
    await expect(q('rope.cscore.1')).toHaveAttribute('data-link', 'to');
    await expect(q('rope.ckey.1', '.formula')).toHaveAttribute('data-link', 'to'); // the formula shows the chosen row's key
    await unlit(page, 'rope.cvs.2');
  });

  test('wrong-position, before the guess: the cache rows, N and the rule light what they feed (hover and Tab), nothing of the answer', async ({ page }) => {
    await page.goto('/#v1/rope/wrong-position?l=en');
    await ready(page);
    const q = linkOf(page);
    // A cache row's position makes T, and T (with N) the right loop's words.
    await q('rope.brow.3').hover();
    await expect(q('rope.brow.3')).toHaveAttribute('data-link', 'self');
    await expect(q('rope.rightwords')).toHaveAttribute('data-link', 'to');
    await expect(q('rope.code')).not.toHaveAttribute('data-link', /./);
    // The rule writes the code's pos=…; the keyboard points too.
    await page.mouse.move(2, 2);
    await page.getByRole('radio', { name: /offset forgotten/ }).focus();
    await expect(q('rope.rule')).toHaveAttribute('data-link', 'self');
    await expect(q('rope.code')).toHaveAttribute('data-link', 'to');
    await expect(q('rope.rightwords')).not.toHaveAttribute('data-link', /./);
    // The right words come from every cache row and N.
    await q('rope.rightwords').focus();
    for (const i of [0, 6]) await expect(q(`rope.brow.${i}`)).toHaveAttribute('data-link', 'from');
    await expect(q('rope.gen')).toHaveAttribute('data-link', 'from');
    await expect(page.locator('main [data-q^="rope.kl."], main [data-q^="rope.pwrong."]')).toHaveCount(0); // still concealed
  });

  test('wrong-position: after the guess a step’s KL divergence lights the positions both loops fed up to it, not later ones', async ({ page }) => {
    await page.goto('/#v1/rope/wrong-position?l=en');
    await ready(page);
    await expect(page.locator('main [data-q^="rope.kl."], main [data-q^="rope.pwrong."]')).toHaveCount(0); // concealed until the guess
    await page.getByRole('button', { name: 'Just show me' }).click();
    await ready(page);
    await page.mouse.move(2, 2); // the pointer wins over focus: move it off the page's numbers
    const q = linkOf(page);
    await q('rope.kl.3').focus();
    await expect(q('rope.kl.3')).toHaveAttribute('data-link', 'self');
    for (const id of ['rope.pright.2', 'rope.pright.3', 'rope.pwrong.2', 'rope.pwrong.3']) await expect(q(id)).toHaveAttribute('data-link', 'from');
    await expect(q('rope.maxkl')).toHaveAttribute('data-link', 'to');
    await unlit(page, 'rope.pright.4');
    await unlit(page, 'rope.kl.2');
    // How many words differ comes from both loops' words, and they from the positions fed.
    await q('rope.differ').focus();
    await expect(q('rope.wwrong.4')).toHaveAttribute('data-link', 'from');
    await expect(q('rope.wright.1')).toHaveAttribute('data-link', 'from');
    await expect(q('rope.pwrong.3')).toHaveAttribute('data-link', 'from');
    await unlit(page, 'rope.kl.3');
    // The wrong position 0 comes from nothing; the right one from T (in the formula).
    await q('rope.pright.5').hover();
    await expect(q('rope.T', '.formula')).toHaveAttribute('data-link', 'from');
  });

  test('rerotate: p′ lights Δ and every pair’s turn; a cached entry lights the two moved entries of its pair only', async ({ page }) => {
    await page.goto('/#v1/rope/rerotate?l=en');
    await ready(page);
    const q = linkOf(page);
    await page.locator('[data-cell="move.to"]').focus();
    await expect(q('rope.to')).toHaveAttribute('data-link', 'self');
    await expect(q('rope.delta')).toHaveAttribute('data-link', 'to');
    await expect(q('rope.mturn.3')).toHaveAttribute('data-link', 'to');
    await expect(q('rope.kp.0')).toHaveAttribute('data-link', 'to');
    await expect(q('rope.to', '.formula')).toHaveAttribute('data-link', 'self');
    await unlit(page, 'rope.from');
    await unlit(page, 'rope.kc.0');
    await q('rope.kc.2').focus();
    await expect(q('rope.km.2')).toHaveAttribute('data-link', 'to');
    await expect(q('rope.km.3')).toHaveAttribute('data-link', 'to');
    await expect(q('rope.km.3', '.formula')).toHaveAttribute('data-link', 'to');
    await expect(q('rope.from')).toHaveAttribute('data-link', 'from');
    await unlit(page, 'rope.km.0');
    await unlit(page, 'rope.kp.2');
  });
});
