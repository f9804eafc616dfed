import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateBatching } from '../../src/core/batching';
import { checkRequests, seededRequests, type ServeRequest } from '../../src/core/serveRequests';

const req = (id: number, arrival: number, prompt: number, output: number): ServeRequest => ({ id, arrival, prompt, output });

describe('hand-worked: 3 requests, 2 slots', () => {
  // A: 1 output token, B: 4, C: 1; all arrive at step 0.
  const reqs = [req(0, 0, 3, 1), req(1, 0, 3, 4), req(2, 0, 3, 1)];
  it('static: C waits until B, the longest of the first batch, has finished (step 4), then runs steps 5–6', () => {
    const t = simulateBatching(reqs, 2, 'static');
    expect(t.admittedAt).toEqual([0, 0, 5]);
    expect(t.finishedAt).toEqual([1, 4, 6]);
    expect(t.steps[2].idle).toEqual([true, false]); // A's slot waits for B
    expect(t.steps.map((s) => s.busy)).toEqual([2, 2, 1, 1, 1, 1, 1]);
    expect(t.makespan).toBe(7);
  });
  it('continuous: C takes A\'s slot at step 2', () => {
    const t = simulateBatching(reqs, 2, 'continuous');
    expect(t.admittedAt).toEqual([0, 0, 2]);
    expect(t.finishedAt).toEqual([1, 4, 3]);
    expect(t.makespan).toBe(5);
    expect(t.steps.map((s) => s.finished)).toEqual([0, 1, 1, 2, 3]);
    expect(t.utilization).toBeCloseTo((2 + 2 + 2 + 2 + 1) / (2 * 5), 12);
  });
  it('rejects bad input', () => {
    expect(() => simulateBatching(reqs, 0, 'static')).toThrow(RangeError);
    expect(() => simulateBatching([req(0, -1, 1, 1)], 1, 'static')).toThrow(RangeError);
  });
});

const requests = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 })), { minLength: 1, maxLength: 14 })
  .map((rs) => rs.map(([a, p, o], id) => req(id, a, p, o)));

describe('scheduler invariants', () => {
  it('slots never overfill; nobody runs before arriving; each request is busy output + 1 steps; FCFS admission', () => {
    fc.assert(
      fc.property(requests, fc.integer({ min: 1, max: 6 }), fc.constantFrom('static', 'continuous' as const), (reqs, slots, policy) => {
        const t = simulateBatching(reqs, slots, policy);
        const busyOf = reqs.map(() => 0);
        for (const s of t.steps) {
          expect(s.busy).toBeLessThanOrEqual(slots);
          const present = s.slot.filter((x) => x !== null) as number[];
          expect(new Set(present).size).toBe(present.length);
          for (const id of present) if (!s.idle[s.slot.indexOf(id)] && t.finishedAt[id] >= s.step) busyOf[id]++;
        }
        reqs.forEach((r) => {
          expect(t.admittedAt[r.id]).toBeGreaterThanOrEqual(r.arrival);
          expect(t.finishedAt[r.id]).toBe(t.admittedAt[r.id] + r.output);
          expect(busyOf[r.id]).toBe(r.output + 1);
        });
        const byArrival = [...reqs].sort((a, b) => a.arrival - b.arrival || a.id - b.id);
        for (let i = 1; i < byArrival.length; i++) expect(t.admittedAt[byArrival[i].id]).toBeGreaterThanOrEqual(t.admittedAt[byArrival[i - 1].id]);
        expect(t.steps.reduce((s, x) => s + x.busy, 0)).toBe(reqs.reduce((s, r) => s + r.output + 1, 0));
      }),
    );
  }, 60_000);

  it('continuous never leaves a slot empty or idle while a request waits; static starts a batch only when the last one is done', () => {
    fc.assert(
      fc.property(requests, fc.integer({ min: 1, max: 6 }), (reqs, slots) => {
        const c = simulateBatching(reqs, slots, 'continuous');
        for (const s of c.steps) if (s.waiting > 0) expect(s.slot.every((x, i) => x !== null && !s.idle[i])).toBe(true);
        const st = simulateBatching(reqs, slots, 'static');
        for (const r of reqs) {
          const start = st.admittedAt[r.id];
          const before = reqs.filter((o) => st.admittedAt[o.id] < start);
          for (const o of before) expect(st.finishedAt[o.id]).toBeLessThan(start);
        }
      }),
    );
  }, 60_000);

  it('on the same arrivals, continuous batching admits every request no later than static batching', () => {
    fc.assert(
      fc.property(requests, fc.integer({ min: 1, max: 6 }), (reqs, slots) => {
        const c = simulateBatching(reqs, slots, 'continuous');
        const s = simulateBatching(reqs, slots, 'static');
        for (const r of reqs) expect(c.admittedAt[r.id]).toBeLessThanOrEqual(s.admittedAt[r.id]);
        expect(c.makespan).toBeLessThanOrEqual(s.makespan);
      }),
    );
  }, 60_000);
});

describe('seeded arrivals', () => {
  const opts = { count: 12, meanGap: 1.5, prompt: [4, 32] as const, output: [2, 40] as const };
  it('the same seed gives the same sequence; lengths stay in range; arrivals never decrease; the first at step 0', () => {
    const a = seededRequests(7, opts);
    expect(seededRequests(7, opts)).toEqual(a);
    expect(seededRequests(8, opts)).not.toEqual(a);
    checkRequests(a);
    expect(a[0].arrival).toBe(0);
    for (let i = 1; i < a.length; i++) expect(a[i].arrival).toBeGreaterThanOrEqual(a[i - 1].arrival);
    for (const r of a) {
      expect(r.prompt).toBeGreaterThanOrEqual(4);
      expect(r.prompt).toBeLessThanOrEqual(32);
      expect(r.output).toBeLessThanOrEqual(40);
    }
  });
  it('rejects bad options', () => {
    expect(() => seededRequests(1, { ...opts, count: -1 })).toThrow(RangeError);
    expect(() => seededRequests(1, { ...opts, prompt: [5, 4] })).toThrow(RangeError);
  });
});
