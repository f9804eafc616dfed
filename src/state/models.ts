/** Every chapter's editable-state model, keyed by chapter id (add one line per chapter). */
import { workedModel } from '../lesson/worked/model';
import { headsModel } from '../lesson/heads/model';
import { memoryModel } from '../lesson/memory/model';
import { originModel } from '../lesson/origin/model';
import { maskModel } from '../lesson/mask/model';
import { scalingModel } from '../lesson/scaling/model';
import { costModel } from '../lesson/cost/model';
import { noQCacheModel } from '../lesson/no-q-cache/model';
import { crossModel } from '../lesson/cross/model';
import { generateModel } from '../lesson/generate/model';
import { serveModel } from '../lesson/serve/model';
import { realModelModel } from '../lesson/real-model/model';
import { ropeModel } from '../lesson/rope/model';
import { reuseModel } from '../lesson/reuse/model';
import { shrinkModel } from '../lesson/shrink/model';

export const models = {
  worked: workedModel,
  origin: originModel,
  mask: maskModel,
  'no-q-cache': noQCacheModel,
  generate: generateModel,
  scaling: scalingModel,
  heads: headsModel,
  memory: memoryModel,
  cross: crossModel,
  cost: costModel,
  'real-model': realModelModel,
  rope: ropeModel,
  reuse: reuseModel,
  serve: serveModel,
  shrink: shrinkModel,
} as const;

/** Chapter ids that have editable state. */
export type ModelId = keyof typeof models;
/** The state of every chapter, keyed by chapter id. */
export type ChapterStates = { -readonly [K in ModelId]: (typeof models)[K]['defaults'] };

/** Every chapter's defaults (fresh copies). */
export function defaultStates(): ChapterStates {
  return structuredClone(Object.fromEntries(Object.entries(models).map(([id, m]) => [id, m.defaults]))) as ChapterStates;
}
