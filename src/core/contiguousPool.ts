/**
 * Contiguous KV memory, as serving systems before PagedAttention kept it (Kwon et al., SOSP 2023,
 * §3.1): each request reserves one unbroken range of token slots for its whole life, sized when it
 * is admitted. Ranges are placed first-fit (the lowest gap that is large enough); the paper's Orca
 * baselines used a buddy allocator instead, which rounds sizes up further.
 */

/** How much a request reserves: the model's maximum length, its output rounded up to a power of two, or exactly what it will use. */
export type ReservePolicy = 'max' | 'pow2' | 'oracle';

/** Slots reserved for a request of `prompt` + `output` tokens under `policy`, never more than maxLen (§6.1: Orca Max, Pow2, Oracle). */
export function reservation(policy: ReservePolicy, prompt: number, output: number, maxLen: number): number {
  const need = prompt + output;
  if (need > maxLen) throw new RangeError(`request of ${need} tokens exceeds the maximum length ${maxLen}`);
  if (policy === 'max') return maxLen;
  if (policy === 'oracle') return need;
  return Math.min(maxLen, prompt + 2 ** Math.ceil(Math.log2(output))); // "if the true output length is 25, it reserves 32"
}

/** One reserved range: slots [start, start + size) belong to `owner`. */
export interface Range {
  readonly owner: number;
  readonly start: number;
  readonly size: number;
}

/** A line of `size` token slots handing out contiguous ranges first-fit. */
export class ContiguousPool {
  readonly size: number;
  /** Reserved ranges, sorted by start. */
  readonly ranges: Range[] = [];

  constructor(size: number) {
    if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`size must be a positive integer, got ${size}`);
    this.size = size;
  }

  /** The start of the lowest free gap of at least `size` slots, or null. */
  findGap(size: number): number | null {
    let at = 0;
    for (const r of this.ranges) {
      if (r.start - at >= size) return at;
      at = r.start + r.size;
    }
    return this.size - at >= size ? at : null;
  }

  /** Reserves `size` slots for owner; returns the start, or null when no gap is large enough. */
  allocate(owner: number, size: number): number | null {
    if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`size must be a positive integer, got ${size}`);
    const start = this.findGap(size);
    if (start === null) return null;
    this.ranges.push({ owner, start, size });
    this.ranges.sort((a, b) => a.start - b.start);
    return start;
  }

  /** Frees owner's range (no-op if it has none). */
  free(owner: number): void {
    const i = this.ranges.findIndex((r) => r.owner === owner);
    if (i >= 0) this.ranges.splice(i, 1);
  }

  /** Slots in no range. */
  freeSlots(): number {
    return this.size - this.ranges.reduce((s, r) => s + r.size, 0);
  }
}
