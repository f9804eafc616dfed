import { useEffect, useState } from 'react';
import type { Model } from '../../core/model';
import { loadedRealModel, loadRealModel } from '../../lesson/real-model/load';

/** The real model's load state: loading, ready (with the model) or failed (`retry` loads again). */
export type ModelLoad = { status: 'loading' } | { status: 'ready'; model: Model } | { status: 'failed'; retry: () => void };

/** Loads the real model once (its own chunk, never on the first screen) and re-renders when it is ready or has failed. */
export function useRealModel(): ModelLoad {
  // Ready at once when an earlier step has loaded it: the step's heading is drawn once, and keeps its focus.
  const [state, setState] = useState<ModelLoad>(() => {
    const model = loadedRealModel();
    return model ? { status: 'ready', model } : { status: 'loading' };
  });
  useEffect(() => {
    let live = true;
    const start = () => {
      const loaded = loadedRealModel();
      if (loaded) {
        setState((s) => (s.status === 'ready' ? s : { status: 'ready', model: loaded }));
        return;
      }
      setState({ status: 'loading' });
      loadRealModel().then(
        (model) => live && setState({ status: 'ready', model }),
        () => live && setState({ status: 'failed', retry: start }),
      );
    };
    start();
    return () => {
      live = false;
    };
  }, []);
  return state;
}
