import { useEffect, useRef } from 'react';
import type { PartView } from './StageContext';

/** The rows each stage showed at its last commit, kept across remounts (a step change remounts the stage). */
const lastRows = new Map<string, { sig: string; rows: ReadonlySet<string> }>();

/**
 * Which rows of a cache picture were appended: `isAppended(key)` is true for a row that the
 * picture `stage` did not show at its previous commit, and stays true while the rows stay the
 * same (a re-render never restarts or cuts the slide-in). So the 180 ms slide-in plays once, when
 * the cache grows — never when a step that already shows the row opens, and never on the first
 * picture after a page load (nothing was appended; a shared link opens still).
 * `keys` are the row identities now shown (a token, or position:id), in order.
 */
export function useAppended(stage: string, keys: readonly (string | number)[]): (key: string | number) => boolean {
  const now = keys.map(String);
  const sig = now.join('\u0000');
  const mine = useRef<{ sig: string; appended: ReadonlySet<string> } | null>(null);
  if (mine.current?.sig !== sig) {
    const prev = lastRows.get(stage);
    const appended = prev && prev.sig !== sig ? now.filter((k) => !prev.rows.has(k)) : [];
    mine.current = { sig, appended: new Set(appended) };
  }
  useEffect(() => {
    lastRows.set(stage, { sig, rows: new Set(sig ? sig.split('\u0000') : []) });
  }, [stage, sig]);
  const { appended } = mine.current;
  return (key) => appended.has(String(key));
}

/** `part` with the slide-in class added when `on` (its row was just appended). */
export function appearing(part: PartView, on: boolean): PartView {
  return on ? { ...part, props: { ...part.props, className: `${part.props.className} appear` } } : part;
}
