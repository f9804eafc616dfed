/** Byte-size formatting for the memory chapter: binary units (KiB … EiB), exact byte counts, decimal GB. */
import { fmt, fmtInt, texInt, texNum } from '../format';

/** A size in its unit: whole numbers bare ("512 MiB"), others with 3 decimals ("68.625 KiB"). */
const sizeText = (x: number) => (Number.isInteger(x) ? fmtInt(x) : fmt(x));

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'] as const;
export type BinaryUnit = (typeof UNITS)[number];

/** The largest binary unit in which the size is at least 1, and the size in it: 1,073,741,824 B → 1 GiB. */
export function binaryParts(bytes: number): { value: number; unit: BinaryUnit } {
  let k = 0;
  while (k < UNITS.length - 1 && bytes >= 1024 ** (k + 1)) k++;
  return { value: bytes / 1024 ** k, unit: UNITS[k] };
}

/** "1 GiB", "68.625 KiB": whole sizes without decimals, others with 3 (the exact byte count is shown beside it). */
export function fmtBinary(bytes: number): string {
  const { value, unit } = binaryParts(bytes);
  return `${sizeText(value)} ${unit}`;
}

/** TeX of fmtBinary: "1\ \text{GiB}". */
export function texBinary(bytes: number): string {
  const { value, unit } = binaryParts(bytes);
  return `${Number.isInteger(value) ? texInt(value) : texNum(value)}\\ \\text{${unit}}`;
}

/** An integer with thousands separators: 1073741824n → "1,073,741,824". */
export function groupDigits(n: bigint): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The exact byte count from a bit count, e.g. "1,073,741,824 B" or "12.5 B" for int4 half bytes. */
export function fmtExactBytes(bits: bigint): string {
  const whole = bits / 8n;
  const rest = bits % 8n; // 4 when an int4 element count is odd
  const frac = rest === 0n ? '' : `.${String((Number(rest) / 8).toFixed(3)).slice(2).replace(/0+$/, '')}`;
  return `${groupDigits(whole)}${frac} B`;
}

/** TeX of the exact byte count: "1{,}073{,}741{,}824". */
export function texExactBytes(bits: bigint): string {
  return fmtExactBytes(bits).replace(/ B$/, '').replace(/,/g, '{,}');
}

/** Decimal gigabytes (10^9 bytes), as vendors label memory: "1.074 GB", "80 GB". */
export function fmtGB(bytes: number): string {
  return `${sizeText(bytes / 1e9)} GB`;
}
