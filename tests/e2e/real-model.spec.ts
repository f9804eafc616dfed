/**
 * Issue 11's "Done when", as a new user would try it, by keyboard, in both languages: open the chapter
 * (the weights load with it), type "the cat sat" and see "on" predicted with its probability, generate
 * while every layer's cache grows, switch the cache off and get the same words, and load the model's
 * numbers into the worked example. Every request stays on this machine (helpers.ts fails the test
 * otherwise); the single-file build is walked with the network off in offline.spec.ts.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './helpers';

const value = (page: Page, name: string) => page.locator(`[data-value="${name}"]`);

const TEXT = {
  en: {
    sentence: 'Your sentence (English or Chinese)',
    next: 'Next token ▶',
    same: 'Exactly the same words',
    check: 'Check my guess',
    cache: 'Use the KV cache',
    load: 'Load into the worked example',
    vocab: /Vocabulary \(52 words\)/,
    unknown: '“kat” is not in the model\'s vocabulary.',
    empty: 'The sentence is empty.',
  },
  zh: {
    sentence: '你的句子（中文或英文）',
    next: '下一个词元 ▶',
    same: '一模一样',
    check: '核对答案',
    cache: '使用 KV 缓存',
    load: '载入完整算例',
    vocab: /词表（52 个词）/,
    unknown: '“kat”不在模型的词表里。',
    empty: '句子是空的。',
  },
} as const;

/** Moves focus out of any input onto the step heading, so ← / → step again. */
async function leaveInput(page: Page) {
  await page.locator('main h2.step-title').first().focus();
}

/** The number of rows of every layer's and K/V head's cache in the overview. */
async function cacheRows(page: Page): Promise<number[]> {
  return page.locator('[data-cache]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-rows'))));
}

for (const lang of ['en', 'zh'] as const) {
  const L = TEXT[lang];
  test(`done when (${lang}): predict, generate, cache off, worked example — by keyboard`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`/#v1/real-model/meet?l=${lang}`);
    await expect(value(page, 'card')).toBeVisible(); // the weights loaded with the chapter
    await expect(value(page, 'card')).toContainText('29,536');

    // 1. Type "the cat sat": "on" is predicted, with its probability.
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#v1\/real-model\/next-token/);
    const input = page.getByLabel(L.sentence);
    await input.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('the kat');
    await page.keyboard.press('Enter');
    await expect(page.locator('.composer-problems')).toContainText(L.unknown);
    await page.keyboard.press('Tab'); // to the vocabulary button, then the suggestions come after the buttons
    const suggestion = page.locator('[data-suggestion="cat"]');
    await suggestion.focus();
    await page.keyboard.press('Enter');
    await expect(input).toHaveValue('the cat');
    await input.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' sat');
    await expect(value(page, 'next.on')).toHaveText('1.000');
    await expect(page.locator('.bars tbody tr').first()).toContainText('on');
    await expect(value(page, 'next.pick')).toContainText('on');
    if (lang === 'zh') {
      // Chinese typed without spaces: 猫坐 → 在.
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('猫坐');
      await expect(page.locator('.bars tbody tr').first()).toContainText('在');
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('the cat sat');
      await expect(value(page, 'next.on')).toHaveText('1.000');
    }
    // An empty sentence keeps the one in use when the edit began, with a message.
    await input.blur();
    await input.focus(); // a new edit, starting from "the cat sat"
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    await expect(page.locator('.composer-problems')).toContainText(L.empty);
    await expect(value(page, 'next.on')).toHaveText('1.000');
    await page.keyboard.press('Escape');
    await expect(input).toHaveValue('the cat sat');
    // The vocabulary picker adds a word by keyboard.
    await page.getByRole('button', { name: L.vocab }).focus();
    await page.keyboard.press('Enter');
    await page.locator('button[data-word]').first().focus();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: L.vocab })).toBeFocused();

    // 2. Generate token by token: every layer's and K/V head's cache grows by one row per step.
    await leaveInput(page);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#v1\/real-model\/generate/);
    expect(await cacheRows(page)).toEqual([3, 3, 3, 3, 3, 3]);
    await expect(page.locator('tr.new-row')).toHaveCount(3); // the prefill wrote the whole sentence
    await expect(page.locator('.stage .rm-stage-row.new-row')).toHaveCount(3); // the stage's cache rows say so too
    const next = page.getByRole('button', { name: L.next });
    for (let step = 1; step <= 5; step++) {
      await next.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => cacheRows(page)).toEqual(Array(6).fill(3 + step));
      await expect(page.locator('tr.new-row')).toHaveCount(1);
      await expect(page.locator('.stage .rm-stage-row')).toHaveCount(3 + step); // the stage's cache grows a row per token
      await expect(page.locator('.stage .rm-stage-row.new-row')).toHaveCount(1);
    }
    await expect(next).toBeDisabled();
    const generated = await value(page, 'stage.tokens').getAttribute('data-words'); // the stage's cache rows
    expect(generated?.split(' ')).toHaveLength(8);
    expect(generated).toMatch(/^the cat sat on /); // then the model's own continuation

    // 3. Attention of every head is there, 12 small maps and the chosen one's numbers.
    await leaveInput(page);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-head]')).toHaveCount(12);
    await expect(value(page, 'att.0.1')).toContainText(lang === 'en' ? 'masked' : '掩码');

    // 4. Cache off: the same words (after a guess).
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#v1\/real-model\/no-cache/);
    await page.getByRole('radio', { name: L.same }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: L.check }).focus();
    await page.keyboard.press('Enter');
    const sw = page.getByRole('switch', { name: L.cache });
    await expect(sw).toHaveAttribute('aria-checked', 'true');
    const withCache = await value(page, 'off.words').getAttribute('data-words');
    await sw.focus();
    await page.keyboard.press('Enter');
    await expect(sw).toHaveAttribute('aria-checked', 'false');
    await expect(value(page, 'off.words')).toHaveAttribute('data-words', withCache ?? '');
    expect(withCache).toBe(generated);
    expect(await value(page, 'off.uncached').textContent()).toBe(await value(page, 'off.cached').textContent());
    const macs = (name: string) => value(page, name).textContent().then((s) => Number((s ?? '').replace(/,/g, '')));
    expect(await macs('off.macsUncached')).toBeGreaterThan(await macs('off.macsCached'));
    await expect(value(page, 'off.timeUncached')).toHaveText(/\d/, { timeout: 15_000 }); // measured in this browser

    // 5. RoPE: a cached key never changes.
    await leaveInput(page);
    await page.keyboard.press('ArrowRight');
    await expect(value(page, 'rope.drift')).toContainText(lang === 'en' ? 'largest difference 0.000' : '最大差值 0.000');

    // 6. The model's numbers into the worked example.
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#v1\/real-model\/to-worked/);
    const q0 = (await value(page, 'worked').locator('tbody tr').first().locator('td').first().getAttribute('title')) ?? '';
    await page.getByRole('button', { name: L.load }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#v1\/worked\//);
    const cell = page.locator('[data-cell="q.0"]').first();
    await expect(cell).toHaveAttribute('title', new RegExp(`^${q0.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    await expect(page.locator('[data-cell^="q."]')).toHaveCount(8);
  });
}

test('a broken sentence in a share link falls back to the running example, with the typed text kept', async ({ page }) => {
  await page.goto('/#v1/real-model/next-token?l=en&real-model=text:the%20zebra;words:the');
  await expect(page.getByLabel(TEXT.en.sentence)).toHaveValue('the zebra');
  await expect(page.locator('[data-composer="sentence"] .composer-tokens')).toHaveAttribute('data-tokens', 'the');
  // Words that pass the link's check but are not the model's: the running example is used.
  await page.goto('/#v1/real-model/next-token?l=en&real-model=text:zebra;words:zebra');
  await expect(page.getByLabel(TEXT.en.sentence)).toHaveValue('zebra');
  await expect(value(page, 'next.on')).toHaveText('1.000');
  // Words the link's check refuses: the defaults, with a message.
  await page.goto('/#v1/real-model/next-token?l=en&real-model=words:THE%20ZEBRA');
  await expect(page.locator('.notice')).toBeVisible();
});

test('each language opens on its own default sentence; a sentence in a link stays in both', async ({ page }) => {
  await page.goto('/#v1/real-model/next-token?l=zh');
  await expect(page.getByLabel(TEXT.zh.sentence)).toHaveValue(/^猫 ?坐 ?在$/);
  await expect(page.locator('.bars tbody tr').first()).toContainText(/\p{Script=Han}/u); // a Chinese continuation
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByLabel(TEXT.en.sentence)).toHaveValue('The cat sat');
  await expect(page).not.toHaveURL(/real-model=/); // the language's default is not written into the link
  await page.goto('/#v1/real-model/next-token?l=zh&real-model=text:the%20dog%20slept;words:the%20dog%20slept');
  await expect(page.getByLabel(TEXT.zh.sentence)).toHaveValue('the dog slept');
});

test('the real model is a preset of the memory calculator, its source named in both languages', async ({ page }) => {
  for (const [lang, source] of [
    ['en', 'Source: our own model, trained by train/ in this repository'],
    ['zh', '来源：我们自己训练的模型'],
  ] as const) {
    await page.goto(`/#v1/memory?l=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en'); // the link has been read
    await expect(page.locator('select[data-cell="preset"]')).toHaveValue('llama3-8b'); // its defaults in place
    await page.locator('select[data-cell="preset"]').selectOption('ours');
    await expect(page.locator('.preset-source')).toContainText(source);
    await expect(page.locator('.preset-source')).toContainText('src/lesson/real-model/weights.json');
    await expect(page.locator('.preset-source code').last()).toHaveText('n_layers 3, n_heads 4, n_kv_heads 2, head_dim 8, dim 32, max_seq_len 64');
    await expect(page).toHaveURL(/preset:ours;layers:3;qHeads:4;kvHeads:2;headDim:8/);
  }
});

test.describe('linked numbers on every step', () => {
  const ready = (page: Page) => page.waitForFunction(() => !document.querySelector('.loading') && !document.querySelector('.formula[aria-busy="true"]'));
  const q = (page: Page, id: string, where = 'main') => page.locator(`${where} [data-q="${id}"]`).first();
  const lit = (page: Page, id: string, mark: string) => expect(page.locator(`main [data-q="${id}"][data-link="${mark}"]`).first()).toBeAttached();
  const unlit = (page: Page, id: string) => expect(page.locator(`main [data-q="${id}"][data-link]`)).toHaveCount(0);
  const open = async (page: Page, step: string, lang = 'en') => {
    await page.goto(`/#v1/real-model/${step}?l=${lang}`);
    await ready(page);
    await expect(page.locator('main [data-q^="rm.tok."]').first()).toBeVisible();
  };

  test('meet: L, n_kv and d_head light the numbers per token (once guessed), H lights nothing; before the guess the answer is nowhere', async ({ page }) => {
    await open(page, 'meet');
    await q(page, 'rm.L', '.rm-card').focus();
    await expect(q(page, 'rm.L', '.rm-card')).toHaveAttribute('data-link', 'self');
    await expect(page.locator('main [data-q="rm.n"], main [data-q="rm.nbytes"]')).toHaveCount(0); // concealed: not on the page
    await page.getByRole('button', { name: 'Just show me' }).click();
    await ready(page);
    await page.mouse.move(2, 2); // the pointer wins over focus: move it off the page's numbers
    await q(page, 'rm.KV', '.rm-card').focus();
    await lit(page, 'rm.KV', 'self'); // the card and the formula's factor
    await expect(q(page, 'rm.KV', '.formula')).toHaveAttribute('data-link', 'self');
    await expect(q(page, 'rm.n', '.formula')).toHaveAttribute('data-link', 'to');
    await expect(q(page, 'rm.nbytes', '[data-value="meet.answer"]')).toHaveAttribute('data-link', 'to');
    await expect(q(page, 'rm.n', '[data-value="meet.answer"]')).toHaveAttribute('data-link', 'to');
    await expect(q(page, 'rm.KV', '.stage')).toHaveAttribute('data-link', 'self'); // the stage's "3 layers × 2 K/V heads" too
    await unlit(page, 'rm.L');
    await unlit(page, 'rm.H');
    await q(page, 'rm.H', '.rm-card').focus();
    await lit(page, 'rm.H', 'self');
    await unlit(page, 'rm.n'); // the query heads do not size the cache
    await unlit(page, 'rm.nbytes');
  });

  test('next-token: the chosen word’s probability comes from its logit, z_max, t, Σ and the sentence, and goes to the pick; another word’s does not light', async ({ page }) => {
    await open(page, 'next-token');
    const on = page.locator('main [data-value="next.on"]');
    await on.focus();
    await expect(on).toHaveAttribute('data-link', 'self');
    await expect(q(page, 'rm.z', '.formula')).toHaveAttribute('data-link', 'from');
    await expect(q(page, 'rm.sum', '.formula')).toHaveAttribute('data-link', 'from');
    await expect(q(page, 'rm.tok.0', '.stage')).toHaveAttribute('data-link', 'from');
    await expect(q(page, 'rm.pick', '.stage')).toHaveAttribute('data-link', 'to');
    const other = page.locator('main .bars td[data-q^="rm.p."]').nth(1);
    await expect(other).not.toHaveAttribute('data-link', /./);
    await expect(page.locator('main [data-q="rm.seed"]')).toHaveCount(0); // greedy: no seed
  });

  test('generate: a token lights its row in every layer’s and K/V head’s cache, the table’s row and the bytes — no other row', async ({ page }) => {
    await open(page, 'generate');
    await q(page, 'rm.tok.1', '.stage').focus();
    await expect(page.locator('main .rm-overview [data-q="rm.row.1"][data-link="to"]')).toHaveCount(12); // 3 layers × 2 K/V heads × (K, V)
    await expect(page.locator('main .rm-cache-table td[data-q="rm.row.1"][data-link="to"]')).toHaveCount(8);
    await expect(q(page, 'rm.tok.1', '.rm-cache-table')).toHaveAttribute('data-link', 'self');
    await expect(q(page, 'rm.bytes', '.formula')).toHaveAttribute('data-link', 'to');
    await expect(q(page, 'rm.bytes', '[data-value="gen.bytes"]')).toHaveAttribute('data-link', 'to');
    await expect(q(page, 'rm.T', '[data-value="gen.bytes"]')).toHaveAttribute('data-link', 'to');
    await expect(q(page, 'rm.pick', '.stage')).toHaveAttribute('data-link', 'to'); // attention reads every cached row for the next word
    await unlit(page, 'rm.n'); // the numbers per token do not come from a token
    await unlit(page, 'rm.row.2');
    await unlit(page, 'rm.tok.2');
  });

  test('attention: a token lights its query row and key column of the map, and every weight of the rows that read it (softmax); a weight lights every token its row reads', async ({ page }) => {
    await open(page, 'attention');
    await q(page, 'rm.tok.2', '.stage').focus();
    await expect(q(page, 'att.r.2')).toHaveAttribute('data-link', 'to');
    await expect(q(page, 'att.c.2')).toHaveAttribute('data-link', 'to');
    await expect(q(page, 'att.5.2')).toHaveAttribute('data-link', 'to');
    await expect(q(page, 'att.5.3')).toHaveAttribute('data-link', 'to'); // row 5 divides by a sum that includes key 2
    await unlit(page, 'att.1.0'); // row 1 never reads key 2 (causal)
    await page.mouse.move(2, 2);
    await q(page, 'att.4.1').hover();
    for (const j of [0, 1, 2, 4]) await expect(q(page, `rm.tok.${j}`, '.stage')).toHaveAttribute('data-link', 'from');
    await unlit(page, 'rm.tok.5');
  });

  test('no-cache: before the guess no count is on the page; after it the ratio lights both counts and the tokens', async ({ page }) => {
    await open(page, 'no-cache');
    await expect(page.locator('main [data-q^="rm.macs"]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Just show me' }).click();
    await page.mouse.move(2, 2); // the pointer, where the button was, would otherwise point at whatever took its place
    await q(page, 'rm.macs-ratio').focus();
    await expect(q(page, 'rm.macs-on')).toHaveAttribute('data-link', 'from');
    await expect(q(page, 'rm.macs-off')).toHaveAttribute('data-link', 'from');
    await expect(q(page, 'rm.tok.0', '.stage')).toHaveAttribute('data-link', 'from');
    await unlit(page, 'rm.time-on');
  });

  test('rope: an angle comes from the token’s position and θᵢ and turns that pair of the key; to-worked: in layer 0 a token feeds its own k and v only', async ({ page }) => {
    await open(page, 'rope');
    await q(page, 'rm.angle.1').focus();
    await expect(q(page, 'rm.pos')).toHaveAttribute('data-link', 'from');
    await expect(q(page, 'rm.theta.1')).toHaveAttribute('data-link', 'from');
    await expect(q(page, 'rm.ka.1')).toHaveAttribute('data-link', 'to');
    await expect(q(page, 'rm.drift')).toHaveAttribute('data-link', 'to');
    await unlit(page, 'rm.ka.2');
    await unlit(page, 'rm.kb.1');
    await open(page, 'to-worked');
    await q(page, 'rm.tok.2', '.stage').focus();
    await lit(page, 'rm.wk.2', 'to');
    await lit(page, 'rm.wv.2', 'to');
    await unlit(page, 'rm.wk.1');
    await unlit(page, 'rm.wq');
  });
});
