import { useCallback, useEffect, useRef, useState } from 'react';
import { type BenchProgress, type BenchReport, runBench } from '../../lesson/generate/bench';

export type BenchStatus = 'idle' | 'running' | 'done' | 'stopped' | 'error';

export interface BenchState {
  status: BenchStatus;
  progress: BenchProgress | null;
  report: BenchReport | null;
  error: string | null;
}

type Msg = { kind: 'progress'; progress: BenchProgress } | { kind: 'done'; report: BenchReport } | { kind: 'error'; message: string };

const IDLE: BenchState = { status: 'idle', progress: null, report: null, error: null };

/** Runs the benchmark in a Web Worker (same-origin file built by Vite); falls back to chunks on the main thread. */
export function useBench() {
  const [state, setState] = useState<BenchState>(IDLE);
  const stopRef = useRef<(() => void) | null>(null);

  const onMsg = useCallback((m: Msg) => {
    if (m.kind === 'progress') setState((s) => ({ ...s, progress: m.progress }));
    else if (m.kind === 'done') {
      stopRef.current = null;
      setState((s) => ({ ...s, status: 'done', report: m.report }));
    } else {
      stopRef.current = null;
      setState((s) => ({ ...s, status: 'error', error: m.message }));
    }
  }, []);

  const start = useCallback(
    (N: number, d: number) => {
      stopRef.current?.();
      setState({ status: 'running', progress: null, report: null, error: null });
      let worker: Worker | null = null;
      try {
        worker = new Worker(new URL('./benchWorker.ts', import.meta.url), { type: 'module' });
      } catch {
        worker = null;
      }
      if (worker) {
        const w = worker;
        w.onmessage = (e: MessageEvent<Msg>) => onMsg(e.data);
        w.onerror = (e) => onMsg({ kind: 'error', message: e.message || 'worker failed' });
        w.postMessage({ N, d });
        stopRef.current = () => w.terminate();
        return;
      }
      // No worker (e.g. the single-file build): one unit of work per macrotask keeps the page responsive.
      const it = runBench(N, d, () => performance.now());
      let live = true;
      const tick = () => {
        if (!live) return;
        try {
          const r = it.next();
          onMsg(r.done ? { kind: 'done', report: r.value } : { kind: 'progress', progress: r.value });
          if (!r.done) setTimeout(tick, 0);
        } catch (err) {
          onMsg({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
        }
      };
      setTimeout(tick, 0);
      stopRef.current = () => {
        live = false;
      };
    },
    [onMsg],
  );

  const stop = useCallback(() => {
    stopRef.current?.();
    stopRef.current = null;
    setState((s) => (s.status === 'running' ? { ...s, status: 'stopped' } : s));
  }, []);

  useEffect(() => () => stopRef.current?.(), []);
  return { state, start, stop };
}
