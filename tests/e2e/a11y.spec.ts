import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './helpers';
import { allSteps, openStep } from './walk';

// axe-core over every step of every chapter, in both themes and both languages (issue 6).
for (const scheme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'zh'] as const) {
    test(`no serious or critical axe violation: ${scheme} theme, ${lang}`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const chapters = await allSteps(page);
      const problems: string[] = [];
      for (const { chapter, steps } of chapters) {
        for (const step of steps) {
          await openStep(page, chapter, step, lang);
          const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
          for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
            problems.push(`${chapter}/${step}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
}
