import { useEffect, useState } from 'react';
import type { Model } from '../../core/model';
import { loadRealModel } from '../../lesson/real-model/load';

/** The real model's loading state: loading, ready with the model, or failed with the error's message. */
export type ModelStatus = { kind: 'loading' } | { kind: 'ready'; model: Model } | { kind: 'error'; detail: string };

let ready: Model | null = null;

/** Loads the real model on first use (its weights are a chunk of their own) and re-renders when it is ready. */
export function useShrinkModel(): ModelStatus {
  const [status, setStatus] = useState<ModelStatus>(() => (ready ? { kind: 'ready', model: ready } : { kind: 'loading' }));
  useEffect(() => {
    if (status.kind === 'ready') return;
    let live = true;
    loadRealModel().then(
      (model) => {
        ready = model;
        if (live) setStatus({ kind: 'ready', model });
      },
      (err: unknown) => live && setStatus({ kind: 'error', detail: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [status.kind]);
  return status;
}
