/**
 * Dial geometry (pure): a 2-D pair drawn as an arrow from the centre of a circle, every dial of a step on
 * one scale (the longest pair reaches the rim), so arrow lengths compare across dials (lie factor 1).
 * SVG coordinates: origin at the centre, y pointing down (so a positive angle turns counter-clockwise).
 */
import { type Pair, pairAngle } from '../../core/model';

/** Radius of the rim in SVG units; the view box is [−SIZE/2, SIZE/2]². */
export const DIAL_R = 44;
export const DIAL_SIZE = 112;

/** Where a pair's arrow ends: (x, −y) scaled so that length `scale` reaches the rim. */
export function tip(p: Pair, scale: number): { x: number; y: number } {
  const f = scale > 0 ? DIAL_R / scale : 0;
  return { x: p.x * f, y: -p.y * f };
}

/**
 * An arc just inside the rim from the direction of `from` turning by `turn` radians (counter-clockwise for
 * turn > 0, clockwise for turn < 0), drawn modulo one full turn; '' when the turn is (a multiple of) a full
 * circle or tiny.
 */
export function turnArc(from: Pair, turn: number, radius = DIAL_R * 0.62): string {
  const full = 2 * Math.PI;
  const wrapped = Math.abs(turn) % full; // [0, 2π)
  if (wrapped < 1e-3 || full - wrapped < 1e-3) return '';
  const dir = turn >= 0 ? 1 : -1;
  const a0 = pairAngle(from);
  const a1 = a0 + dir * wrapped;
  const at = (a: number) => `${(radius * Math.cos(a)).toFixed(2)} ${(-radius * Math.sin(a)).toFixed(2)}`;
  const large = wrapped > Math.PI ? 1 : 0;
  return `M ${at(a0)} A ${radius} ${radius} 0 ${large} ${dir > 0 ? 0 : 1} ${at(a1)}`; // sweep 0: counter-clockwise on screen
}

/** Whole turns in an angle (for a label such as "+ 9 full turns"). */
export function fullTurns(turn: number): number {
  return Math.floor(Math.abs(turn) / (2 * Math.PI));
}

/** An arrow from the centre to a pair's tip: its end, the head's three points (SVG `points`), where its tag goes (inside the view box). */
export function arrowShape(p: Pair, scale: number): { end: { x: number; y: number }; head: string | null; tagAt: { x: number; y: number } } {
  const end = tip(p, scale);
  const len = Math.hypot(end.x, end.y);
  const ux = len > 0 ? end.x / len : 0;
  const uy = len > 0 ? end.y / len : 0;
  const pt = (x: number, y: number) => `${x.toFixed(2)},${y.toFixed(2)}`;
  const head = len > 4 ? `${pt(end.x, end.y)} ${pt(end.x - 7 * ux - 3.5 * uy, end.y - 7 * uy + 3.5 * ux)} ${pt(end.x - 7 * ux + 3.5 * uy, end.y - 7 * uy - 3.5 * ux)}` : null;
  // Just beyond the tip, but kept inside the view box so an 11-unit label (anchored at its middle and
  // baseline) is never cut by the dial's edge.
  const half = DIAL_SIZE / 2;
  const x = Math.min(half - 5, Math.max(-half + 5, end.x + ux * 9));
  const y = Math.min(half - 3, Math.max(-half + 10, end.y + uy * 9 + 4));
  return { end, head, tagAt: { x, y } };
}

/** The largest size a tag is drawn at, in SVG units (the slide's; the normal view draws them smaller), and the space kept between two tags. */
export const TAG_FONT = 20;
const TAG_GAP = 6;

/**
 * Moves the tags of one dial apart so no two overlap (q and k at nearly the same angle would print "kq" on one
 * spot). A tag is `text` anchored at its middle and baseline, taken as a box TAG_FONT tall and 0.62·TAG_FONT wide
 * per character; an overlapping pair is pushed apart along the axis where they overlap least, then kept inside the
 * view box as arrowShape keeps one. Returns the new anchors, in the input order; tags that do not touch stay put.
 */
export function spreadTags(tags: readonly { x: number; y: number; text: string }[]): { x: number; y: number }[] {
  const half = DIAL_SIZE / 2;
  const at = tags.map((t) => ({ x: t.x, y: t.y }));
  const width = (text: string) => 0.62 * TAG_FONT * [...text].length + 2;
  const clampX = (x: number, w: number) => Math.min(half - w / 2, Math.max(-half + w / 2, x));
  const clampY = (y: number) => Math.min(half - 3, Math.max(-half + TAG_FONT * 0.75, y));
  for (let round = 0; round < 20; round++) {
    let moved = false;
    for (let i = 0; i < at.length; i++) {
      for (let j = i + 1; j < at.length; j++) {
        const [wi, wj] = [width(tags[i].text), width(tags[j].text)];
        const dx = at[j].x - at[i].x;
        const dy = at[j].y - at[i].y;
        const ox = (wi + wj) / 2 + TAG_GAP - Math.abs(dx); // overlap along x, with a gap so "k q" never reads "kq"
        const oy = TAG_FONT + TAG_GAP / 2 - Math.abs(dy); // overlap along y
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        if (ox <= oy) {
          const s = dx >= 0 ? 1 : -1;
          at[i].x = clampX(at[i].x - (s * (ox + 1)) / 2, wi);
          at[j].x = clampX(at[j].x + (s * (ox + 1)) / 2, wj);
        } else {
          const s = dy >= 0 ? 1 : -1;
          at[i].y = clampY(at[i].y - (s * (oy + 1)) / 2);
          at[j].y = clampY(at[j].y + (s * (oy + 1)) / 2);
        }
      }
    }
    if (!moved) break;
  }
  return at;
}
