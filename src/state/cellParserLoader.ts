/** Loads the cell parser (mathjs) after the first screen, so it is not part of the first-load budget. */
import type { CellResult } from './cellParser';

type ParserModule = typeof import('./cellParser');
let loaded: ParserModule | null = null;
let pending: Promise<ParserModule> | null = null;

/** Starts (or joins) loading the parser. */
export function loadCellParser(): Promise<ParserModule> {
  pending ??= import('./cellParser').then((m) => {
    loaded = m;
    return m;
  });
  return pending;
}

/** Parses now when the parser is loaded, otherwise as soon as it is (maxAbs: see parseCell). */
export function parseCellWhenReady(text: string, maxAbs: number, done: (r: CellResult) => void): void {
  if (loaded) done(loaded.parseCell(text, maxAbs));
  else void loadCellParser().then((m) => done(m.parseCell(text, maxAbs)));
}
