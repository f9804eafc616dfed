/** The answers of the chapter's two questions, computed from a live comparison (never assumed). */
import type { Comparison } from './derive';

/**
 * What bringing earlier row i up to date needs once "on" has arrived: nothing when the row did not
 * change (the mask hid the new column); otherwise its own old query again with every key and value
 * (the row is q_i against all keys, mixed over all values).
 */
export function needsAnswer(c: Comparison, i: number): 'nothing' | 'qOld' {
  return c.rows[i].same ? 'nothing' : 'qOld';
}

/**
 * Which entries of the weight matrix adding the token forces us to compute: only its row when no
 * earlier query scores it and no earlier row changed; the whole matrix when earlier rows changed
 * (softmax renormalises them); the row and the column when new cells appear but old ones hold.
 */
export function entriesAnswer(c: Comparison): 'row' | 'both' | 'all' {
  if (c.unchangedRows < c.rows.length) return 'all';
  return c.earlierQNeeded === 0 ? 'row' : 'both';
}
