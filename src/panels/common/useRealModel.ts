import { useEffect, useState } from 'react';
import type { Model } from '../../core/model';
import { loadedRealModel, loadRealModel } from '../../lesson/real-model/load';

/**
 * The real model's load state: loading, ready (with the model) or failed (`retry` loads again; `detail` is the
 * error's own message, for diagnosis, not for the page: it is in the browser's language, not the reader's).
 */
export type ModelLoad = { status: 'loading' } | { status: 'ready'; model: Model } | { status: 'failed'; retry: () => void; detail: string };

/**
 * The one hook every chapter on the real model uses (real-model, shrink, rope, reuse). Loads the model once (its
 * own chunk, never on the first screen) and re-renders when it is ready or has failed; `retry` starts a new load
 * (lesson/real-model/load forgets a failed one). Once loaded, a view mounted again (every step change) starts
 * ready, so its heading is mounted once and keeps the focus the step change gives it.
 */
export function useRealModel(): ModelLoad {
  const [state, setState] = useState<ModelLoad>(() => {
    const model = loadedRealModel();
    return model ? { status: 'ready', model } : { status: 'loading' };
  });
  const ready = state.status === 'ready';
  useEffect(() => {
    if (ready) return;
    let live = true;
    const start = () => {
      const loaded = loadedRealModel(); // loaded by another view since this one mounted
      if (loaded) {
        setState({ status: 'ready', model: loaded });
        return;
      }
      setState({ status: 'loading' });
      loadRealModel().then(
        (model) => live && setState({ status: 'ready', model }),
        (err: unknown) => live && setState({ status: 'failed', retry: start, detail: err instanceof Error ? err.message : String(err) }),
      );
    };
    start();
    return () => {
      live = false;
    };
  }, [ready]);
  return state;
}
