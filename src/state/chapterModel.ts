import type { FieldTable } from './fields';

/** A chapter's editable state: its defaults, its field table (URL + validation) and a cross-field check. */
export interface ChapterModel<S extends object> {
  readonly defaults: S;
  readonly fields: FieldTable<S>;
  /** Returns the name of the first inconsistent field (e.g. a vector whose length is not d), or null. */
  readonly check: (s: S) => string | null;
}
