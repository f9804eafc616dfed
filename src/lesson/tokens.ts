/**
 * Identity colours for tokens (Okabe–Ito, colour-blind safe), always shown next to the word.
 * The same token has the same colour in every chapter.
 */
const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#CC79A7', '#0072B2', '#D55E00', '#F0E442', '#999999'] as const;

const FIXED: Record<string, number> = { The: 0, cat: 1, sat: 2, on: 3, the: 4, mat: 5 };

/** The identity colour of a token at position i (fixed for the example sentence, by position otherwise). */
export function tokenColour(token: string, i: number): string {
  const idx = Object.hasOwn(FIXED, token) ? FIXED[token] : i;
  return OKABE_ITO[idx % OKABE_ITO.length];
}
