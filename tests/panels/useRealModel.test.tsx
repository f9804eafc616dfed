import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Model } from '../../src/core/model';
import { I18nProvider } from '../../src/i18n/I18nContext';
import type { Lang } from '../../src/i18n/lang';
import { useI18n } from '../../src/i18n/I18nContext';
import { ModelLoadState } from '../../src/panels/common/ModelLoadState';
import { useRealModel } from '../../src/panels/common/useRealModel';

// The weights' loader, controlled by each test: every call returns the next outcome.
const loader = vi.hoisted(() => ({ outcomes: [] as ('fail' | 'ok')[], calls: 0, model: null as Model | null }));
vi.mock('../../src/lesson/real-model/load', () => ({
  loadedRealModel: () => loader.model,
  loadRealModel: () => {
    loader.calls++;
    const outcome = loader.outcomes.shift() ?? 'ok';
    if (outcome === 'fail') return Promise.reject(new Error('Failed to fetch dynamically imported module'));
    loader.model = { config: { nLayers: 3 } } as unknown as Model;
    return Promise.resolve(loader.model);
  },
}));

/** A chapter view as real-model and shrink draw it: the model's layer count once ready, else the load state. */
function View() {
  const { t } = useI18n();
  const load = useRealModel();
  if (load.status === 'ready') return <p>ready: {load.model.config.nLayers} layers</p>;
  return <ModelLoadState load={load} loading={t('realModel.loading')} failed={t('realModel.loadError')} retry={t('realModel.retry')} />;
}
const show = (lang: Lang) =>
  render(
    <I18nProvider lang={lang}>
      <View />
    </I18nProvider>,
  );

beforeEach(() => {
  loader.outcomes = [];
  loader.calls = 0;
  loader.model = null;
});

describe('useRealModel: the one hook that loads the real model', () => {
  it('shows the loading line, then the model', async () => {
    show('en');
    expect(screen.getByRole('status')).toHaveTextContent("Loading the model's weights");
    expect(await screen.findByText('ready: 3 layers')).toBeInTheDocument();
  });

  it('a failed load shows the message in the page language with a retry button, and the retry recovers', async () => {
    loader.outcomes = ['fail', 'ok'];
    show('en');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("The model's weights could not be loaded.");
    expect(alert).not.toHaveTextContent('Failed to fetch'); // the browser's own message is not the reader's language
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Try again' })));
    expect(await screen.findByText('ready: 3 layers')).toBeInTheDocument();
    expect(loader.calls).toBe(2);
  });

  it('in Chinese: the message and the button are Chinese, and a second failure can be retried again', async () => {
    loader.outcomes = ['fail', 'fail', 'ok'];
    show('zh');
    expect(await screen.findByRole('alert')).toHaveTextContent('模型权重加载失败。');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '重试' })));
    expect(await screen.findByRole('alert')).toHaveTextContent('模型权重加载失败。');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '重试' })));
    expect(await screen.findByText('ready: 3 layers')).toBeInTheDocument();
    expect(loader.calls).toBe(3);
  });

  it('a view mounted after the model loaded starts ready (no loading line on a step change)', () => {
    loader.model = { config: { nLayers: 3 } } as unknown as Model;
    show('en');
    expect(screen.getByText('ready: 3 layers')).toBeInTheDocument();
    expect(loader.calls).toBe(0);
  });
});
