/**
 * Linked highlighting (issue 10 §3): inside a LinkScope, pointing at or focusing any element with
 * `data-q="<quantity id>"` marks it `data-link="self"`, every quantity it comes from
 * `data-link="from"` and every quantity it feeds `data-link="to"` — in React-drawn panels and in
 * KaTeX-drawn formulas alike (\htmlData{q=…}, see lesson/links.ts). Attributes, not classes, so
 * React's own className updates never erase them; a MutationObserver re-marks a formula that is
 * typeset again while a number is pointed at. The graph is data from the lesson layer.
 */
import { type FocusEvent, type PointerEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { type LinkGraph, related } from '../../lesson/links';

const SELECTOR = '[data-q]';

/** Marks every [data-q] element under root for the active quantity (or clears the marks). */
export function markLinks(root: HTMLElement, graph: LinkGraph | undefined, active: string | null): void {
  const rel = active && graph ? related(graph, active) : null;
  root.toggleAttribute('data-linking', active !== null);
  for (const el of root.querySelectorAll<HTMLElement>(SELECTOR)) {
    const id = el.dataset.q ?? '';
    const mark = active === null ? null : id === active ? 'self' : rel?.from.has(id) ? 'from' : rel?.to.has(id) ? 'to' : null;
    if (mark === null) el.removeAttribute('data-link');
    else if (el.dataset.link !== mark) el.dataset.link = mark;
  }
}

const idOf = (target: EventTarget | null): string | null =>
  target instanceof Element ? ((target.closest(SELECTOR) as HTMLElement | null)?.dataset.q ?? null) : null;

/** The region whose numbers light each other up; `graph` says which quantity feeds which. */
export function LinkScope({ graph, children, className }: { graph?: LinkGraph; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  // The pointer wins while it points at something; otherwise keyboard focus shows its links.
  const active = hovered ?? focused;
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    markLinks(root, graph, active);
    if (active === null || typeof MutationObserver === 'undefined') return;
    const observer = new MutationObserver((records) => {
      if (records.some((r) => r.addedNodes.length > 0)) markLinks(root, graph, active);
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [graph, active]);
  const onPointerOver = useCallback((e: PointerEvent) => setHovered(idOf(e.target)), []);
  const onPointerLeave = useCallback(() => setHovered(null), []);
  const onFocus = useCallback((e: FocusEvent) => setFocused(idOf(e.target)), []);
  const onBlur = useCallback((e: FocusEvent) => {
    if (!ref.current?.contains(e.relatedTarget as Node | null)) setFocused(null);
  }, []);
  return (
    <div ref={ref} className={className ? `link-scope ${className}` : 'link-scope'} onPointerOver={onPointerOver} onPointerLeave={onPointerLeave} onFocus={onFocus} onBlur={onBlur}>
      {children}
    </div>
  );
}
