import type { Page } from '@playwright/test';
import { expect, test } from './helpers';

const value = (page: Page, name: string) => page.locator(`[data-value="${name}"]`);
/** The chapter's view is a lazily loaded chunk: allow a busy machine time for the first paint. */
const LOAD = { timeout: 20_000 };
const next = async (page: Page) => {
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
};

/** Presses Tab until the focused element matches `selector` (a keyboard user reaching a control); fails when it never does. */
const tabTo = async (page: Page, selector: string) => {
  for (let n = 0; n < 200; n++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reaches ${selector}`);
};
/** To the next step with the keyboard only: Tab to "Next →" and press Enter. */
const nextByKeys = async (page: Page) => {
  await tabTo(page, '[data-nav="next"]');
  await page.keyboard.press('Enter');
};

test.describe('serve: the cache in production', () => {
  test('walks every step by keyboard in English: weights, guess, fit, contiguous, paged, waste, prefix, copy on write, batching', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/#v1/serve/weights?l=en');
    await expect(page.locator('.step-layout')).toBeVisible(LOAD);
    await expect(page.getByTestId('step-count')).toContainText('Step 1 of 10');
    await expect(value(page, 'params.total')).toHaveText('8,030,261,248');
    await page.locator('[data-cell="preset"]').selectOption('falcon-7b');
    await expect(value(page, 'params.total')).toHaveText('6,921,720,704');
    await expect(page.getByText('the published count ✓')).toBeVisible();
    await page.getByRole('button', { name: 'Show every tensor' }).click();
    await expect(page.getByRole('rowheader', { name: 'h.*.self_attention.query_key_value' })).toBeVisible();
    await page.locator('[data-cell="preset"]').selectOption('llama3-8b');

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 2 of 10');
    await expect(value(page, 'guess.answer')).toBeHidden();
    await page.getByRole('radio', { name: '57 sequences' }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(page.getByText('Right!')).toBeVisible();
    await expect(value(page, 'guess.answer')).toHaveText('57 sequences fit.');

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 3 of 10');
    await expect(value(page, 'fit.maxBatch')).toHaveText('57');
    await expect(value(page, 'fit.maxContext')).toHaveText('58,411');
    await page.locator('[data-cell="context"]').fill('16384');
    await expect(value(page, 'fit.maxBatch')).toHaveText('28');
    await page.locator('[data-action="use-batch"]').click();
    await expect(value(page, 'fit.free')).toContainText('GiB');
    await page.locator('[data-cell="batch"]').fill('100');
    await expect(value(page, 'fit.over')).toContainText('Does not fit');
    await page.locator('[data-cell="gpu"]').selectOption('140');
    await page.locator('[data-cell="preset"]').selectOption('deepseek-v3');
    await expect(value(page, 'fit.noRoom')).toContainText('at least');

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 4 of 10');
    await expect(value(page, 'sim-step')).toHaveText('Step 10 (last: 67)');
    await expect(value(page, 'contiguous.status')).toContainText('Running: R1 R4 R5 R6');
    await page.locator('[data-action="sim-next"]').click();
    await expect(value(page, 'sim-step')).toHaveText('Step 11 (last: 67)');
    await expect(page).toHaveURL(/serve=[^&]*t:11/);
    await page.locator('[data-cell="policy-oracle"]').check();
    await expect(page.locator('.serve-map figcaption')).toContainText('exact length');

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 5 of 10');
    await expect(page.locator('[data-run="paged"]')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Block tables (logical block → physical block)' })).toBeVisible();
    await page.locator('[data-cell="block"]').selectOption('4');
    await expect(page.locator('[data-run="paged"] figcaption')).toHaveText('Paged: blocks of 4 tokens');

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 6 of 10');
    await expect(value(page, 'paper.max.used')).toHaveText('20.4 %');
    await expect(value(page, 'paper.vllm.used')).toHaveText('96.3 %');
    await expect(value(page, 'waste.max.used')).toContainText('%');

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 7 of 10');
    await page.locator('[data-cell="block"]').selectOption('16');
    await expect(value(page, 'prefix.on.hitRate')).toHaveText('93.8 %');
    await expect(value(page, 'prefix.off.hitRate')).toHaveText('0.0 %');
    await page.locator('[data-cell="cache"]').uncheck();
    await expect(page.locator('[data-run="prefix"] figcaption')).toContainText('Prefix cache off');

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 8 of 10');
    await expect(value(page, 'cow.cached')).toContainText('s16');
    await expect(page.locator('[data-value^="cow.copy."]').first()).toContainText('s19');
    await page.locator('[data-cell="prefix"]').fill('32');
    await expect(value(page, 'cow.none')).toBeVisible();

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 9 of 10');
    await expect(page.locator('[data-run="static"]')).toBeVisible();
    await expect(value(page, 'batch.static.makespan')).toHaveText('115');

    await next(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 10 of 10');
    await expect(page.locator('[data-run="continuous"]')).toBeHidden();
    await page.getByRole('radio', { name: 'about half (45–70 %)' }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(page.getByText('Right!')).toBeVisible();
    await expect(value(page, 'batch.continuous.makespan')).toHaveText('68');
  });

  test('bad input shows a message in the current language and the last valid value stays', async ({ page }) => {
    await page.goto('/#v1/serve/fit?l=en');
    await expect(page.locator('.step-layout')).toBeVisible(LOAD);
    await page.locator('[data-cell="batch"]').fill('1.5');
    await expect(page.locator('[data-error="batch"]')).toContainText('whole number from 1 to 100,000');
    await expect(value(page, 'fit.maxContext')).toHaveText('58,411');
    for (const bad of ['abc', '', '1e999']) {
      await page.locator('[data-cell="context"]').fill(bad);
      await expect(page.locator('.cell.invalid, .serve-int.invalid').first()).toBeVisible();
      await expect(value(page, 'fit.maxBatch')).toHaveText('57');
    }
    await page.locator('[data-cell="context"]').fill('x'.repeat(10_000));
    await expect(value(page, 'fit.maxBatch')).toHaveText('57');

    await page.goto('/#v1/serve/contiguous?l=zh');
    await expect(page.locator('.step-layout')).toBeVisible(LOAD);
    // R0 has 19 prompt tokens; with the maximum length 64 its output may be at most 45.
    await page.locator('.serve-requests > summary').click();
    await page.locator('[data-cell="req.0.output"]').fill('50');
    await expect(page.locator('[data-error="req.0.output"]')).toContainText('提示与输出之和不能超过最大长度 64');
    await page.locator('[data-cell="maxLen"]').fill('20');
    await expect(page.locator('[data-error="maxLen"]')).toContainText('之间的整数');
    await page.locator('[data-cell="req.0.output"]').fill('45');
    await expect(page.locator('[data-error="req.0.output"]')).toBeEmpty();
    await expect(page).toHaveURL(/reqs:0,19,45_/);
    // A new seed draws a new sequence (kept in the link as rows); the default button brings the old one back.
    await page.locator('[data-action="req-reseed"]').click();
    await expect(page).not.toHaveURL(/reqs:0,19,45_/);
    await page.getByRole('button', { name: '恢复默认请求' }).click();
    await expect(page.locator('[data-cell="req.0.prompt"]')).toHaveValue('19');
  });

  // Every numeric input of the chapter (the one NumberCell through IntField), on the step that shows it.
  const INPUTS: { step: string; cell: string; inRequests?: boolean }[] = [
    { step: 'fit', cell: 'batch' },
    { step: 'fit', cell: 'context' },
    { step: 'fit', cell: 'usable' },
    { step: 'contiguous', cell: 'maxLen', inRequests: true },
    { step: 'contiguous', cell: 'seed', inRequests: true },
    { step: 'contiguous', cell: 'req.0.arrival', inRequests: true },
    { step: 'contiguous', cell: 'req.0.prompt', inRequests: true },
    { step: 'contiguous', cell: 'req.0.output', inRequests: true },
    { step: 'prefix', cell: 'prefix' },
    { step: 'static', cell: 'slots' },
  ];
  /** Text no whole-number field accepts (and a 10,000-character paste, tried once: it is slow to type). */
  const BAD = ['abc', '', '1e999', '-1', '0.5'];
  for (const lang of ['en', 'zh'] as const) {
    test(`every numeric input refuses bad text with a message in ${lang === 'en' ? 'English' : 'Chinese'} and keeps the last valid value`, async ({ page }) => {
      test.setTimeout(420_000);
      for (const { step, cell, inRequests } of INPUTS) {
        await page.goto(`/#v1/serve/${step}?l=${lang}`);
        await expect(page.locator(`main .step-title[data-step="${step}"]`)).toBeVisible(LOAD);
        // The requests editor is folded; it stays open across steps of one page, so open it only when closed.
        const requests = page.locator('.serve-requests');
        if (inRequests && !(await requests.evaluate((d) => (d as HTMLDetailsElement).open))) await requests.locator('> summary').click();
        const input = page.locator(`[data-cell="${cell}"]`);
        const before = await input.inputValue();
        const url = page.url();
        for (const bad of [...BAD, ...(cell === 'batch' ? ['x'.repeat(10_000)] : [])]) {
          await input.fill(bad);
          await input.press('Enter');
          const error = page.locator(`[data-error="${cell}"]`);
          await expect(error, `${step}/${cell} ← "${bad.slice(0, 8)}"`).not.toBeEmpty();
          expect((await error.textContent()) ?? '').toMatch(lang === 'zh' ? /[\u4e00-\u9fff]/ : /[a-z]{3}/);
          expect(page.url(), `${step}/${cell} ← "${bad.slice(0, 8)}": the last valid value stays in use`).toBe(url);
        }
        await input.press('Escape'); // puts back the value in use (grouped digits or not: the same number)
        const digits = (v: string) => v.replace(/[,\s]/g, '');
        await expect.poll(async () => digits(await input.inputValue())).toBe(digits(before));
      }
      // Full-width digits are read as digits.
      await page.goto(`/#v1/serve/fit?l=${lang}`);
      await page.locator('[data-cell="batch"]').fill('１２');
      await page.locator('[data-cell="batch"]').press('Enter');
      await expect(page).toHaveURL(/batch:12\b/);
    });
  }

  test('walks every step by keyboard in Chinese, with no English left on the page', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/#v1/serve/weights?l=zh');
    await expect(page.locator('.step-layout')).toBeVisible(LOAD);
    const titles: string[] = [];
    for (let i = 1; i <= 10; i++) {
      await expect(page.getByTestId('step-count')).toContainText(`第 ${i} 步，共 10 步`);
      titles.push(((await page.locator('.step-title').textContent()) ?? '').trim());
      // Text a reader sees as prose: option lists (model names) and code (config field names) are left out.
      const text = await page.locator('.step-layout').evaluate((el) => {
        const parts: string[] = [];
        const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walk.nextNode(); n; n = walk.nextNode()) if (!n.parentElement?.closest('select, code, .katex')) parts.push(n.nodeValue ?? '');
        return parts.join(' ');
      });
      // Allowed Latin: model and system names, units, symbols and config field names.
      const words = (text.match(/[A-Za-z_]{4,}/g) ?? []).filter(
        (w) => !/^(Llama|Mistral|Qwen|Falcon|DeepSeek|PagedAttention|vLLM|Orca|Oracle|ShareGPT|Alpaca|Kwon|SOSP|Efficient|Memory|Management|Large|Language|Model|Serving|with|WMT|LLaMA|config|json|gpu_memory_utilization|max_position_embeddings|bf16|fp32|fp16|int4|Max|Pow2)$/i.test(w),
      );
      expect(words, `step ${i}`).toEqual([]);
      if (i < 10) await next(page);
    }
    expect(new Set(titles).size).toBe(10);
  });

  test('the stage says what each step is about, and a request and its blocks light each other up (block table, memory maps, request list), by keyboard and pointer', async ({ page }) => {
    await page.goto('/#v1/serve/paged?l=en');
    await expect(page.locator('.step-layout')).toBeVisible(LOAD);
    await expect(page.locator('.serve-stage-about.part-emph')).toContainText('blocks of B tokens');
    await expect(page.locator('.stage-strip [data-stage-part="blocks"]')).toHaveAttribute('aria-current', 'step');
    await expect(page.locator('.stage-strip [data-stage-part="weights"]')).not.toHaveAttribute('aria-current', 'step');
    // At step 10, R4's block table is 0→5, 1→6: focusing R4 lights those two blocks (16 slots each) in the paged map, its entries
    // in the table, its reserved range in contiguous memory (64 slots) and its column in the request list; nothing else.
    const r4 = page.locator('.serve-tables [data-q="req.4"]');
    await expect(page.locator('.serve-tables tr:has([data-q="req.4"]) td.serve-map-list')).toHaveText('0→51→6');
    await r4.focus();
    await expect(r4).toHaveAttribute('data-link', 'self');
    const paged = page.locator('[data-run="paged"] svg');
    await expect(paged.locator('[data-q="blk.5"][data-link="to"]')).toHaveCount(16);
    await expect(paged.locator('[data-q="blk.6"][data-link="to"]')).toHaveCount(16);
    await expect(paged.locator('[data-link]')).toHaveCount(32);
    await expect(page.locator('.serve-tables [data-link="to"]')).toHaveText(['0→5', '1→6']);
    await expect(page.locator('[data-run="contiguous"] svg [data-link="self"]')).toHaveCount(64);
    await expect(page.locator('.serve-req-table th[data-q="req.4"]')).toHaveAttribute('data-link', 'self');
    await expect(page.locator('.serve-req-table th[data-link]')).toHaveCount(1);
    // Pointing at a slot of block 5 in the map names the request that maps it.
    await paged.locator('[data-q="blk.5"]').first().hover();
    await expect(page.locator('.serve-tables [data-q="req.4"]')).toHaveAttribute('data-link', 'from');
    await expect(page.locator('.serve-tables [data-link="from"]')).toHaveCount(1);
    await page.mouse.move(5, 5);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await expect(page.locator('.link-scope[data-linking]')).toHaveCount(0);

    // A block of the shared prefix is mapped by several requests: pointing at it lights every one of them.
    await page.goto('/#v1/serve/prefix?l=en');
    await expect(page.locator('[data-run="prefix"]')).toBeVisible(LOAD);
    await page.locator('[data-run="prefix"] svg .slot.shared').first().hover();
    expect(await page.locator('.serve-req-table th[data-link="from"]').count()).toBeGreaterThanOrEqual(2);

    // Copy on write: a request's name lights its private copy of the prefix block in the slot table.
    await page.goto('/#v1/serve/copy-on-write?l=en');
    await expect(value(page, 'cow.cached')).toBeVisible(LOAD);
    const copy = page.locator('.cow-table tr[data-value="cow.copy.1"] th');
    const block = await copy.getAttribute('data-q');
    expect(block).toMatch(/^blk\.\d+$/);
    await page.locator('.serve-tables [data-q="req.1"]').focus();
    await expect(copy).toHaveAttribute('data-link', 'to');
    await expect(page.locator('.cow-table tr[data-value="cow.cached"] th')).not.toHaveAttribute('data-link', /./);
  });

  for (const lang of ['en', 'zh'] as const) {
  test(`every part driven by the keyboard alone in ${lang === 'en' ? 'English' : 'Chinese'}: each control reached with Tab and changed with keys`, async ({ page }) => {
    const stepIs = (n: number) => expect(page.getByTestId('step-count')).toContainText(lang === 'en' ? `Step ${n} of 10` : `第 ${n} 步`);
    test.setTimeout(180_000);
    await page.goto(`/#v1/serve/weights?l=${lang}`);
    await expect(page.locator('.step-layout')).toBeVisible(LOAD);
    // A: the model (a select: arrow keys), the guess (radios: Space; the button: Enter), the card's inputs (type, Enter).
    await tabTo(page, '[data-cell="preset"]');
    const total = await value(page, 'params.total').textContent();
    await page.keyboard.press('ArrowDown');
    await expect(value(page, 'params.total')).not.toHaveText(total ?? '');
    await page.keyboard.press('ArrowUp');
    await expect(value(page, 'params.total')).toHaveText('8,030,261,248');
    await nextByKeys(page);
    await stepIs(2);
    await tabTo(page, '.predict-option input');
    await page.keyboard.press('ArrowDown'); // the second option: 57 sequences
    await tabTo(page, '.predict-actions button:not(.quiet)');
    await page.keyboard.press('Enter');
    await expect(value(page, 'guess.answer')).toContainText('57');
    await nextByKeys(page);
    await tabTo(page, '[data-cell="context"]');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('16384');
    await page.keyboard.press('Enter');
    await expect(value(page, 'fit.maxBatch')).toHaveText('28');
    // B: the step counter (Enter on +1), the reservation policy (arrow keys), the block size.
    await nextByKeys(page);
    await stepIs(4);
    await tabTo(page, '[data-action="sim-next"]');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/serve=[^&]*t:11/);
    await tabTo(page, '[data-cell="policy-max"]');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('[data-cell="policy-pow2"]')).toBeChecked();
    await nextByKeys(page);
    await tabTo(page, '[data-cell="block"]');
    await page.keyboard.press('ArrowUp');
    await expect(page.locator('[data-run="paged"] figcaption')).toContainText('8');
    // The block tables: a request's name takes focus and lights its blocks.
    await tabTo(page, '.serve-tables [data-q^="req."]');
    await expect(page.locator('[data-run="paged"] svg [data-link="to"]').first()).toBeVisible();
    await nextByKeys(page);
    await stepIs(6);
    // The request list opens with Enter.
    await tabTo(page, '.serve-requests > summary');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-cell="req.0.prompt"]')).toBeVisible();
    // C: the prefix cache (Space), the shared prompt's length.
    await nextByKeys(page);
    await stepIs(7);
    await tabTo(page, '[data-cell="cache"]');
    await page.keyboard.press('Space');
    await expect(page.locator('[data-cell="cache"]')).not.toBeChecked();
    await nextByKeys(page);
    await tabTo(page, '[data-cell="prefix"]');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('32');
    await page.keyboard.press('Enter');
    await expect(value(page, 'cow.none')).toBeVisible();
    // D: the batch slots, then the guess on continuous batching.
    await nextByKeys(page);
    await tabTo(page, '[data-cell="slots"]');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/slots:2\b/);
    await nextByKeys(page);
    await stepIs(10);
    await tabTo(page, '.predict-option input');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // about half
    await tabTo(page, '.predict-actions button:not(.quiet)');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-run="continuous"]')).toBeVisible();
    await expect(page.locator('.predict-feedback')).toContainText('132'); // 2 slots: continuous batching takes 132 steps
    await expect(value(page, 'batch.continuous.makespan')).toHaveText('132');
  });
  }

  /** Every bar of every batching timeline on screen: its request's name, the label's size on screen and what it overlaps. */
  const timelineLabels = (page: Page) =>
    page.evaluate(() => {
      const hit = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      const inside = (a: DOMRect, b: DOMRect) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5;
      const faults: string[] = [];
      let bars = 0;
      for (const svg of document.querySelectorAll<SVGSVGElement>('.serve-timeline svg')) {
        const groups = [...svg.querySelectorAll<SVGGElement>('g[data-request]')];
        const jobs = groups.map((g) => (g.querySelector('rect.job') as SVGRectElement).getBoundingClientRect());
        const labels = groups.map((g) => g.querySelector<SVGTextElement>('text.job-label'));
        for (const [i, g] of groups.entries()) {
          bars++;
          const id = g.dataset.request;
          const label = labels[i];
          if (!label || label.textContent !== `R${id}`) {
            faults.push(`R${id}: no label`);
            continue;
          }
          const box = label.getBoundingClientRect();
          const px = Number.parseFloat(getComputedStyle(label).fontSize) * (svg.getScreenCTM()?.a ?? 1);
          if (document.documentElement.hasAttribute('data-projector') && px < 23.5) faults.push(`R${id}: ${px.toFixed(1)} px`);
          // In its own bar, or clear of every bar: never over another request's bar, never over another label.
          const own = label.classList.contains('place-inside') && inside(box, jobs[i]);
          for (const [k, j] of jobs.entries()) if (!(own && k === i) && hit(box, j)) faults.push(`R${id} covers R${groups[k].dataset.request}'s bar`);
          for (const [k, o] of labels.entries()) if (k !== i && o && hit(box, o.getBoundingClientRect())) faults.push(`R${id} covers R${groups[k].dataset.request}'s label`);
          const svgBox = svg.getBoundingClientRect();
          if (box.top < svgBox.top - 0.5 || box.right > svgBox.right + 0.5) faults.push(`R${id} outside the picture`);
        }
      }
      return { bars, faults };
    });

  for (const projector of [false, true])
    test(`every request's bar in the batching timelines is named, clear of other bars and labels (${projector ? 'projector, 24 px' : 'normal view'})`, async ({ page }) => {
      await page.goto('/#v1/serve/static?l=en');
      await expect(page.locator('.serve-timeline svg').first()).toBeVisible(LOAD);
      if (projector) {
        await page.locator('h2.step-title').click();
        await page.keyboard.press('p');
        await expect(page.locator('html')).toHaveAttribute('data-projector', /.*/);
      }
      const atStatic = await timelineLabels(page);
      expect(atStatic.bars).toBeGreaterThanOrEqual(16);
      expect(atStatic.faults).toEqual([]);
      await next(page);
      await page.getByRole('button', { name: 'Just show me' }).click();
      await expect(page.locator('.serve-timeline[data-run="continuous"] svg')).toBeVisible();
      const atContinuous = await timelineLabels(page);
      expect(atContinuous.bars).toBeGreaterThanOrEqual(16);
      expect(atContinuous.faults).toEqual([]);
    });

  test('what fits: focusing a number lights where it comes from and where it goes, across the inputs, the card and the formula', async ({ page }) => {
    const q = (id: string) => page.locator(`[data-q="${id}"]`);
    await page.goto('/#v1/serve/weights?l=en');
    await expect(value(page, 'params.total')).toBeVisible(LOAD);
    // The parameters of one part feed the total, and the total feeds the weights' bytes.
    await page.locator('.serve-weights td[data-q^="fit.group."]').first().focus();
    await expect(q('fit.params')).toHaveAttribute('data-link', 'to');
    await expect(q('fit.W')).toHaveAttribute('data-link', 'to');
    await q('fit.W').focus();
    await expect(page.locator('.serve-weights td[data-q^="fit.group."]').first()).toHaveAttribute('data-link', 'from');

    await page.goto('/#v1/serve/fit?l=en');
    await expect(value(page, 'fit.maxBatch')).toHaveText('57', LOAD);
    await page.waitForFunction(() => document.querySelector('.step-formula .katex [data-q="fit.Bmax"]'));
    // The largest batch comes from the room M − W, the cache per token c and the context T (input and formula); not from B.
    await value(page, 'fit.maxBatch').focus();
    await expect(value(page, 'fit.maxBatch')).toHaveAttribute('data-link', 'self');
    await expect(page.locator('.serve-int[data-q="fit.T"]')).toHaveAttribute('data-link', 'from');
    await expect(page.locator('.step-formula [data-q="fit.room"]').first()).toHaveAttribute('data-link', 'from');
    await expect(page.locator('.step-formula [data-q="fit.c"]').first()).toHaveAttribute('data-link', 'from');
    await expect(page.locator('.step-formula [data-q="fit.M"]')).toHaveAttribute('data-link', 'from');
    await expect(page.locator('.serve-int[data-q="fit.B"]')).not.toHaveAttribute('data-link', /./);
    // The usable share feeds M, the room, both answers and the free memory on the card.
    await page.locator('[data-cell="usable"]').focus();
    await expect(page.locator('.step-formula [data-q="fit.M"]')).toHaveAttribute('data-link', 'to');
    await expect(value(page, 'fit.maxContext')).toHaveAttribute('data-link', 'to');
    await expect(value(page, 'fit.free')).toHaveAttribute('data-link', 'to');
    await expect(value(page, 'fit.weights')).not.toHaveAttribute('data-link', /./);
  });

  test('a broken serve link opens the defaults with a notice', async ({ page }) => {
    await page.goto('/#v1/serve/paged?l=en&serve=reqs:1,2');
    await expect(page.getByTestId('notice')).toBeVisible(LOAD);
    await page.goto('/#v1/serve/paged?l=en&serve=reqs:0,60,30');
    await expect(page.getByTestId('notice')).toBeVisible(LOAD);
    await page.goto('/#v1/serve/paged?l=en&serve=t:5;block:16');
    await expect(value(page, 'sim-step')).toHaveText('Step 5 (last: 67)', LOAD);
  });
});
