import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers';
import { openStep } from './walk';

/**
 * Linked highlighting reaches the numbers inside a question's explanation: after the guess, focusing one by
 * keyboard marks it data-link="self", and a number it comes from (or feeds) elsewhere on the step — the stage, the
 * panel, the formula, the answer — "from" (or "to"). The explanation's number shows the same digits as its twin
 * elsewhere on the step (`same`). E2E_CHAPTERS limits the cases like the walk does.
 */
interface Case {
  chapter: string;
  step: string;
  /** The quantity id of a number in the explanation (ending in "*": the first id that starts so). */
  q: string;
  /** Another quantity on the step, outside the explanation, and how it is marked (ending in "*": some id that starts so). */
  other: { q: string; link: 'from' | 'to' };
  /** The explanation's number reads exactly as the same quantity elsewhere on the step (this id's first element outside it). */
  same?: boolean;
  /** How to answer: the option to check (then "Check my guess"), or "Just show me" when absent. */
  option?: string;
  lang?: 'en' | 'zh';
}

const CASES: Case[] = [
  // The weight of "sat" comes from its scaled score (stage) and the softmax's sum (formula); the output is not reached yet.
  { chapter: 'worked', step: 'weights', q: 'w.2', other: { q: 'st.2', link: 'from' }, same: true },
  { chapter: 'worked', step: 'weights', q: 'w.2', other: { q: 'wsum', link: 'from' }, option: 'b1' },
  // The grouping question: the GQA cache comes from its 2 K/V heads (in the formula).
  { chapter: 'heads', step: 'cache-ratio', q: 'gqa.gqa', other: { q: 'gqa.g', link: 'from' } },
  { chapter: 'heads', step: 'cache-ratio', q: 'gqa.macs', other: { q: 'gqa.T', link: 'from' }, lang: 'zh' },
  // Llama-3-8B's cache (the calculator is set to the question's case): the stage's factors feed it.
  { chapter: 'memory', step: 'guess', q: 'mem.total', other: { q: 'mem.L', link: 'from' } },
  // The full pass's multiply-adds: from S on the stage, into the ratio.
  { chapter: 'cost', step: 'time', q: 'cq.full', other: { q: 'cq.S', link: 'from' }, same: true },
  { chapter: 'cost', step: 'time', q: 'cq.full', other: { q: 'cq.ratio', link: 'to' } },
  // Sparsity: the weights below ε (the counts table) give the share of visible weights.
  { chapter: 'cost', step: 'sparsity', q: 'sp.below', other: { q: 'sp.shareVisible', link: 'to' }, same: true },
  // The benchmark question's ratio: the answer line's N gives it.
  { chapter: 'generate', step: 'cost', q: 'ask.ratio', other: { q: 'ask.N', link: 'from' }, same: true },
  // RoPE: m − n comes from m (the score line); the words that differ come from N, and feed nothing shown.
  { chapter: 'rope', step: 'relative', q: 'rope.dist', other: { q: 'rope.m', link: 'from' } },
  { chapter: 'rope', step: 'wrong-position', q: 'rope.differ', other: { q: 'rope.gen', link: 'from' }, same: true },
  { chapter: 'rope', step: 'wrong-position', q: 'rope.maxkl', other: { q: 'rope.kl.2', link: 'from' }, lang: 'zh' },
  // The causal mask's question on row "cat": its masked row comes from the masked grid's row "cat" on the stage (the switch
  // is on) and is made of the table's weights; the sum (only in the explanation) comes from them; the row without a mask
  // reads every key.
  { chapter: 'mask', step: 'causal-mask', q: 'cat.causal', other: { q: 'masked.1.0', link: 'from' } },
  { chapter: 'mask', step: 'causal-mask', q: 'cat.causal', other: { q: 'cat.causal.0', link: 'from' }, option: 'share' },
  { chapter: 'mask', step: 'causal-mask', q: 'cat.sum', other: { q: 'cat.causal.1', link: 'from' }, lang: 'zh' },
  { chapter: 'mask', step: 'causal-mask', q: 'cat.open', other: { q: 'mk.3', link: 'from' } },
  // Attention sinks: the budget B feeds the mean KL; the explanation's sinks mean is the summary's.
  { chapter: 'shrink', step: 'sinks', q: 'sh.mean', other: { q: 'sh.B', link: 'from' }, same: true },
  { chapter: 'shrink', step: 'sinks', q: 'sh.B', other: { q: 'sh.mean', link: 'to' } },
  // CacheBlend's chapter: the rows reused come from the stored chunks' matches; the last layer's worst deviation from
  // the map's cells; the naive answer's KL from both distributions.
  { chapter: 'reuse', step: 'prefix', q: 'ru.pre', other: { q: 'ru.match.0', link: 'from' }, same: true },
  { chapter: 'reuse', step: 'naive-kv', q: 'ru.worst.*', other: { q: 'naive.*', link: 'from' } },
  { chapter: 'reuse', step: 'naive-answer', q: 'ru.kl.naive', other: { q: 'ru.p.full.*', link: 'from' }, same: true },
  // Scaling: the largest weight without ÷√d_k is a stage cell, from every raw score of its row.
  { chapter: 'scaling', step: 'saturation', q: 'wr.*', other: { q: 's.*', link: 'from' } },
  // Why no Q cache, mask off: the weight "sat" now gives "on" is the stage grid's cell, from q of "sat".
  { chapter: 'no-q-cache', step: 'predict-row', q: 'after.2.3', other: { q: 'nq.2', link: 'from' }, same: true },
  // The real model: one token's numbers in the cache come from the card's layers, K/V heads and head size.
  { chapter: 'real-model', step: 'meet', q: 'rm.n', other: { q: 'rm.L', link: 'from' }, same: true },
];

/** A selector for quantity `q` ("x.*": every id starting "x."). */
const byQ = (q: string) => (q.endsWith('*') ? `[data-q^="${q.slice(0, -1)}"]` : `[data-q="${q}"]`);

const only = process.env.E2E_CHAPTERS?.split(',').filter(Boolean);

/** Answers the step's question: checks `option` and submits, or skips ("Just show me"). */
async function answer(page: Page, option?: string): Promise<void> {
  const ask = page.locator('#lesson .predict').first();
  if (option) {
    await ask.locator(`[data-option="${option}"] input`).check();
    await ask.locator('.predict-actions button:not(.quiet)').click();
  } else {
    await ask.locator('.predict-actions button.quiet').click();
  }
  await page.locator('#lesson .predict-feedback').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.formula[aria-busy="true"]'));
}

for (const c of CASES.filter((x) => !only || only.includes(x.chapter))) {
  test(`${c.chapter}/${c.step} (${c.lang ?? 'en'}): the explanation's ${c.q} lights ${c.other.q} (${c.other.link})`, async ({ page }) => {
    await openStep(page, c.chapter, c.step, c.lang ?? 'en');
    await answer(page, c.option);
    const feedback = page.locator('#lesson .predict-feedback').first();
    const num = feedback.locator(byQ(c.q)).first();
    await expect(num).toBeVisible();
    await expect(num).toHaveAttribute('tabindex', '0'); // reachable by keyboard
    // The explanation with its linked numbers passes axe (WCAG 2.1 A/AA, serious or critical), as a11y.spec holds every step.
    const { violations } = await new AxeBuilder({ page }).include('#lesson .predict-feedback').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    const outside = (q: string, link = '') => page.locator(`#lesson ${byQ(q)}${link && `[data-link="${link}"]`}:not(.predict-feedback *)`).first();
    if (c.same) expect((await outside(c.q).textContent())?.trim()).toContain((await num.textContent())?.trim());
    await num.focus();
    await expect(num).toHaveAttribute('data-link', 'self');
    if (c.other.q.endsWith('*')) await expect(outside(c.other.q, c.other.link)).toBeAttached();
    else await expect(outside(c.other.q)).toHaveAttribute('data-link', c.other.link);
    // Nothing stays marked once focus leaves the number.
    await num.blur();
    await expect(num).not.toHaveAttribute('data-link', /./);
  });
}
