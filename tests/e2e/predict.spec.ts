import { expect, test } from './helpers';
import { allSteps, openStep } from './walk';

/**
 * Issue 9 §2: predict, then reveal. On every step of every chapter that asks for a guess, the
 * answer (each value the Predict declares in `answers`) is nowhere in the step's DOM text before
 * the guess (formula, notes, tables, screen-reader text included), and it is on the page after
 * "Just show me". Chapters are read from the page, so a new chapter's predictions are covered too.
 */

/** Predict steps whose answer still shows before the guess, owned by another engineer (remove as they are fixed). */
const PENDING: Record<string, string> = {};

/** True when `text` contains `answer` not as part of a longer number (so "0.219" is not found in "10.2190"). */
function contains(text: string, answer: string): boolean {
  const esc = answer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d.])${esc}(?![\\d])`).test(text);
}

test('no prediction shows its answer before the guess, and every answer is shown after it', async ({ page }) => {
  test.setTimeout(240_000);
  const problems: string[] = [];
  let asked = 0;
  for (const { chapter, steps } of await allSteps(page)) {
    for (const step of steps) {
      const id = `${chapter}/${step}`;
      await openStep(page, chapter, step, 'en');
      if ((await page.locator('#lesson .predict').count()) === 0) continue;
      asked += 1;
      const before = (await page.locator('#lesson').textContent()) ?? '';
      await page.locator('#lesson .predict').first().getByRole('button', { name: 'Just show me' }).click();
      const feedback = page.locator('#lesson .predict-feedback').first();
      await feedback.waitFor();
      await page.waitForFunction(() => !document.querySelector('.formula[aria-busy="true"]'));
      const answers = JSON.parse((await feedback.getAttribute('data-answers')) ?? '[]') as string[];
      const after = (await page.locator('#lesson').textContent()) ?? '';
      // The same text with a space between text nodes: an answer right after a sentence ending in "0." is
      // still shown (textContent glues "…0.3 tokens later", which `contains` reads as a longer number).
      const afterSpaced = await page.locator('#lesson').evaluate((el) => {
        const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        const parts: string[] = [];
        for (let n = w.nextNode(); n; n = w.nextNode()) parts.push(n.textContent ?? '');
        return parts.join(' ');
      });
      if (answers.length === 0) problems.push(`${id}: the prediction declares no answer`);
      for (const a of answers) {
        if (contains(before, a) && !PENDING[id]) problems.push(`${id}: answer “${a}” is on the page before the guess`);
        if (!contains(after, a) && !contains(afterSpaced, a)) problems.push(`${id}: answer “${a}” is not shown after the guess`);
      }
    }
  }
  // The whole walk finds them all (a walk limited by E2E_CHAPTERS may cover chapters that ask nothing).
  if (!process.env.E2E_CHAPTERS) expect(asked, 'predict steps found').toBeGreaterThanOrEqual(10);
  expect(problems).toEqual([]);
});
