/**
 * Linked highlighting as data. Every number on screen that takes part carries a quantity id
 * (`data-q="w.1"`: the weight of token 1); a chapter declares which quantity feeds which as a
 * graph. Pointing at one number highlights where it comes from (its sources, transitively) and
 * where it goes (its targets, transitively), in the stage, the panels and the formula alike.
 */

/** A quantity's id: letters, digits and '-' in dot-separated segments ("w.1", "heat.2.0"). Safe in TeX and HTML. */
export type QuantityId = string;

const ID = /^[A-Za-z][A-Za-z0-9-]*(\.[A-Za-z0-9-]+)*$/;

/** True when s is a well-formed quantity id (what the KaTeX trust check accepts). */
export function isQuantityId(s: string): boolean {
  return s.length <= 64 && ID.test(s);
}

/** Which quantity feeds which: edges from → to, with both directions indexed. */
export interface LinkGraph {
  readonly forward: ReadonlyMap<QuantityId, readonly QuantityId[]>;
  readonly backward: ReadonlyMap<QuantityId, readonly QuantityId[]>;
}

/** A link graph from its edges [from, to]; throws on a malformed id (a bug in the chapter's data). */
export function linkGraph(edges: readonly (readonly [QuantityId, QuantityId])[]): LinkGraph {
  const forward = new Map<QuantityId, QuantityId[]>();
  const backward = new Map<QuantityId, QuantityId[]>();
  for (const [from, to] of edges) {
    for (const id of [from, to]) if (!isQuantityId(id)) throw new Error(`linkGraph: bad quantity id "${id}"`);
    forward.set(from, [...(forward.get(from) ?? []), to]);
    backward.set(to, [...(backward.get(to) ?? []), from]);
  }
  return { forward, backward };
}

/** Every edge from each of `from` to each of `to`: several inputs feeding the same results (e.g. S, d, B → both pass counts). */
export function feeds(from: readonly QuantityId[], to: readonly QuantityId[]): [QuantityId, QuantityId][] {
  return from.flatMap((f) => to.map((t): [QuantityId, QuantityId] => [f, t]));
}

/**
 * Softmax over one row: wᵢ = e^{sᵢ} / Σⱼ e^{sⱼ}, so every score feeds the row's sum (quantity `sum`, the
 * denominator) and the sum feeds every weight — each weight comes from every score of its row, not only its own.
 */
export function softmaxEdges(scores: readonly QuantityId[], weights: readonly QuantityId[], sum: QuantityId): [QuantityId, QuantityId][] {
  return [...feeds(scores, [sum]), ...feeds([sum], weights)];
}

/** Graphs combined (a chapter's own links plus, say, a heatmap's cell ↔ row ↔ column links). */
export function mergeGraphs(...graphs: readonly LinkGraph[]): LinkGraph {
  const edges: [QuantityId, QuantityId][] = [];
  for (const g of graphs) for (const [from, tos] of g.forward) for (const to of tos) edges.push([from, to]);
  return linkGraph(edges);
}

function reach(start: QuantityId, next: ReadonlyMap<QuantityId, readonly QuantityId[]>): Set<QuantityId> {
  const seen = new Set<QuantityId>();
  const todo = [...(next.get(start) ?? [])];
  while (todo.length) {
    const id = todo.pop() as QuantityId;
    if (seen.has(id) || id === start) continue;
    seen.add(id);
    todo.push(...(next.get(id) ?? []));
  }
  return seen;
}

/** Where a quantity comes from (every source, transitively) and where it goes (every target, transitively). */
export function related(g: LinkGraph, id: QuantityId): { from: Set<QuantityId>; to: Set<QuantityId> } {
  return { from: reach(id, g.backward), to: reach(id, g.forward) };
}

/** TeX that marks `body` as quantity `id` (KaTeX \htmlData, allowed by Formula's trust check for data-q only). */
export function texLink(id: QuantityId, body: string): string {
  if (!isQuantityId(id)) throw new Error(`texLink: bad quantity id "${id}"`);
  return `\\htmlData{q=${id}}{${body}}`;
}

/**
 * Links of a heatmap named `name` with rows × cols cells: cell "name.i.j" comes from its row
 * "name.r.i" and its column "name.c.j", so pointing at a cell lights its query row and key column.
 */
export function heatmapLinks(name: string, rows: number, cols: number): LinkGraph {
  const edges: [QuantityId, QuantityId][] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      edges.push([`${name}.r.${i}`, `${name}.${i}.${j}`], [`${name}.c.${j}`, `${name}.${i}.${j}`]);
    }
  }
  return linkGraph(edges);
}
