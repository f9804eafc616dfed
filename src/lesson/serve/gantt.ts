/** Bars of a batching timeline (pure): each request's stay in its slot, working and then idle (static batching). */
import type { BatchTrace } from '../../core/batching';

/** A request in a slot: working from `from` to `to` (its finish step), then idle through `idleTo` (= to when never idle). */
export interface GanttBar {
  slot: number;
  id: number;
  from: number;
  to: number;
  idleTo: number;
}

/** One bar per request, in order of admission. */
export function ganttBars(trace: BatchTrace): GanttBar[] {
  const bars: GanttBar[] = [];
  const open = new Map<number, GanttBar>();
  for (const st of trace.steps) {
    st.slot.forEach((id, slot) => {
      const cur = open.get(slot);
      if (cur && cur.id === id) {
        cur.idleTo = st.step;
        return;
      }
      if (cur) open.delete(slot);
      if (id === null) return;
      const bar = { slot, id, from: st.step, to: trace.finishedAt[id], idleTo: st.step };
      open.set(slot, bar);
      bars.push(bar);
    });
  }
  return bars;
}

/** The first step of each static batch (steps at which requests were admitted). */
export function admissionSteps(trace: BatchTrace): number[] {
  return [...new Set(trace.admittedAt)].sort((a, b) => a - b);
}
