/** Runs the decode benchmark off the main thread; posts progress after every unit of work. Stop = terminate(). */
import { runBench } from '../../lesson/generate/bench';

export interface BenchRequest {
  N: number;
  d: number;
}

/** The worker's global scope, typed without the WebWorker lib (which clashes with DOM in one program). */
const scope = self as unknown as { onmessage: ((e: MessageEvent<BenchRequest>) => void) | null; postMessage: (m: unknown) => void };

scope.onmessage = (e: MessageEvent<BenchRequest>) => {
  try {
    const it = runBench(e.data.N, e.data.d, () => performance.now());
    for (;;) {
      const r = it.next();
      if (r.done) {
        scope.postMessage({ kind: 'done', report: r.value });
        return;
      }
      scope.postMessage({ kind: 'progress', progress: r.value });
    }
  } catch (err) {
    scope.postMessage({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
