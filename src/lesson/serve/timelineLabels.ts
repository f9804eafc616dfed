/** Where a batching timeline writes each request's name (pure): in its bar, beside it, or over its lane with a leader. */

/** A bar on the drawing, in SVG units: its lane, request id, start and end of its working part, end of its idle part. */
export interface DrawnBar {
  slot: number;
  id: number;
  x0: number;
  x1: number;
  idleEnd: number;
}

/** How a bar's label is placed: `inside` its bar, `after` it (in its own idle time or an empty lane), or `above` its lane with a leader. */
export type LabelPlace = 'inside' | 'after' | 'above';

/** A placed label: the bar's id, the left edge x of the text (SVG units), and how it is placed. */
export interface PlacedLabel {
  id: number;
  slot: number;
  x: number;
  place: LabelPlace;
  /** Where the leader meets the bar (its middle), for `above` labels. */
  anchor: number;
}

/** Text and gap sizes: `pad` inside a bar before its label, `gap` between labels in a strip; `labelWidth` gives a label's width. */
export interface LabelMetrics {
  pad: number;
  gap: number;
  right: number;
  labelWidth: (id: number) => number;
}

/**
 * Every bar gets a label that no other bar or label covers: inside its bar when it fits, else in the free
 * space right after it (its own idle time, or the empty lane up to the next bar, never past `right`), else in
 * a strip over its lane, left-aligned at the bar and pushed right past the strip's previous label.
 * Returns the labels in bar order and the lanes (0-based slots) that need a strip.
 */
export function placeLabels(bars: DrawnBar[], m: LabelMetrics): { labels: PlacedLabel[]; strips: number[] } {
  const byLane = new Map<number, DrawnBar[]>();
  for (const b of bars) byLane.set(b.slot, [...(byLane.get(b.slot) ?? []), b]);
  const placed = new Map<DrawnBar, PlacedLabel>();
  for (const lane of byLane.values()) {
    lane.sort((a, b) => a.x0 - b.x0);
    let stripEnd = -Infinity;
    lane.forEach((b, i) => {
      const w = m.labelWidth(b.id);
      const next = i + 1 < lane.length ? lane[i + 1].x0 : m.right;
      const anchor = (b.x0 + b.x1) / 2;
      if (b.x1 - b.x0 >= w + m.pad) placed.set(b, { id: b.id, slot: b.slot, x: b.x0 + m.pad, place: 'inside', anchor });
      else if (next - b.x1 >= w + 2 * m.pad) placed.set(b, { id: b.id, slot: b.slot, x: b.x1 + m.pad, place: 'after', anchor });
      else {
        const x = Math.max(b.x0, stripEnd + m.gap);
        stripEnd = x + w;
        placed.set(b, { id: b.id, slot: b.slot, x, place: 'above', anchor });
      }
    });
  }
  const labels = bars.map((b) => placed.get(b) as PlacedLabel);
  const strips = [...new Set(labels.filter((l) => l.place === 'above').map((l) => l.slot))].sort((a, b) => a - b);
  return { labels, strips };
}

/** The top of each lane (SVG units) when lanes in `strips` get a label strip of height `strip` above them. */
export function laneTops(slots: number, top: number, row: number, strip: number, strips: number[]): number[] {
  const tops: number[] = [];
  let y = top;
  for (let s = 0; s < slots; s++) {
    if (strips.includes(s)) y += strip;
    tops.push(y);
    y += row;
  }
  return tops;
}
