/**
 * Serving requests: when each arrives and how many tokens it reads and writes. A seeded generator
 * draws arrivals as a Poisson process (exponential gaps, as the vLLM paper's §6.1 does) and lengths
 * uniformly, so every run of the same seed gives the same sequence.
 */
import { mulberry32 } from './random';

/** One request: it arrives at step `arrival`, brings `prompt` tokens and will generate `output` tokens. */
export interface ServeRequest {
  readonly id: number;
  readonly arrival: number;
  readonly prompt: number;
  readonly output: number;
}

/** How to draw a request sequence: count, mean gap between arrivals (steps) and inclusive length ranges. */
export interface ArrivalOptions {
  readonly count: number;
  readonly meanGap: number;
  readonly prompt: readonly [number, number];
  readonly output: readonly [number, number];
}

function intIn(rand: () => number, [lo, hi]: readonly [number, number]): number {
  return lo + Math.floor(rand() * (hi - lo + 1));
}

/** `count` requests from `seed`: ids 0…count−1 in arrival order, the first at step 0. Throws RangeError on bad options. */
export function seededRequests(seed: number, o: ArrivalOptions): ServeRequest[] {
  if (!Number.isInteger(o.count) || o.count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${o.count}`);
  if (!(o.meanGap >= 0) || !Number.isFinite(o.meanGap)) throw new RangeError(`meanGap must be finite and ≥ 0, got ${o.meanGap}`);
  for (const [lo, hi] of [o.prompt, o.output]) {
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < 1 || hi < lo) throw new RangeError(`length range must be whole numbers 1 ≤ lo ≤ hi, got [${lo}, ${hi}]`);
  }
  const rand = mulberry32(seed);
  const out: ServeRequest[] = [];
  let time = 0;
  for (let id = 0; id < o.count; id++) {
    if (id > 0) time += -Math.log(1 - rand()) * o.meanGap; // exponential gap: 1 − u ∈ (0, 1]
    out.push({ id, arrival: Math.floor(time), prompt: intIn(rand, o.prompt), output: intIn(rand, o.output) });
  }
  return out;
}

/** Checks a request list: whole numbers, arrival ≥ 0, prompt and output ≥ 1, ids 0…n−1 in order. Throws RangeError naming the request. */
export function checkRequests(reqs: readonly ServeRequest[]): void {
  reqs.forEach((r, i) => {
    const ok = r.id === i && [r.arrival, r.prompt, r.output].every(Number.isSafeInteger) && r.arrival >= 0 && r.prompt >= 1 && r.output >= 1;
    if (!ok) throw new RangeError(`request ${i} is invalid: arrival ${r.arrival}, prompt ${r.prompt}, output ${r.output}`);
  });
}

/** Requests in the order a first-come-first-served queue takes them: by arrival step, then id. */
export function fcfsOrder(reqs: readonly ServeRequest[]): ServeRequest[] {
  return [...reqs].sort((a, b) => a.arrival - b.arrival || a.id - b.id);
}
