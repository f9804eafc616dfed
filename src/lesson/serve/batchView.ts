/** Part D's pictures (pure): timelines on a shared step axis, slots in use per step, and the predict question's bucket. */
import type { BatchTrace } from '../../core/batching';
import { type GanttBar, ganttBars } from './gantt';

/** Both timelines share one axis: steps 0 … the later makespan. */
export function sharedSteps(a: BatchTrace, b: BatchTrace): number {
  return Math.max(a.makespan, b.makespan, 1);
}

/** A timeline placed on the axis: each bar's start, working width and idle width as fractions of `steps`. */
export function placeBars(trace: BatchTrace, steps: number): (GanttBar & { x: number; w: number; idle: number })[] {
  return ganttBars(trace).map((b) => ({ ...b, x: b.from / steps, w: (b.to - b.from + 1) / steps, idle: (b.idleTo - b.to) / steps }));
}

/** Slots in use per step as points on the axis: (x at the step's middle, y as a share of the slots). */
export function busySeries(trace: BatchTrace, steps: number, slots: number): { x: number; y: number; busy: number }[] {
  return trace.steps.map((s) => ({ x: (s.step + 0.5) / steps, y: s.busy / slots, busy: s.busy }));
}

/** Requests finished by the end of each step as points on the axis: (x at the step's end, y as a share of all requests). */
export function finishedSeries(trace: BatchTrace, steps: number, total: number): { x: number; y: number; finished: number }[] {
  return [{ x: 0, y: 0, finished: 0 }, ...trace.steps.map((s) => ({ x: (s.step + 1) / steps, y: total === 0 ? 0 : s.finished / total, finished: s.finished }))];
}

/** The predict question's answer: how long continuous batching takes as a share of static batching's time. */
export type SpeedBucket = 'same' | 'three-quarters' | 'half' | 'less';
/** The answer's bucket for continuous ÷ static steps: ≥ 0.9 same, ≥ 0.7 three quarters, ≥ 0.45 half, else less. */
export function speedBucket(staticSteps: number, continuousSteps: number): { ratio: number; bucket: SpeedBucket } {
  const ratio = staticSteps === 0 ? 1 : continuousSteps / staticSteps;
  const bucket: SpeedBucket = ratio >= 0.9 ? 'same' : ratio >= 0.7 ? 'three-quarters' : ratio >= 0.45 ? 'half' : 'less';
  return { ratio, bucket };
}

/** Requests finished by step t (the step's tally, or all of them after the end). */
export function finishedBy(trace: BatchTrace, t: number): number {
  const st = trace.steps[Math.min(t, trace.steps.length - 1)];
  return st ? st.finished : 0;
}
