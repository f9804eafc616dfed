import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { chapters } from '../../src/lesson/chapters';
import { expect, test } from './helpers';
import { openStep } from './walk';

// axe-core over every step of every chapter (issue 6). Every step is checked in the light theme in
// English and in the dark theme in Chinese, so both themes and both languages cover every step.
const COMBOS = [
  { scheme: 'light', lang: 'en' },
  { scheme: 'dark', lang: 'zh' },
] as const;

/**
 * Rules held to on any impact, in the same pass (issue 9 §8): label in name (WCAG 2.5.3; axe calls it
 * "experimental", so it is switched on by name) and every text inside a landmark (axe's "region").
 */
const ALWAYS = ['label-content-name-mismatch', 'region'];

/** One axe pass over the page: WCAG 2.1 A/AA violations that are serious or critical, and any violation of ALWAYS. */
async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .options({ rules: Object.fromEntries(ALWAYS.map((id) => [id, { enabled: true }])) })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations
    .filter((v) => ALWAYS.includes(v.id) || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const chapter of chapters) {
  for (const { scheme, lang } of COMBOS) {
    test(`axe: ${chapter.id}, ${scheme} theme, ${lang}: no serious or critical violation, labels in names, all text in landmarks`, async ({ page }) => {
      test.setTimeout(30_000 + 20_000 * chapter.steps.length); // a bound that grows with the work: serve has 10 steps
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const problems: string[] = [];
      for (const step of chapter.steps) {
        await openStep(page, chapter.id, step.id, lang);
        for (const p of await axeProblems(page)) problems.push(`${step.id}: ${p}`);
      }
      expect(problems).toEqual([]);
    });
  }
}

test('the axe pass reports a name that does not contain its visible label and text outside every landmark', async ({ page }) => {
  test.setTimeout(60_000);
  await openStep(page, 'worked', 'setting', 'en');
  await page.evaluate(() => {
    const b = document.createElement('button');
    b.textContent = 'Next step';
    b.setAttribute('aria-label', 'Continue');
    document.querySelector('main')?.append(b);
    const p = document.createElement('p');
    p.textContent = 'Text outside every landmark';
    document.body.append(p);
  });
  const found = (await axeProblems(page)).map((p) => p.split(' ')[0]);
  expect(found).toEqual(expect.arrayContaining(ALWAYS));
});
