/**
 * Static against continuous batching on `slots` GPU batch slots (Orca's iteration-level scheduling;
 * the vLLM paper §2.3). A request admitted at step t prefills at t and appends one token per step,
 * finishing at t + output, as in serveSim. Static: a new batch starts only when every request of the
 * previous one has finished; a finished request's slot idles until then. Continuous: a slot freed at
 * the end of a step takes the next waiting request at the following step. Both serve first come, first served.
 */
import { checkRequests, fcfsOrder, type ServeRequest } from './serveRequests';

/** How requests enter the batch: all together when the last batch is done, or at every step. */
export type BatchPolicy = 'static' | 'continuous';

/** One step: the request in each slot (null = empty), which slots only wait for their batch, and the tallies. */
export interface BatchStep {
  step: number;
  slot: (number | null)[];
  /** Slot holds a request that has finished but the batch has not (static only). */
  idle: boolean[];
  /** Slots doing work this step (prefill or decode). */
  busy: number;
  /** Requests finished by the end of this step. */
  finished: number;
  /** Requests that have arrived and wait for a slot. */
  waiting: number;
}

/** A run: its steps, each request's admission and finish step, and summary figures. */
export interface BatchTrace {
  steps: BatchStep[];
  admittedAt: number[];
  finishedAt: number[];
  /** Steps until the last request finished (the last finish step + 1). */
  makespan: number;
  /** Mean of (finish − arrival + 1) over the requests, in steps. */
  meanLatency: number;
  /** Busy slot-steps ÷ (slots × makespan). */
  utilization: number;
}

/** Runs the requests through `slots` batch slots under `policy`; throws RangeError on bad input or if maxSteps runs out. */
export function simulateBatching(reqs: readonly ServeRequest[], slots: number, policy: BatchPolicy, maxSteps = 5000): BatchTrace {
  checkRequests(reqs);
  if (!Number.isSafeInteger(slots) || slots < 1) throw new RangeError(`slots must be a positive integer, got ${slots}`);
  const order = fcfsOrder(reqs);
  const generated = reqs.map(() => 0);
  const admittedAt = reqs.map(() => -1);
  const finishedAt = reqs.map(() => -1);
  const slot: (number | null)[] = new Array(slots).fill(null);
  const steps: BatchStep[] = [];
  const queue: number[] = [];
  let next = 0;
  let finished = 0;
  let busyTotal = 0;
  for (let t = 0; finished < reqs.length; t++) {
    if (t >= maxSteps) throw new RangeError(`simulateBatching: not finished after ${maxSteps} steps`);
    while (next < order.length && order[next].arrival <= t) queue.push(order[next++].id);
    let busy = 0;
    for (const id of slot) {
      if (id !== null && finishedAt[id] < 0) {
        generated[id]++; // decode one token
        busy++;
      }
    }
    const batchDone = slot.every((id) => id === null || finishedAt[id] >= 0);
    if (policy === 'static' && batchDone) slot.fill(null); // the whole batch leaves together
    if (policy === 'continuous' || batchDone) {
      for (let s = 0; s < slots && queue.length > 0; s++) {
        if (slot[s] !== null) continue;
        const id = queue.shift() as number;
        slot[s] = id;
        admittedAt[id] = t; // prefill this step
        busy++;
      }
    }
    for (const id of slot) {
      if (id !== null && finishedAt[id] < 0 && admittedAt[id] < t && generated[id] >= reqs[id].output) {
        finishedAt[id] = t;
        finished++;
      }
    }
    busyTotal += busy;
    steps.push({ step: t, slot: [...slot], idle: slot.map((id) => id !== null && finishedAt[id] >= 0 && finishedAt[id] < t), busy, finished, waiting: queue.length });
    if (policy === 'continuous') for (let s = 0; s < slots; s++) if (slot[s] !== null && finishedAt[slot[s] as number] >= 0) slot[s] = null;
  }
  const makespan = steps.length;
  const meanLatency = reqs.length === 0 ? 0 : reqs.reduce((s, r) => s + finishedAt[r.id] - r.arrival + 1, 0) / reqs.length;
  return { steps, admittedAt, finishedAt, makespan, meanLatency, utilization: makespan === 0 ? 0 : busyTotal / (slots * makespan) };
}
