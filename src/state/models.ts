/** Every chapter's editable-state model, keyed by chapter id (add one line per chapter). */
import { workedModel } from '../lesson/worked/model';
import { noQCacheModel } from '../lesson/no-q-cache/model';

export const models = {
  worked: workedModel,
  'no-q-cache': noQCacheModel,
} as const;

/** Chapter ids that have editable state. */
export type ModelId = keyof typeof models;
/** The state of every chapter, keyed by chapter id. */
export type ChapterStates = { -readonly [K in ModelId]: (typeof models)[K]['defaults'] };

/** Every chapter's defaults (fresh copies). */
export function defaultStates(): ChapterStates {
  return structuredClone(Object.fromEntries(Object.entries(models).map(([id, m]) => [id, m.defaults]))) as ChapterStates;
}
