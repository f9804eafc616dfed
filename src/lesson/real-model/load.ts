import { type Model, parseModel } from '../../core/model';

let pending: Promise<Model> | null = null;
let loaded: Model | null = null;

/** The real model if it has already loaded, else null (so a view shown again need not wait a frame). */
export function loadedRealModel(): Model | null {
  return loaded;
}

/**
 * The real model, loaded on first use: a dynamic import puts weights.json (≈ 160 KB, ≈ 120 KB gzip) in its
 * own chunk, fetched only when a chapter asks, never with the first screen; the single-file build inlines
 * that chunk too. Parsed and validated once (parseModel throws naming the problem); a failed load is retried
 * on the next call.
 */
export function loadRealModel(): Promise<Model> {
  pending ??= import('./weights.json').then(
    (m) => {
      loaded = parseModel(m.default);
      return loaded;
    },
    (err: unknown) => {
      pending = null;
      throw err;
    },
  );
  return pending;
}
