import type { Page } from '@playwright/test';
import { expect, test } from './helpers';
import { settled } from './walk';

/**
 * Chapter `reuse` (issue 12 B): every step walked by keyboard in both languages, on the real model; the prompt's
 * chunks and question validated (unknown words, empty chunk, too long, a huge paste) with the last valid prompt
 * kept; r validated; the answers hidden until the guess.
 */

const ready = (page: Page) => page.waitForFunction(() => !document.querySelector('.loading') && !document.querySelector('.formula[aria-busy="true"]'));
/** Moves to the next step with the arrow key (from the heading, as a reader does) and waits for its heading. */
const next = async (page: Page, step: string) => {
  await page.locator('h2.step-title').click();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(`h2.step-title[data-step="${step}"]`)).toBeFocused();
  await ready(page);
};
const field = (page: Page, slot: string) => page.locator(`[data-composer="${slot}"] input[type="text"]`);
const problems = (page: Page, slot: string) => page.locator(`[data-composer="${slot}"] .composer-problems`);
const stageTokens = (page: Page) => page.locator('.reuse-flow > li');

test.describe('reuse: prefix caching, naive reuse and CacheBlend on the real model', () => {
  test('projector, naive reuse: after the guess each layer\'s largest deviation replaces the per-token map, and the step fits one screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/#v1/reuse/naive-kv?l=en');
    await ready(page);
    await page.locator('h2.step-title').click();
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveAttribute('data-projector', '');
    await expect(page.locator('[data-worst="naive"]')).toHaveCount(0); // the answer stays hidden until the guess
    await page.getByRole('radio', { name: 'In every layer' }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await ready(page);
    await expect(page.locator('[data-dev="naive"]')).toBeHidden();
    await expect(page.locator('[data-worst="naive"]')).toBeVisible();
    await expect(page.locator('[data-value="worst.k.2"]')).toHaveText(/^\d\.\d{3}$/);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(720);
    await page.locator('h2.step-title').click();
    await page.keyboard.press('p');
    await expect(page.locator('html')).not.toHaveAttribute('data-projector', '');
    await expect(page.locator('[data-dev="naive"]')).toBeVisible();
    await expect(page.locator('[data-worst="naive"]')).toBeHidden();
  });

  test('projector, select: the one-row score map wraps into a cell per context token, each with its exact score, the recomputed ones marked', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/#v1/reuse/select?l=en');
    await ready(page);
    await expect(page.locator('[data-value^="score.0."]')).toHaveCount(15); // the real model's run has drawn the map
    const normal = await page.locator('[data-value^="score.0."]').allTextContents();
    await page.locator('h2.step-title').click();
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveAttribute('data-projector', '');
    const cells = page.locator('.reuse-strip [data-value^="score.0."]');
    await expect(cells).toHaveCount(15);
    for (let j = 0; j < 15; j++) await expect(cells.nth(j)).toBeVisible();
    // The same numbers as the normal view's map (a ↻ and its label follow the recomputed ones).
    const shown = (await cells.allTextContents()).map((x) => x.replace(/\s*↻.*$/, ''));
    expect(shown).toEqual(normal.map((x) => x.replace(/\s*↻.*$/, '')));
    await expect(page.locator('.reuse-strip li.picked')).toHaveCount(3);
    await expect(page.locator('.reuse-strip li.picked .sr-only').first()).toHaveText('recomputed');
    await expect(page.locator('.reuse-scores .heat-legend')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(720);
  });

  test('projector, mask: the T key columns become, per recomputed token, the key ranges it sees (its past, later tokens) and not', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/#v1/reuse/mask?l=en');
    await ready(page);
    await page.locator('h2.step-title').click();
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveAttribute('data-projector', '');
    // Default prompt, r = 20 %: "the" (7) and "boy" (8) are recomputed; bottom-right lets them see up to key 12 + i.
    await expect(page.locator('[data-runs="7.past"]')).toHaveText('0–7');
    await expect(page.locator('[data-runs="7.future"]')).toHaveText('8–12');
    await expect(page.locator('[data-runs="7.hidden"]')).toHaveText('13–21');
    await expect(page.locator('[data-leak-count]')).toHaveAttribute('data-leak-count', '10');
    await page.getByRole('radio', { name: /^causal/ }).check();
    await expect(page.locator('[data-runs="7.future"]')).toHaveText('—');
    await expect(page.locator('[data-runs="7.hidden"]')).toHaveText('8–21');
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(720);
  });

  test('walks every step by keyboard in English; bad chunks and r keep the last valid values', async ({ page }) => {
    await page.goto('/#v1/reuse/prompt?l=en');
    await ready(page);
    await expect(page.getByTestId('step-count')).toContainText('Step 1 of 10');
    // The default prompt: two chunks and a question, 22 tokens; the full prefill answers "dog".
    await expect(stageTokens(page)).toHaveCount(22);
    await expect(page.locator('.reuse-next [data-word]').first()).toHaveText('dog');

    // Bad input in a chunk: a message in English, the last valid chunk stays in use.
    const c2 = field(page, 'c2');
    await c2.fill('the boy sat on the blu mat.');
    await c2.press('Enter');
    await expect(problems(page, 'c2')).toContainText('“blu” is not in the model\'s vocabulary.');
    await expect(problems(page, 'c2')).toContainText('blue');
    await expect(stageTokens(page)).toHaveCount(22);
    await c2.fill('');
    await c2.press('Enter');
    await expect(problems(page, 'c2')).toContainText('The sentence is empty.');
    await expect(stageTokens(page)).toHaveCount(22);
    await c2.fill('the boy sat on the blue mat . '.repeat(3));
    await c2.press('Enter');
    await expect(problems(page, 'c2')).toContainText('at most 16 fit here');
    await c2.fill('x'.repeat(10_000));
    await c2.press('Enter');
    await expect(problems(page, 'c2')).toContainText('characters: at most');
    await expect(stageTokens(page)).toHaveCount(22);
    await c2.press('Escape');
    await expect(c2).toHaveValue('the boy sat on the blue mat.');
    await expect(problems(page, 'c2')).toBeEmpty();
    // A valid edit moves the stage; a third chunk adds its tokens, and removing it brings the prompt back.
    await c2.fill('the boy sat on the mat.');
    await expect(stageTokens(page)).toHaveCount(21);
    await c2.fill('the boy sat on the blue mat.');
    await expect(stageTokens(page)).toHaveCount(22);
    await page.getByRole('button', { name: 'Add a third chunk' }).click();
    await expect(field(page, 'c3')).toHaveValue('the cat stood on the green table.');
    await expect(page.locator('.reuse-flow > li[data-part="2"]')).toHaveCount(8);
    await page.getByRole('button', { name: 'Remove the third chunk' }).click();
    await expect(stageTokens(page)).toHaveCount(22);

    // Prefix caching: the stage hides which tokens are hits until the guess.
    await next(page, 'prefix');
    await expect(page.locator('[data-status]')).toHaveCount(0);
    await page.getByRole('radio', { name: "Only chunk 1's" }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(page.locator('[data-status="hit"]')).toHaveCount(7);
    await expect(page.locator('[data-reused="7"]')).toBeVisible();

    // Naive reuse: the deviation maps appear after the guess; layer 0 exact, deeper layers not.
    await next(page, 'naive-kv');
    await expect(page.locator('[data-dev="naive"]')).toHaveCount(0);
    await page.getByRole('radio', { name: 'Only in layer 0' }).check();
    await page.getByRole('button', { name: 'Check my guess' }).click();
    await expect(page.getByText('Right!')).toBeVisible();
    await expect(page.locator('[data-dev="naive"]')).toBeVisible();
    await expect(page.locator('[data-status="reused"]')).toHaveCount(15);

    // Naive reuse's answer: hidden on the stage until the guess, then a different word.
    await next(page, 'naive-answer');
    await expect(page.locator('[data-concealed="next"]')).toBeVisible();
    await page.getByRole('button', { name: 'Just show me' }).click();
    await expect(page.locator('[data-method="naive"] [data-word]')).not.toHaveText('dog');
    await expect(page.locator('[data-kl="naive"]')).toBeVisible();

    // CacheBlend's selection: r as a validated cell and a slider.
    await next(page, 'select');
    const ratio = page.locator('[data-cell="ratio"]');
    await expect(page.locator('[data-count]')).toHaveAttribute('data-count', '3');
    await expect(page.locator('[data-status="recomputed"]')).toHaveCount(3);
    await ratio.fill('abc');
    await ratio.press('Enter');
    await expect(page.locator('[data-error="ratio"]')).not.toBeEmpty();
    await expect(page.locator('[data-count]')).toHaveAttribute('data-count', '3');
    await ratio.fill('150');
    await ratio.press('Enter');
    await expect(page.locator('[data-error="ratio"]')).toContainText('100');
    await ratio.fill('40');
    await ratio.press('Enter');
    await expect(page.locator('[data-count]')).toHaveAttribute('data-count', '6');
    await expect(page.locator('[data-status="recomputed"]')).toHaveCount(6);
    const slider = page.getByRole('slider', { name: 'r, as a slider' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(page.locator('[data-count]')).toHaveAttribute('data-count', '0');
    await expect(page.getByTestId('step-count')).toContainText('Step 5 of 10'); // the slider kept the key
    await page.keyboard.press('End');
    await expect(page.locator('[data-count]')).toHaveAttribute('data-count', '15');
    await ratio.fill('20');
    await ratio.press('Enter');
    await expect(page.locator('[data-count]')).toHaveAttribute('data-count', '3');

    // Blend: CacheBlend's next word beside the full prefill's, with its KL.
    await next(page, 'blend');
    await expect(page.locator('[data-method="blend"] [data-word]')).toHaveText('dog');
    await expect(page.locator('[data-kl="blend"]')).toContainText('nats');

    // The mask: the bottom-right mask lets some recomputed tokens see later ones; the causal one none.
    await next(page, 'mask');
    const leaks = Number(await page.locator('[data-leak-count]').getAttribute('data-leak-count'));
    expect(leaks).toBeGreaterThan(0);
    await page.getByRole('radio', { name: /^causal/ }).check();
    await expect(page.locator('[data-leak-count]')).toHaveAttribute('data-leak-count', '0');
    await page.getByRole('radio', { name: /^bottom-right/ }).check();

    // The trade-off curve, the sparsity measured, the paper against our model.
    await next(page, 'tradeoff');
    await expect(page.locator('.reuse-curve svg')).toBeVisible();
    await expect(page.locator('[data-recovered]')).toContainText('of 15');
    await next(page, 'sparsity');
    await expect(page.locator('tr[data-layer]')).toHaveCount(3);
    await next(page, 'paper');
    await expect(page.locator('.reuse-compare')).toContainText('29,536');
    await expect(page.getByTestId('step-count')).toContainText('Step 10 of 10');
  });

  test('walks every step by keyboard in Chinese, messages in Chinese', async ({ page }) => {
    await page.goto('/#v1/reuse/prompt?l=zh');
    await ready(page);
    await expect(page.getByTestId('step-count')).toContainText('第 1 步，共 10 步');
    await expect(stageTokens(page)).toHaveCount(22);
    const q = field(page, 'q');
    await q.fill('谁abc在红色的椅子上？');
    await q.press('Enter');
    await expect(problems(page, 'q')).toContainText('“abc”不在模型的词表里。');
    await expect(stageTokens(page)).toHaveCount(22);
    await q.fill(' ');
    await q.press('Enter');
    await expect(problems(page, 'q')).toContainText('句子是空的。');
    await q.fill('谁躺在红色的椅子上？'.repeat(3));
    await q.press('Enter');
    await expect(problems(page, 'q')).toContainText('这里最多只能放 12 个');
    await q.press('Escape');
    await expect(problems(page, 'q')).toBeEmpty();
    await next(page, 'prefix');
    await page.getByRole('button', { name: '直接看答案' }).click();
    await expect(page.locator('[data-status="hit"]')).toHaveCount(6);
    await next(page, 'naive-kv');
    await page.getByRole('button', { name: '直接看答案' }).click();
    await expect(page.locator('[data-dev="naive"]')).toBeVisible();
    await next(page, 'naive-answer');
    await page.getByRole('button', { name: '直接看答案' }).click();
    await expect(page.locator('[data-method="naive"]')).toBeVisible();
    await next(page, 'select');
    const ratio = page.locator('[data-cell="ratio"]');
    await ratio.fill('１２３');
    await ratio.press('Enter');
    await expect(page.locator('[data-error="ratio"]')).not.toBeEmpty();
    await expect(page.locator('[data-error="ratio"]')).not.toContainText(/[A-Za-z]{3,}/);
    await ratio.press('Escape');
    await expect(page.locator('[data-count]')).toHaveAttribute('data-count', '2');
    for (const step of ['blend', 'mask', 'tradeoff', 'sparsity', 'paper']) await next(page, step);
    await expect(page.getByTestId('step-count')).toContainText('第 10 步，共 10 步');
    // The English prompt is kept for English pages.
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('.step-dots [data-step="prompt"]').click();
    await expect(field(page, 'c1')).toHaveValue('the dog lay on the box.');
  });

  test('a shared link with a chunk the model cannot read opens the last valid words, saying why', async ({ page }) => {
    await page.goto('/#v1/reuse/prompt?l=en&reuse=enC2:the%20xyzzy%20sat');
    await ready(page);
    await expect(problems(page, 'c2')).toContainText('“xyzzy” is not in the model\'s vocabulary.');
    await expect(stageTokens(page)).toHaveCount(22);
  });

  test('linked highlighting: focusing or pointing at a number lights where it comes from and where it goes, in the stage, the panel and the formula', async ({ page }) => {
    const q = (id: string, where: string) => page.locator(`${where} [data-q="${id}"]`).first();
    const stage = '.reuse-stage';
    const linked = (where: string, ids: readonly string[], mark: string) => Promise.all(ids.map((id) => expect(q(id, where)).toHaveAttribute('data-link', mark)));
    const plain = (where: string, ids: readonly string[]) => Promise.all(ids.map((id) => expect(q(id, where)).not.toHaveAttribute('data-link', /./)));
    const range = (a: number, b: number, f: (j: number) => string) => Array.from({ length: b - a + 1 }, (_, i) => f(a + i));
    const tok = (j: number) => `ru.tok.${j}`;

    // select: k = ⌊r·N⌋ (the count beside r) comes from r and N and decides the ↻ marks; the formula holds all three.
    await page.goto('/#v1/reuse/select?l=en');
    await ready(page);
    await expect(page.locator('[data-status="recomputed"]')).toHaveCount(3);
    await q('ru.k', '.reuse-ratio').focus();
    await expect(q('ru.k', '.reuse-ratio')).toHaveAttribute('data-link', 'self');
    await linked('.formula', ['ru.k'], 'self');
    await linked('.formula', ['ru.r', 'ru.N'], 'from');
    await expect(page.locator('.reuse-ratio label[data-q="ru.r"]')).toHaveAttribute('data-link', 'from');
    await linked('.reuse-count', ['ru.N'], 'from'); // "k = 3 of 15": N beside k
    await expect(page.locator(`${stage} [data-status="recomputed"][data-link="to"]`)).toHaveCount(3);
    await expect(page.locator(`${stage} [data-status="reused"][data-link]`)).toHaveCount(0);
    // A token's score comes from the tokens up to it and decides its own mark, not its neighbour's.
    await page.locator('[data-q="score.0.7"]').hover();
    await linked(stage, ['ru.kv.7'], 'to');
    await linked(stage, range(0, 7, tok), 'from');
    await expect(page.locator(`${stage} [data-q="${tok(7)}"][data-link="from"]`)).toHaveCount(2); // its position and its word
    await plain(stage, [tok(8), 'ru.kv.6']);
    await plain('.formula', ['ru.k']);
    await page.mouse.move(2, 2);

    // naive-kv, after the guess: a second-chunk token's K/V come from its own chunk only, and feed its column of the map.
    await page.locator('.step-dots [data-step="naive-kv"]').click();
    await ready(page);
    await page.getByRole('button', { name: 'Just show me' }).click();
    await expect(page.locator('[data-dev="naive"]')).toBeVisible();
    await q('ru.kv.10', stage).focus();
    await linked(stage, ['ru.kv.10'], 'self');
    await linked(stage, range(7, 10, tok), 'from');
    await plain(stage, [tok(6), tok(0), tok(11), 'ru.kv.9']);
    await linked('[data-dev="naive"]', ['naive.2.10', 'naive.5.10'], 'to');
    await plain('[data-dev="naive"]', ['naive.2.9', 'naive.2.11']);

    // mask: a recomputed token's row lights the keys the bottom-right mask lets it see (later ones too) and T − S in the formula.
    await page.locator('.step-dots [data-step="mask"]').click();
    await ready(page);
    await q('ru.kv.7', '.reuse-grid').focus();
    await linked('.reuse-grid', ['ru.kv.7'], 'self');
    await linked(stage, ['ru.kv.7'], 'self');
    await linked(stage, range(0, 12, tok), 'from');
    await linked('.reuse-grid thead', [tok(12)], 'from');
    await plain(stage, [tok(13), 'ru.kv.13']);
    await plain('.reuse-grid thead', [tok(13)]);
    await linked('.formula', ['ru.tms'], 'from');
    // Pointing at one "!" of that row lights all its later keys on the stage and counts them as leaks.
    await page.locator('.reuse-grid [data-q="ru.see.7.future"]').first().hover();
    await expect(page.locator('.reuse-grid [data-q="ru.see.7.future"][data-link="self"]')).toHaveCount(5);
    await linked(stage, range(8, 12, tok), 'from');
    await plain(stage, [tok(7), tok(13)]);
    await linked('.reuse-legend', ['ru.leaks'], 'to');
    await page.mouse.move(2, 2);
    // With the causal mask the same row sees only its past.
    await page.getByRole('radio', { name: /^causal/ }).check();
    await q('ru.kv.7', '.reuse-grid').focus();
    await linked(stage, range(0, 7, tok), 'from');
    await plain(stage, [tok(8), tok(12)]);
    await page.getByRole('radio', { name: /^bottom-right/ }).check();

    // blend: CacheBlend's probability of "dog" is the same quantity on the stage and in the bars; it comes from the cache, feeds KL.
    await page.locator('.step-dots [data-step="blend"]').click();
    await ready(page);
    const bar = page.locator('[data-value="blend.dog"]');
    const id = await bar.getAttribute('data-q');
    expect(id).toMatch(/^ru\.p\.blend\.\d+$/);
    await q(id ?? '', `${stage} [data-method="blend"]`).hover();
    await expect(bar).toHaveAttribute('data-link', 'self');
    await linked(stage, ['ru.kv.0', 'ru.kv.21'], 'from');
    await linked('.formula', ['ru.kl.blend'], 'to');
    await linked(stage, ['ru.kl.blend'], 'to');
    await expect(page.locator('[data-value="full.dog"]')).not.toHaveAttribute('data-link', /./); // the reference is not made of this cache
    await page.mouse.move(2, 2);
    await expect(page.locator('[data-link]')).toHaveCount(0);

    // tradeoff: where the output recovers is measured over every k on this prompt: it comes from N and the tokens, not from your r.
    await page.locator('.step-dots [data-step="tradeoff"]').click();
    await ready(page);
    await q('ru.rec', '[data-recovered]').focus();
    await linked('[data-recovered]', ['ru.N'], 'from');
    await expect(page.locator(`${stage} [data-q="${tok(21)}"]`).last()).toHaveAttribute('data-link', 'from');
    await plain('.reuse-ratio', ['ru.k', 'ru.r']);

    // paper: a figure of the paper, where the side note cites it, and our figure it is compared with light each other.
    await page.locator('.step-dots [data-step="paper"]').click();
    await ready(page);
    await q('ru.paper.theirs.ratio', '.reuse-compare').focus();
    await linked('.narrative', ['ru.paper.theirs.ratio'], 'self');
    await expect(q('ru.paper.theirs.ratio', '.narrative')).toHaveText('Fig. 16 and §5.1');
    await linked('.reuse-compare', ['ru.paper.ours.ratio'], 'to');
    await plain('.narrative', ['ru.paper.theirs.cost']);
    await plain('.reuse-compare', ['ru.paper.ours.deviation']);
  });

  test('linked highlighting never reveals a hidden answer: before the guess the stage’s hidden marks carry no link', async ({ page }) => {
    await page.goto('/#v1/reuse/prefix?l=en');
    await ready(page);
    await page.locator('.reuse-stage .token-chip').first().hover(); // the first token
    await expect(page.locator('.reuse-stage [data-q="ru.tok.0"]').last()).toHaveAttribute('data-link', 'self');
    await expect(page.locator('.reuse-status[data-link]')).toHaveCount(0); // the hits (◆) stay "?", unlinked
    await expect(page.locator('.formula [data-link], .reuse-store [data-link]')).toHaveCount(0); // not on screen yet
    await page.mouse.move(2, 2);
    await page.getByRole('button', { name: 'Just show me' }).click();
    await page.locator('.reuse-store [data-q="ru.match.0"]').focus();
    await expect(page.locator('.reuse-stage [data-status="hit"][data-link="to"]')).toHaveCount(7);
    await expect(page.locator('.formula [data-q="ru.pre"]')).toHaveAttribute('data-link', 'to');
    await expect(page.locator('[data-reused] [data-q="ru.rest"]')).toHaveAttribute('data-link', 'to'); // the summary's numbers too
    await expect(page.locator('.reuse-stage [data-q="ru.tok.0"]').last()).toHaveAttribute('data-link', 'from');
    await expect(page.locator('.reuse-stage [data-q="ru.tok.7"]').last()).not.toHaveAttribute('data-link', /./);
  });

  test('projector, mask: a range of later keys lights those tokens on the stage and the leak count', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/#v1/reuse/mask?l=en');
    await ready(page);
    await page.locator('h2.step-title').click();
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveAttribute('data-projector', '');
    // The slide settled (fonts, formulas refitted to the slide's text size), then two frames: what a reader sees.
    await settled(page, { step: 'mask' });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const before = await page.locator('.step-layout').boundingBox();
    await page.locator('[data-runs="7.future"]').focus();
    await expect(page.locator('[data-runs="7.future"]')).toHaveAttribute('data-link', 'self');
    for (let j = 8; j <= 12; j++) await expect(page.locator(`.reuse-stage [data-q="ru.tok.${j}"]`).last()).toHaveAttribute('data-link', 'from');
    await expect(page.locator('.reuse-stage [data-q="ru.tok.7"]').last()).not.toHaveAttribute('data-link', /./);
    await expect(page.locator('[data-q="ru.leaks"]')).toHaveAttribute('data-link', 'to');
    await expect(page.locator('[data-runs="7.past"]')).not.toHaveAttribute('data-link', /./);
    expect(await page.locator('.step-layout').boundingBox()).toEqual(before); // a highlight never moves the layout
  });
});
