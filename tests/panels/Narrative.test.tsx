import { render } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAllMessages } from '../../src/i18n';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { ropeChapter } from '../../src/lesson/rope/chapter';
import { Narrative } from '../../src/panels/common/StepLayout';

beforeAll(() => loadAllMessages());

describe('Narrative', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`draws the code names of rope/fix as code, without backticks (${lang})`, () => {
      const step = ropeChapter.steps.find((s) => s.id === 'fix');
      if (!step) throw new Error('rope/fix is missing');
      const { container } = render(
        <I18nProvider lang={lang}>
          <Narrative step={step} />
        </I18nProvider>,
      );
      const codes = [...container.querySelectorAll('.narrative p code')].map((c) => c.textContent);
      expect(codes).toEqual(['start_pos', 'cache_position']);
      expect(container.querySelector('.narrative')?.textContent).not.toContain('`');
    });
  }
});
