import type { ReactNode } from 'react';
import type { Pair } from '../../core/model';
import { arrowShape, DIAL_R, DIAL_SIZE, spreadTags, turnArc } from '../../lesson/rope/dial';
import { plainText } from '../common/richText';

/** How an arrow is drawn: q solid, k dashed, before RoPE faint; `ring` marks a point (the key computed at the new position). */
export type ArrowKind = 'q' | 'k' | 'q-before' | 'k-before' | 'ring';

export interface DialArrow {
  kind: ArrowKind;
  pair: Pair;
  /** Short text at the tip (q, k, k′ …); notation, the same in both languages. */
  tag?: string;
}

export interface DialSpec {
  /** The pair's index i. */
  i: number;
  arrows: DialArrow[];
  /** The turn drawn as an arc (from a pair's direction, by radians). */
  arc?: { from: Pair; turn: number };
  /** Printed lines under the dial (already formatted: θ, angles, shares). */
  lines: ReactNode[];
  /** Accessible description of the dial's numbers. */
  label: string;
}

const HALF = DIAL_SIZE / 2;

function Arrow({ a, scale, tagAt }: { a: DialArrow; scale: number; tagAt?: { x: number; y: number } }) {
  const { end, head } = arrowShape(a.pair, scale);
  if (a.kind === 'ring') return <circle className="dial-ring" cx={end.x} cy={end.y} r={5} />;
  return (
    <g className={`dial-arrow ${a.kind}`}>
      <line x1={0} y1={0} x2={end.x} y2={end.y} />
      {head && <polygon points={head} />}
      {a.tag && tagAt && (
        <text x={tagAt.x} y={tagAt.y} textAnchor="middle">
          {a.tag}
        </text>
      )}
    </g>
  );
}

/**
 * A row of dials, one per 2-D pair: each pair is an arrow from the centre (all dials on one scale, so the
 * longest pair of the step reaches a rim), the turn RoPE gave it as an arc, and its numbers printed under
 * it. A dial is a button: choosing it writes that pair out in the formula.
 */
export function Dials({ dials, scale, selected, onSelect, caption }: { dials: DialSpec[]; scale: number; selected?: number; onSelect?: (i: number) => void; caption: ReactNode }) {
  return (
    <figure className="rope-dials">
      <figcaption>{caption}</figcaption>
      <div className="dial-row">
        {dials.map((d) => {
          const arc = d.arc ? turnArc(d.arc.from, d.arc.turn) : '';
          // Each tag just beyond its arrow's tip, moved apart where two would print on one spot.
          const tagged = d.arrows.filter((a) => a.tag);
          const places = spreadTags(tagged.map((a) => ({ ...arrowShape(a.pair, scale).tagAt, text: a.tag ?? '' })));
          const svg = (
            <svg viewBox={`${-HALF} ${-HALF} ${DIAL_SIZE} ${DIAL_SIZE}`} aria-hidden="true" className="dial-svg">
              <circle className="dial-rim" r={DIAL_R} />
              <line className="dial-axis" x1={-DIAL_R} y1={0} x2={DIAL_R} y2={0} />
              <line className="dial-axis" x1={0} y1={-DIAL_R} x2={0} y2={DIAL_R} />
              {arc && <path className="dial-arc" d={arc} />}
              {d.arrows.map((a) => (
                <Arrow key={`${a.kind}-${a.tag ?? ''}`} a={a} scale={scale} tagAt={places[tagged.indexOf(a)]} />
              ))}
            </svg>
          );
          return (
            <div key={d.i} className={`dial${selected === d.i ? ' selected' : ''}`} data-dial={d.i}>
              {onSelect ? (
                // The button lies over the drawing instead of holding it: its name describes the drawing, and a
                // name must contain a control's visible text (the arrows' q / k tags; WCAG 2.5.3).
                <div className="dial-pick">
                  <span aria-hidden="true">{svg}</span>
                  <button type="button" className="dial-button" aria-pressed={selected === d.i} aria-label={plainText(d.label)} onClick={() => onSelect(d.i)} />
                </div>
              ) : (
                <div role="img" aria-label={plainText(d.label)}>
                  {svg}
                </div>
              )}
              <div className="dial-lines">
                {d.lines.map((l, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: fixed lines of one dial, in order
                  <div key={j}>{l}</div>
                ))}
              </div>
            </div>
          );
        })}
      </div>
    </figure>
  );
}
