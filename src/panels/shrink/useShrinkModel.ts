import { useEffect, useState } from 'react';
import type { Model } from '../../core/model';
import { loadedRealModel, loadRealModel } from '../../lesson/real-model/load';

/** The real model's loading state: loading, ready with the model, or failed with the error's message. */
export type ModelStatus = { kind: 'loading' } | { kind: 'ready'; model: Model } | { kind: 'error'; detail: string };

/**
 * Loads the real model on first use (its weights are a chunk of their own) and re-renders when it is ready. Once
 * loaded (by any chapter), a view mounted again starts ready, so the step's heading is mounted once and keeps focus.
 */
export function useShrinkModel(): ModelStatus {
  const [status, setStatus] = useState<ModelStatus>(() => {
    const model = loadedRealModel();
    return model ? { kind: 'ready', model } : { kind: 'loading' };
  });
  useEffect(() => {
    if (status.kind === 'ready') return;
    let live = true;
    loadRealModel().then(
      (model) => live && setStatus({ kind: 'ready', model }),
      (err: unknown) => live && setStatus({ kind: 'error', detail: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [status.kind]);
  return status;
}
