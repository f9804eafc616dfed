/**
 * What a numeric field accepts, as data: every numeric input (NumberCell) parses with the one cell
 * parser and then checks its rule here, so "whole number from 1 to 1,048,576" or "strictly
 * between 0 and 1" read and behave the same in every chapter.
 */
import type { MsgKey } from '../i18n';
import { fmtShort } from '../lesson/format';
import { MAX_CELL_ABS } from './cellLimits';

/** An error to show in the current language ({last} is filled in by the input). */
export interface RuleError {
  error: MsgKey;
  params?: Record<string, string | number>;
}

/** The values a field accepts beyond "a finite number within ±10⁶". */
export interface NumberRule {
  /** Whole numbers only (d_k, S, token counts …). */
  integer?: boolean;
  /** Inclusive bounds (exclusive when `exclusive`); with both set, they replace the plain cell's ±10⁶. */
  min?: number;
  max?: number;
  /** Bounds themselves excluded, e.g. ε ∈ (0, 1). */
  exclusive?: boolean;
  /** A further condition, e.g. "the K/V heads divide the query heads": an error, or null when v is fine. */
  check?: (v: number) => RuleError | null;
}

/** The magnitude the parser itself enforces: none when the rule bounds both ends (its own message then says the range), else ±10⁶. */
export function parserLimit(rule: NumberRule | undefined): number {
  return rule?.min !== undefined && rule.max !== undefined ? Number.POSITIVE_INFINITY : MAX_CELL_ABS;
}

/** Null when v satisfies the rule, else the error to show. */
export function checkRule(v: number, rule: NumberRule | undefined): RuleError | null {
  if (!rule) return null;
  const { min = -Infinity, max = Infinity, exclusive = false, integer = false } = rule;
  const bounds = { min: fmtShort(min), max: fmtShort(max) };
  const inside = exclusive ? v > min && v < max : v >= min && v <= max;
  if (integer && (!Number.isInteger(v) || !inside)) return { error: 'cell.error.int', params: bounds };
  if (!inside) return { error: exclusive ? 'cell.error.betweenOpen' : 'cell.error.between', params: bounds };
  return rule.check?.(v) ?? null;
}
