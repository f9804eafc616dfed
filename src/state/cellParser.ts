/**
 * Parses what a person types into a number cell. The only mathjs import in the app (GUIDE §6):
 * mathjs/number's parser only, then our own allow-listed evaluation of the tree.
 */
import { create, type MathNode, parseDependencies } from 'mathjs/number';
import type { MsgKey } from '../i18n';

const math = create({ parseDependencies });

/** Longest text a cell accepts. */
export const MAX_CELL_CHARS = 64;
/** Largest magnitude a cell accepts (keeps q·k finite: 8 · 1e6 · 1e6 is far from overflow). */
export const MAX_CELL_ABS = 1e6;

export type CellResult =
  | { ok: true; value: number }
  | { ok: false; error: MsgKey; params?: Record<string, string | number> };

const FUNCTIONS: Record<string, (x: number) => number> = {
  sqrt: Math.sqrt, exp: Math.exp, log: Math.log, ln: Math.log, log2: Math.log2, log10: Math.log10,
  abs: Math.abs, sin: Math.sin, cos: Math.cos, tan: Math.tan, tanh: Math.tanh,
};
const CONSTANTS: Record<string, number> = { pi: Math.PI, e: Math.E };
const BINARY: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => a + b, subtract: (a, b) => a - b, multiply: (a, b) => a * b, divide: (a, b) => a / b, pow: (a, b) => a ** b,
};

class Unsupported extends Error {}

/** Evaluates an allow-listed tree; anything else throws Unsupported. */
function evaluate(node: MathNode): number {
  const n = node as MathNode & Record<string, unknown>;
  switch (node.type) {
    case 'ConstantNode':
      if (typeof n.value !== 'number') throw new Unsupported();
      return n.value;
    case 'ParenthesisNode':
      return evaluate(n.content as MathNode);
    case 'SymbolNode': {
      const name = n.name as string;
      if (!Object.hasOwn(CONSTANTS, name)) throw new Unsupported();
      return CONSTANTS[name];
    }
    case 'OperatorNode': {
      const fn = n.fn as string;
      const args = n.args as MathNode[];
      if (args.length === 1 && fn === 'unaryMinus') return -evaluate(args[0]);
      if (args.length === 1 && fn === 'unaryPlus') return evaluate(args[0]);
      if (args.length === 2 && Object.hasOwn(BINARY, fn)) return BINARY[fn](evaluate(args[0]), evaluate(args[1]));
      throw new Unsupported();
    }
    case 'FunctionNode': {
      const fnNode = n.fn as MathNode & { name?: string };
      const args = n.args as MathNode[];
      const name = fnNode.type === 'SymbolNode' ? fnNode.name : undefined;
      if (!name || !Object.hasOwn(FUNCTIONS, name) || args.length !== 1) throw new Unsupported();
      return FUNCTIONS[name](evaluate(args[0]));
    }
    default:
      throw new Unsupported();
  }
}

/** Text → finite number within ±MAX_CELL_ABS, or an error key for the current language's message. */
export function parseCell(raw: string): CellResult {
  if (raw.length > MAX_CELL_CHARS) return { ok: false, error: 'cell.error.tooLong', params: { max: MAX_CELL_CHARS } };
  const text = raw.replace(/\u2212/g, '-').replace(/[×·]/g, '*').replace(/÷/g, '/').replace(/，/g, '.').trim();
  if (text === '') return { ok: false, error: 'cell.error.empty' };
  if (!/^[0-9A-Za-z.+\-*/^() ]+$/.test(text)) return { ok: false, error: 'cell.error.chars' };
  let tree: MathNode;
  try {
    tree = math.parse(text);
  } catch {
    return { ok: false, error: 'cell.error.syntax' };
  }
  let value: number;
  try {
    value = evaluate(tree);
  } catch {
    return { ok: false, error: 'cell.error.unsupported' };
  }
  if (!Number.isFinite(value)) return { ok: false, error: 'cell.error.notFinite' };
  if (Math.abs(value) > MAX_CELL_ABS) return { ok: false, error: 'cell.error.range', params: { max: '10⁶' } };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}
