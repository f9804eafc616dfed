import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Lang, translate } from '../../../src/i18n';
import { I18nProvider } from '../../../src/i18n/I18nContext';
import { findChapter } from '../../../src/lesson/chapters';
import { loadKatex } from '../../../src/panels/common/Formula';
import { PrintSupport } from '../../../src/panels/print/PrintSupport';
import { richText } from '../../../src/panels/common/richText';
import { initialState } from '../../../src/state/appState';

const worked = findChapter('worked');
if (!worked) throw new Error('the worked chapter is missing');

function setup(lang: Lang) {
  const state = { ...initialState(lang), chapter: 'worked', step: worked?.steps[2].id ?? '' };
  const view = render(
    <I18nProvider lang={lang}>
      <PrintSupport state={state} />
    </I18nProvider>,
  );
  const handout = () => view.container.querySelector('[data-testid="print-handout"]');
  return { handout };
}

// Importing KaTeX is slow on a busy machine; the button's own wait is what is tested.
beforeAll(() => loadKatex(), 30_000);
afterEach(() => vi.restoreAllMocks());

// Rendering every step (with KaTeX) in jsdom takes seconds on a busy machine.
describe('PrintSupport', { timeout: 30_000 }, () => {
  it('renders nothing to print until printing is requested', () => {
    const { handout } = setup('en');
    expect(handout()).toBeNull();
    expect(screen.getByRole('button', { name: 'Print handout' })).toBeInTheDocument();
  });

  it('beforeprint renders every step of the chapter at once, in the current language; afterprint removes it', () => {
    const { handout } = setup('zh');
    act(() => {
      fireEvent(window, new Event('beforeprint'));
    });
    const root = handout();
    expect(root).not.toBeNull();
    const steps = root?.querySelectorAll('[data-print-step]') ?? [];
    expect([...steps].map((s) => s.getAttribute('data-print-step'))).toEqual(worked.steps.map((s) => s.id));
    const titles = [...(root?.querySelectorAll('h2') ?? [])].map((h) => h.textContent);
    // A title as drawn: math names (√d_k) with a real subscript, so compare with richText's text.
    const drawn = (text: string) => render(<h2>{richText(text)}</h2>).container.textContent;
    for (const s of worked.steps) expect(titles).toContain(drawn(translate('zh', s.titleKey)));
    // Editable inputs carry the current values: the handout uses the live state, not a copy of the article.
    expect(root?.querySelectorAll('[data-cell]').length).toBeGreaterThan(0);
    act(() => {
      fireEvent(window, new Event('afterprint'));
    });
    expect(handout()).toBeNull();
  });

  it('the button waits for KaTeX and the rendered steps, then calls window.print', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { handout } = setup('en');
    fireEvent.click(screen.getByRole('button', { name: 'Print handout' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1), { timeout: 15_000 });
    const root = handout();
    expect(root?.querySelectorAll('[aria-busy="true"]').length).toBe(0);
    expect(root?.querySelectorAll('.katex').length).toBeGreaterThan(0);
  }, 20_000);
});
