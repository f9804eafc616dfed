import { expect, test } from './helpers';

const value = (page: import('@playwright/test').Page, name: string) => page.locator(`[data-value="${name}"]`);
const text = async (page: import('@playwright/test').Page, name: string) => (await value(page, name).textContent()) ?? '';

test.describe('generation: prefill, decode, no cache, cost, benchmark', () => {
  test('walks every step by keyboard; the cache grows; outputs agree exactly', async ({ page }) => {
    const rows = page.locator('.gen-stage tbody tr');
    await page.goto('/#v1/generate/prefill?l=en');
    await expect(page.getByTestId('step-count')).toContainText('Step 1 of 5');
    await expect(value(page, 'cache.length')).toHaveText('3 rows');
    await expect(value(page, 'prefillWeights.0.1')).toHaveText(/^0\s✕\(masked\)$/);
    await expect(page.locator('.gen-stage tbody tr.new-row')).toHaveCount(3); // all computed in prefill
    await expect(page.getByText('computed in prefill (all at once)')).toHaveCount(3);

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 2 of 5');
    await expect(value(page, 'cache.length')).toHaveText('4 rows');
    await expect(rows).toHaveCount(4);
    await expect(page.locator('.gen-stage tbody tr.read-row')).toHaveCount(3);
    await expect(page.locator('.gen-stage tbody tr.new-row')).toHaveCount(1);
    const stepOnce = page.getByRole('button', { name: 'Step ▸' });
    await stepOnce.click();
    await expect(value(page, 'cache.length')).toHaveText('5 rows');
    await stepOnce.click();
    await expect(value(page, 'cache.length')).toHaveText('6 rows');
    await expect(page.locator('.gen-stage tbody tr.read-row')).toHaveCount(5);
    await expect(stepOnce).toBeDisabled();
    await page.getByRole('button', { name: '◀ Previous token' }).click();
    await expect(value(page, 'cache.length')).toHaveText('5 rows');
    await expect(page.locator('.gen-stage [data-q="w.4"]')).toBeVisible(); // one query row over 5 keys
    await expect(page.locator('.gen-stage [data-q="w.5"]')).toHaveCount(0);

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 3 of 5');
    await expect(value(page, 'maxDiff')).toHaveText('0.000');
    const raw = Number(await value(page, 'maxDiff').getAttribute('data-raw'));
    expect(raw).toBeLessThan(1e-12);
    for (const i of [0, 1, 2]) await expect(value(page, `cached.${i}`)).toHaveText(await text(page, `uncached.${i}`));

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 4 of 5');
    await expect(value(page, 'macs.cached.0')).toHaveText('60');
    await expect(value(page, 'macs.uncached.0')).toHaveText('204');
    await expect(value(page, 'predict.ratio')).toBeHidden();
    await page.getByRole('radio', { name: '100 to 1,000 times' }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(page.getByText('Right!')).toBeVisible();
    await expect(value(page, 'predict.ratio')).toContainText('Ratio at N = 512');

    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-count')).toContainText('Step 5 of 5');
    await expect(page).toHaveURL(/#v1\/generate\/benchmark/);
  });

  test('editing an embedding changes the outputs; bad input shows a message and keeps the numbers', async ({ page }) => {
    await page.goto('/#v1/generate/no-cache?l=en&generate=decoded:3');
    const before = await text(page, 'cached.2');
    const first = await text(page, 'cached.0');
    await page.locator('[data-cell="X.5.0"]').fill('3');
    await expect(value(page, 'cached.2')).not.toHaveText(before);
    await expect(value(page, 'cached.0')).toHaveText(first); // "mat" cannot change the output of "on"
    await expect(value(page, 'maxDiff')).toHaveText('0.000');
    const edited = await text(page, 'cached.2');
    await page.locator('[data-cell="X.5.0"]').press('Tab'); // edit done: bad text in a new edit goes back to 3

    await page.locator('[data-cell="X.5.0"]').fill('abc');
    await expect(page.locator('[data-error="X.5.0"]')).toContainText('last valid value 3');
    await expect(value(page, 'cached.2')).toHaveText(edited);
    await page.locator('[data-cell="X.5.0"]').press('Escape');
    await page.getByRole('button', { name: 'Reset to the running example' }).click();
    await expect(value(page, 'cached.2')).toHaveText(before);
  });

  test('the benchmark runs, shows a speed-up and a plot, and can be stopped', async ({ page }) => {
    test.setTimeout(120_000);
    // Guess on the cost step for N = 64, then measure: the guess is set beside the count and the measurement.
    await page.goto('/#v1/generate/cost?l=en&generate=benchN:64');
    await page.getByRole('radio', { name: 'more than 1,000 times' }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(page.getByText('Not quite.')).toBeVisible();
    await page.locator('h2.step-title').click();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#v1\/generate\/benchmark/);
    await expect(page.getByLabel('Tokens to generate N (d = 64)')).toHaveValue('64');
    await page.getByRole('button', { name: 'Run the benchmark' }).click();
    await expect(page.locator('[data-status="done"]')).toBeVisible({ timeout: 90_000 });
    await expect(value(page, 'bench.vsGuess')).toContainText(/Counting multiply-adds predicts 29\.8\d*× for N = 64/);
    await expect(value(page, 'bench.vsGuess')).toContainText('Your guess on the previous step: more than 1,000 times. The count says: 10 to 100 times.');
    const speedup = await text(page, 'bench.speedup');
    const x = Number(/([\d.]+)×/.exec(speedup)?.[1]);
    expect(x).toBeGreaterThan(1);
    await expect(page.locator('svg.bench-plot polyline')).toHaveCount(2);
    await page.getByRole('button', { name: 'Show as a table' }).click();
    await expect(page.getByRole('table', { name: 'Measured time per token at the sampled positions' })).toBeVisible();

    await page.getByLabel('Tokens to generate N (d = 64)').selectOption('4096');
    await page.getByRole('button', { name: 'Run the benchmark' }).click();
    await expect(page.locator('[data-status="running"]')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Stop' })).toBeEnabled();
    // The page stays responsive while it runs: step navigation still answers.
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(page.locator('[data-status="stopped"]')).toBeVisible();
    await expect(page.getByText('Stopped. Run again whenever you like.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Run the benchmark' })).toBeEnabled();
  });
});

test.describe('generation stage: the cache grows as decoding plays', () => {
  test('playing grows the cache by exactly one row per step, the URL carries play and speed, and it stops at the end', async ({ page }) => {
    await page.goto('/#v1/generate/decode?l=en');
    const rows = page.locator('.gen-stage tbody tr');
    await expect(rows).toHaveCount(4);
    // Record every row count the stage shows while playing (whatever the machine's speed).
    await page.evaluate(() => {
      const w = window as unknown as { counts: number[] };
      w.counts = [];
      const body = document.querySelector('.gen-stage tbody');
      if (!body) throw new Error('no stage');
      new MutationObserver(() => {
        const n = body.querySelectorAll('tr').length;
        if (w.counts[w.counts.length - 1] !== n) w.counts.push(n);
      }).observe(body, { childList: true });
    });
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('4');
    await expect(page).toHaveURL(/[?&]speed=4/);
    await page.getByRole('button', { name: '▶ Play' }).click();
    await expect(page).toHaveURL(/[?&]play=1/);
    await expect(rows).toHaveCount(6);
    await expect(page).not.toHaveURL(/play=1/); // stopped by itself at the last token
    expect(await page.evaluate(() => (window as unknown as { counts: number[] }).counts)).toEqual([5, 6]);
    // Each appended row is the newest token's, marked new; the rows before it are read.
    await expect(page.locator('.gen-stage tbody tr.new-row th')).toContainText('mat');
    await expect(page.locator('.gen-stage tbody tr.read-row')).toHaveCount(5);
    // The counters follow the step: T = 6 with a cache reads 6 rows (72 MACs), without recomputes all (342).
    await expect(page.locator('[data-value="counter.macs.cached"]')).toHaveText('72');
    await expect(page.locator('[data-value="counter.macs.uncached"]')).toHaveText('342');
    await expect(page.locator('[data-value="counter.bytes.cached"]')).toHaveText('144');
    // Playing again starts over from the first decoded token (slowly, so the restart is seen before it moves on).
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('0.5');
    await page.getByRole('button', { name: '▶ Play' }).click();
    await expect(rows).toHaveCount(4);
    await page.getByRole('button', { name: '❚❚ Pause' }).click();
    await expect(page).not.toHaveURL(/play=1/);
  });

  test('a shared link that is playing plays; the appended row slides in (≤ 200 ms), and not under reduced motion', async ({ page }) => {
    await page.goto('/#v1/generate/decode?l=en&play=1&speed=4');
    await expect(page.getByRole('button', { name: '❚❚ Pause' })).toBeVisible();
    await expect(page.locator('.gen-stage tbody tr')).toHaveCount(6);
    const cells = page.locator('.gen-stage tbody tr.new-row > *');
    const anim = await cells.evaluateAll((cs) => cs.map((c) => [getComputedStyle(c).animationName, Number.parseFloat(getComputedStyle(c).animationDuration) * 1000] as const));
    expect(anim.length).toBeGreaterThan(0);
    for (const [name, ms] of anim) {
      expect(name).toBe('stage-append');
      expect(ms).toBeLessThanOrEqual(200);
    }
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByRole('button', { name: '◀ Previous token' }).click();
    await page.getByRole('button', { name: 'Step ▸' }).click();
    await expect(page.locator('.gen-stage tbody tr')).toHaveCount(6);
    const names = await cells.evaluateAll((cs) => cs.map((c) => getComputedStyle(c).animationName));
    expect(names.every((n) => n === 'none')).toBe(true);
  });

  test('pointing at a weight lights every key of the row (softmax divides by their sum) and the query, and the output it feeds, on the stage and in the formula', async ({ page }) => {
    await page.goto('/#v1/generate/decode?l=en');
    const q = (id: string, where = '.stage') => page.locator(`${where} [data-q="${id}"]`).first();
    await q('w.1').hover();
    await expect(q('w.1')).toHaveAttribute('data-link', 'self');
    await expect(q('k.1')).toHaveAttribute('data-link', 'from');
    await expect(q('q')).toHaveAttribute('data-link', 'from');
    await expect(q('x.1')).toHaveAttribute('data-link', 'from');
    await expect(q('x.3')).toHaveAttribute('data-link', 'from'); // the newest token's embedding makes q
    await expect(q('o')).toHaveAttribute('data-link', 'to');
    await expect(q('k.0')).toHaveAttribute('data-link', 'from'); // every key feeds the softmax's denominator
    await expect(q('v.0')).not.toHaveAttribute('data-link', /./);
    await expect(q('w.1', '.formula')).toHaveAttribute('data-link', 'self');
    await expect(q('o', '.formula')).toHaveAttribute('data-link', 'to');
    // The keyboard points too (with the pointer moved off the numbers).
    await page.mouse.move(1, 1);
    await q('v.2').focus();
    await expect(q('v.2')).toHaveAttribute('data-link', 'self');
    await expect(q('o')).toHaveAttribute('data-link', 'to');
    await expect(q('w.2')).not.toHaveAttribute('data-link', /./);
  });

  test('on a 390×844 phone the cache table fits without sideways scrolling (every step, both languages), and every number in it is whole', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const lang of ['en', 'zh'] as const) {
      for (const where of ['prefill', 'decode', 'decode?generate=decoded:3', 'no-cache', 'cost']) {
        const [step, query] = where.split('?');
        await page.goto(`/#v1/generate/${step}?l=${lang}${query ? `&${query}` : ''}`);
        await expect(page.locator('.gen-stage tbody tr').first()).toBeVisible();
        const fit = await page.evaluate(() => {
          const table = document.querySelector('.gen-stage') as HTMLElement;
          const box = table.closest('.scroll-x') as HTMLElement;
          // Every number and input inside its own cell (none overflows into the next column) and the table inside the screen.
          const spill = [...table.querySelectorAll<HTMLElement>('.num, input, .token-chip')]
            .filter((e) => {
              const cell = (e.closest('td, th') as HTMLElement).getBoundingClientRect();
              const r = e.getBoundingClientRect();
              return r.left < cell.left - 0.5 || r.right > cell.right + 0.5;
            })
            .map((e) => e.textContent || (e as HTMLInputElement).value);
          return { scrolls: box.scrollWidth - box.clientWidth, right: table.getBoundingClientRect().right, spill };
        });
        expect(fit.scrolls, `${lang} ${where}: the table scrolls sideways by ${fit.scrolls} px`).toBeLessThanOrEqual(1);
        expect(fit.right, `${lang} ${where}`).toBeLessThanOrEqual(390);
        expect(fit.spill, `${lang} ${where}`).toEqual([]);
      }
    }
  });

  for (const lang of ['en', 'zh'] as const) {
    test(`projector mode (${lang}): every formula of prefill and each decode step fits its column (it breaks, nothing cut at the right)`, async ({ page }) => {
      await page.goto(`/#v1/generate/prefill?l=${lang}`);
      await page.locator('h2.step-title').click();
      await page.keyboard.press('p');
      await expect(page.locator('html')).toHaveAttribute('data-projector', /.*/);
      const cut = () =>
        page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('main .formula')]
            .filter((f) => f.getBoundingClientRect().width > 0 && f.scrollWidth > f.clientWidth + 2)
            .map((f) => `${f.scrollWidth} > ${f.clientWidth}: ${f.dataset.tex?.slice(0, 40)}`),
        );
      const ready = () => page.waitForFunction(() => !document.querySelector('.formula[aria-busy="true"]') && document.querySelector('main .formula .katex'));
      await ready();
      expect(await cut()).toEqual([]);
      for (const decoded of [1, 2, 3]) {
        await page.goto(`/#v1/generate/decode?l=${lang}&generate=decoded:${decoded}`);
        await expect(page.locator('html')).toHaveAttribute('data-projector', /.*/);
        await ready();
        expect(await cut(), `decode step ${decoded}`).toEqual([]);
      }
    });
  }
});
