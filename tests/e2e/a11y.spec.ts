import AxeBuilder from '@axe-core/playwright';
import { chapters } from '../../src/lesson/chapters';
import { expect, test } from './helpers';
import { openStep } from './walk';

// axe-core over every step of every chapter (issue 6). Every step is checked in the light theme in
// English and in the dark theme in Chinese, so both themes and both languages cover every step.
const COMBOS = [
  { scheme: 'light', lang: 'en' },
  { scheme: 'dark', lang: 'zh' },
] as const;

for (const chapter of chapters) {
  for (const { scheme, lang } of COMBOS) {
    test(`axe: ${chapter.id}, ${scheme} theme, ${lang}: no serious or critical violation`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const problems: string[] = [];
      for (const step of chapter.steps) {
        await openStep(page, chapter.id, step.id, lang);
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
          problems.push(`${step.id}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
}
