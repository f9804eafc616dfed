import { useEffect, useState } from 'react';
import type { Model } from '../../core/model';
import { loadRealModel } from '../../lesson/real-model/load';

/** The real model's load state: loading, ready (with the model) or failed (`retry` loads again). */
export type ModelLoad = { status: 'loading' } | { status: 'ready'; model: Model } | { status: 'failed'; retry: () => void };

/** Loads the real model once (its own chunk) and re-renders when it is ready or has failed. */
export function useRealModel(): ModelLoad {
  const [state, setState] = useState<ModelLoad>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const start = () => {
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
