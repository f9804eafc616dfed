import { fireEvent, render } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { loadAllMessages } from '../../src/i18n';
import type { Lang } from '../../src/i18n/lang';
import { linkGraph } from '../../src/lesson/links';
import { LinkedText } from '../../src/panels/common/LinkedText';
import { LinkScope } from '../../src/panels/link/LinkScope';
import { Predict } from '../../src/panels/common/Predict';
import { ViewProvider } from '../../src/panels/ViewContext';
import { initialViewPrefs } from '../../src/state/viewPrefs';

beforeAll(() => loadAllMessages());

/** rope.bug.explain is "{count}. {why}" (zh "{count}。{why}"): two messages inside it, each with linked numbers. */
function Explain({ lang }: { lang: Lang }) {
  return (
    <I18nProvider lang={lang}>
      <LinkedText
        k="rope.bug.explain"
        params={{}}
        links={{}}
        nodes={{
          count: <LinkedText k="rope.bug.differCount" params={{ differ: '3', n: '12' }} links={{ differ: 'rope.differ', n: 'rope.gen' }} />,
          why: <LinkedText k="rope.bug.why" params={{ kl: '0.412' }} links={{ kl: 'rope.maxkl' }} />,
        }}
      />
    </I18nProvider>
  );
}

describe('LinkedText: a catalog message whose numbers are linked (Q)', () => {
  it('draws each linked parameter as a focusable number with its quantity id, in each language’s word order', () => {
    for (const lang of ['en', 'zh'] as const) {
      const { container, unmount } = render(<Explain lang={lang} />);
      const nums = [...container.querySelectorAll<HTMLElement>('[data-q]')];
      // en "3 of 12 words differ", zh "12 个词元中有 3 个不同": the order follows the catalog.
      expect(nums.map((e) => [e.dataset.q, e.textContent])).toEqual(
        lang === 'en'
          ? [['rope.differ', '3'], ['rope.gen', '12'], ['rope.maxkl', '0.412']]
          : [['rope.gen', '12'], ['rope.differ', '3'], ['rope.maxkl', '0.412']],
      );
      expect(container.textContent).toContain(lang === 'en' ? '3 of 12 words differ. ' : '12 个词元中有 3 个不同。');
      for (const e of nums) {
        expect(e.tabIndex).toBe(0);
        expect(e.className).toBe('linked-q');
      }
      expect(container.textContent).not.toMatch(/[\uE000\uE001{}]/); // no marker or placeholder left
      unmount();
    }
  });

  it('leaves a parameter whose id is undefined as plain text', () => {
    const { container } = render(
      <I18nProvider lang="en">
        <LinkedText k="rope.bug.why" params={{ kl: '0.412' }} links={{ kl: undefined }} />
      </I18nProvider>,
    );
    expect(container.querySelector('[data-q]')).toBeNull();
    expect(container.textContent).toContain('0.412');
  });

  it('inside a Predict’s explanation: focusing the number marks it and the same quantity elsewhere in the scope', () => {
    const graph = linkGraph([['rope.gen', 'rope.differ']]);
    const { container, getByRole } = render(
      <I18nProvider lang="en">
        <ViewProvider value={{ ...initialViewPrefs(), theme: 'light', predictions: true }}>
          <LinkScope graph={graph}>
            <span data-q="rope.gen" data-testid="input">
              12
            </span>
            <Predict question="How many differ?" options={[{ id: 'a', label: 'some' }]} correct={['a']} explanation={<Explain lang="en" />} answers={['3']} />
          </LinkScope>
        </ViewProvider>
      </I18nProvider>,
    );
    fireEvent.click(getByRole('button', { name: 'Just show me' }));
    const differ = container.querySelector<HTMLElement>('.predict-feedback [data-q="rope.differ"]')!;
    fireEvent.focus(differ);
    expect(differ.dataset.link).toBe('self');
    expect(container.querySelector<HTMLElement>('[data-testid="input"]')!.dataset.link).toBe('from');
  });
});
