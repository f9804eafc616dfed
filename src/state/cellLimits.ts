/** Limits of what a number cell accepts (kept apart from the parser so that importing them does not load mathjs). */

/** Longest text a cell accepts. */
export const MAX_CELL_CHARS = 64;
/** Largest magnitude a plain cell accepts (keeps q·k finite: 8 · 1e6 · 1e6 is far from overflow). */
export const MAX_CELL_ABS = 1e6;
