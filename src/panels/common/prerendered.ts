import type { FormulaNode } from './formulaTree';
import data from './prerendered.json';

/**
 * Formulas typeset ahead of time (tests/panels/prerendered.test.ts writes and checks
 * prerendered.json): the formula of the page's first step with its default numbers, so the first
 * screen is complete before KaTeX loads. Keyed by display mode and TeX; null for any other formula.
 */
export function prerendered(tex: string, block: boolean): readonly FormulaNode[] | null {
  return (data as unknown as Record<string, FormulaNode[]>)[prerenderKey(tex, block)] ?? null;
}

/** The key of a formula in prerendered.json. */
export function prerenderKey(tex: string, block: boolean): string {
  return `${block ? 'display' : 'inline'}:${tex}`;
}
