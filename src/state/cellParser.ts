/**
 * Parses what a person types into a number cell. The only mathjs import in the app (GUIDE §6):
 * mathjs/number's parser only, then our own allow-listed evaluation of the tree.
 */
import { create, type MathNode, parseDependencies } from 'mathjs/number';
import type { MsgKey } from '../i18n';
import { fmtShort } from '../lesson/format';
import { MAX_CELL_ABS, MAX_CELL_CHARS } from './cellLimits';

const math = create({ parseDependencies });

export { MAX_CELL_ABS, MAX_CELL_CHARS };

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

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * What a person typed → plain ASCII the parser reads: superscript powers (10⁻⁶ → 10^(-6), read
 * before NFKC would turn them into plain digits), then NFKC (full-width digits, signs, points and
 * brackets from a Chinese IME: "１．５" → "1.5", "－３" → "-3"), the ideographic full stop "。" as a
 * decimal point, typographic minus, × · ÷ and π.
 */
export function normalizeCellText(raw: string): string {
  return raw
    .replace(/([⁺⁻]?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g, (_, sign: string, digits: string) => {
      const d = digits.split('').map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join('');
      return `^(${sign === '⁻' ? '-' : ''}${d})`;
    })
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013]/g, '-')
    .replace(/[×·⋅∙]/g, '*')
    .replace(/÷/g, '/')
    .replace(/[。｡]/g, '.')
    .replace(/π/g, 'pi')
    .replace(/(\d\.?)E(?=[+-]?\d)/g, '$1e')
    .trim();
}

/** The characters an expression may use. */
const ALLOWED = /^[0-9A-Za-z.+\-*/^() ]+$/;
/** A whole number with thousands grouped by commas ("1,048,576", "-1,000.5"). */
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
/** A number literal whose exponent is missing its digits: "1e", "2.e+", "1e-" (mathjs would read "1e" as 1·e). */
const INCOMPLETE_EXPONENT = /(^|[^A-Za-z_])(\d+\.?\d*|\.\d+)e(?![+-]?\d)(?![A-Za-z])/;

/**
 * Text → finite number within ±maxAbs (default MAX_CELL_ABS), or an error key for the current
 * language's message. Reads full-width input (NFKC), grouped thousands ("1,048,576"), and rejects
 * an incomplete exponent ("1e") instead of reading it as Euler's number.
 */
export function parseCell(raw: string, maxAbs: number = MAX_CELL_ABS): CellResult {
  if (raw.length > MAX_CELL_CHARS) return { ok: false, error: 'cell.error.tooLong', params: { max: MAX_CELL_CHARS } };
  let text = normalizeCellText(raw);
  if (text === '') return { ok: false, error: 'cell.error.empty' };
  if (GROUPED.test(text)) text = text.replace(/,/g, '');
  if (!ALLOWED.test(text)) return { ok: false, error: ALLOWED.test(text.replace(/,/g, '')) ? 'cell.error.comma' : 'cell.error.chars' };
  if (INCOMPLETE_EXPONENT.test(text)) return { ok: false, error: 'cell.error.exponent' };
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
  if (Math.abs(value) > maxAbs) return { ok: false, error: 'cell.error.range', params: { max: maxAbs === MAX_CELL_ABS ? '10⁶' : fmtShort(maxAbs) } };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}
