import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../src/i18n/I18nContext';
import { initialState } from '../../../src/state/appState';
import { encodeHash } from '../../../src/state/urlCodec';
import { ShareButton } from '../../../src/panels/share/ShareButton';

function setup(lang: 'en' | 'zh' = 'en') {
  const state = { ...initialState(lang), step: 'scores' };
  render(
    <I18nProvider lang={lang}>
      <ShareButton state={state} />
    </I18nProvider>,
  );
  return state;
}

describe('ShareButton', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('opens a labelled panel with the link of the current state, and Escape closes it and returns focus', async () => {
    const state = setup();
    const button = screen.getByRole('button', { name: 'Share' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Share this view' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect((screen.getByLabelText('Link to this view') as HTMLTextAreaElement).value.endsWith(encodeHash(state))).toBe(true);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Copy link' })).toHaveFocus());
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('says "Link copied." after a successful copy', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('#v1/worked/scores?l=en'));
  });

  it('falls back to selecting the link, with a message in the current language, when the clipboard refuses', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    setup('zh');
    fireEvent.click(screen.getByRole('button', { name: '分享' }));
    fireEvent.click(await screen.findByRole('button', { name: '复制链接' }));
    expect(await screen.findByText(/无法自动复制/)).toBeInTheDocument();
    const field = screen.getByLabelText('当前视图的链接') as HTMLTextAreaElement;
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
  });
});
