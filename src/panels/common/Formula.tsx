/**
 * The only KaTeX import: renders TeX with katex.render (no innerHTML, CSP-safe) into a detached
 * element and patches the shown formula to match it (morphdom), so an edit touches only what changed.
 * KaTeX (JS + CSS) loads on first use; a formula typeset ahead of time (prerendered.ts: the
 * landing step's, with its default numbers) is drawn at once from data with only KaTeX's CSS, and
 * KaTeX's JS follows when the browser is idle — the first complete screen stays within its budget.
 */
import { type RefObject, useDeferredValue, useLayoutEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fromTree } from './formulaTree';
import { KATEX_OPTIONS } from './katexOptions';
import { prerendered } from './prerendered';


type KatexModule = typeof import('katex');
type Morph = typeof import('morphdom').default;
let katexLoaded: KatexModule['default'] | null = null;
let morphLoaded: Morph | null = null;
let katexPending: Promise<KatexModule['default']> | null = null;

let cssPending: Promise<unknown> | null = null;

/** Loads KaTeX's stylesheet once (a prerendered formula needs only this). */
function loadKatexCss(): Promise<unknown> {
  cssPending ??= import('katex/dist/katex.min.css');
  return cssPending;
}

/** Runs `fn` when the browser is idle (at the latest after 2 s). */
function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 200);
  return () => clearTimeout(id);
}

/** Loads KaTeX, its stylesheet and the DOM patcher (morphdom) once. */
export function loadKatex(): Promise<KatexModule['default']> {
  katexPending ??= Promise.all([import('katex'), import('morphdom'), loadKatexCss()]).then(([m, morph]) => {
    katexLoaded = m.default;
    morphLoaded = morph.default;
    return m.default;
  });
  return katexPending;
}

/**
 * For morphdom, before it updates `from` to match `to`: KaTeX's inline styles are copied through
 * the CSSOM (the page's CSP blocks setting a style attribute, which is what morphdom would do), and
 * a linked-highlighting mark (data-link, LinkScope) stays on a term that is still the same quantity.
 */
function keepStyleAndLink(from: HTMLElement, to: HTMLElement): boolean {
  if (from.style && to.style && from.style.cssText !== to.style.cssText) from.style.cssText = to.style.cssText;
  const link = from.getAttribute('data-link');
  if (link !== null && from.getAttribute('data-q') === to.getAttribute('data-q')) to.setAttribute('data-link', link);
  return true;
}

/** Width of the typeset boxes as drawn now, overflow included (CSS px, after --fit), or null when there are none (plain-text fallback). */
function drawnWidth(el: HTMLElement): number | null {
  const boxes = el.querySelector('.katex-html')?.children;
  if (!boxes) return null;
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  for (const box of boxes) {
    const r = box.getBoundingClientRect();
    if (r.width === 0 || !(box instanceof HTMLElement)) continue;
    // What a box's content draws past its right edge (an aligned block's last column) counts twice: the formula is
    // centred by the box's own width, so the box needs that much room on both sides (scrollWidth ÷ offsetWidth is unit-free under zoom).
    const over = box.offsetWidth > 0 ? Math.max(0, box.scrollWidth / box.offsetWidth - 1) : 0;
    left = Math.min(left, r.left);
    right = Math.max(right, r.right + 2 * r.width * over);
  }
  return right > left ? right - left : null;
}

/**
 * Gives the typeset glyphs room inside the box: the box scrolls sideways, so it also clips vertically, and a tall
 * glyph (a big parenthesis, a slide's enlarged superscript, chrome.css) can reach past KaTeX's own line boxes.
 * Sets --glyph-top / --glyph-bottom (CSS px of padding, chrome.css) to what the glyphs' boxes reach past the box's
 * padding edges, less the room already there; 0 when they fit.
 */
function makeGlyphRoom(el: HTMLElement): void {
  // Room added at the top can move the glyphs down in a box whose height is set from outside: measured again then.
  for (let pass = 0; pass < 3 && glyphRoomPass(el); pass++);
}

/** One measurement of makeGlyphRoom; true when it changed the room. */
function glyphRoomPass(el: HTMLElement): boolean {
  const html = el.querySelector('.katex-html');
  if (!html) return false;
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  const walker = document.createTreeWalker(html, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent?.trim()) continue;
    range.selectNodeContents(n);
    const r = range.getBoundingClientRect();
    if (r.width === 0) continue;
    top = Math.min(top, r.top);
    bottom = Math.max(bottom, r.bottom);
  }
  if (!Number.isFinite(top)) return false;
  const box = el.getBoundingClientRect();
  const inner = box.top + el.clientTop;
  const pad = (name: string) => Number.parseFloat(el.style.getPropertyValue(name)) || 0;
  const set = (name: string, px: number): boolean => {
    const value = px > 0.25 ? `${Math.ceil(px * 2) / 2}px` : '';
    if (el.style.getPropertyValue(name) === value) return false;
    if (value) el.style.setProperty(name, value);
    else el.style.removeProperty(name);
    return true;
  };
  const topChanged = set('--glyph-top', pad('--glyph-top') - (top - inner));
  const bottomChanged = set('--glyph-bottom', pad('--glyph-bottom') - (inner + el.clientHeight - bottom));
  return topChanged || bottomChanged;
}

/** Natural (unscaled) widths measured at zoom 1, by TeX, text size and view: the same formula always gets the same box. */
const naturalWidths = new Map<string, number>();

/** The TeX with its numbers blanked: an edit that keeps this keeps the formula's shape (and its scripts' sizes). */
function texShape(tex: string): string {
  return tex.replace(/-?\d+(?:\.\d+)?/g, '#');
}

/**
 * Scales a formula wider than its box down to fit (CSS zoom, --fit), but not below the floor the
 * stylesheet sets in --fit-min (0.7 on phones, larger in projector mode so text stays legible);
 * below the floor it scrolls, and .formula's edge shadows show that it does.
 *
 * The box never sizes itself by its own zoom (that made its width depend on what was shown before):
 * the typeset content adds no width of its own (chrome.css, contain: inline-size) and --natural, the
 * width at zoom 1, gives the box its preferred width. A new formula, a new text size, a slide (whose
 * script sizes follow the zoom, chrome.css --script-px) and newly loaded fonts are measured at zoom 1
 * (cached by TeX and text size); an edit that only changes numbers reads the drawn boxes divided by
 * the current zoom, so it costs one layout and --fit changes only when the scale does (changing it
 * restyles every glyph of the formula). A hidden formula (width 0) is measured when it is drawn.
 */
function useFitWidth(ref: RefObject<HTMLDivElement | null>, tex: string, ready: boolean): void {
  // The shape and text size the box was last measured at (across renders of this formula).
  const measured = useRef<{ shape: string; size: string } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !ready) return;
    const sizeKey = () => `${getComputedStyle(el).fontSize}${document.documentElement.hasAttribute('data-projector') ? ' slide' : ''}`;
    const fitNow = (exact: boolean) => {
      if (el.getClientRects().length === 0) return; // hidden: measured once it is drawn (the ResizeObserver below)
      const size = sizeKey();
      const key = `${size}|${tex}`;
      const slide = size.endsWith(' slide');
      const last = measured.current;
      const reshaped = !last || last.size !== size || last.shape !== texShape(tex);
      let natural: number | null = exact ? null : (naturalWidths.get(key) ?? null);
      if (natural === null && !exact && !slide && last && last.size === size && last.shape === texShape(tex)) {
        const drawn = drawnWidth(el);
        if (drawn !== null) natural = drawn / (Number.parseFloat(el.style.getPropertyValue('--fit')) || 1);
      }
      if (natural === null) {
        el.style.removeProperty('--fit'); // at zoom 1 (a slide's scripts at their largest, chrome.css)
        natural = drawnWidth(el) ?? el.scrollWidth;
        if (natural <= 0) return;
        // Measured while a font it needs is still loading: not cached, and measured again once the fonts are in
        // (a `loadingdone` can fire before this effect listens; a stale width kept the box 40 px too wide).
        if (document.fonts && document.fonts.status !== 'loaded') void document.fonts.ready.then(() => alive && fitNow(true));
        else naturalWidths.set(key, natural);
      }
      measured.current = { shape: texShape(tex), size };
      const box = `${Math.ceil(natural) + 1}px`; // +1: scrollWidth rounds a fractional overflow up
      if (el.style.getPropertyValue('--natural') !== box) el.style.setProperty('--natural', box);
      const width = el.clientWidth;
      let next = '1';
      if (natural > width + 1) {
        const floor = Number.parseFloat(getComputedStyle(el).getPropertyValue('--fit-min')) || 0.7;
        next = (Math.floor(Math.max(floor, width / natural) * 1000) / 1000).toFixed(3); // rounded down: never wider than the box
      }
      const refit = next !== el.style.getPropertyValue('--fit');
      if (refit) el.style.setProperty('--fit', next);
      // On a slide always (its scripts are enlarged past KaTeX's boxes and its margins are thin); elsewhere the margin
      // leaves room, so only when the formula changes shape or scale (an edit that changes digits costs nothing).
      if (slide || exact || reshaped || refit) makeGlyphRoom(el);
      seen = { width, size };
    };
    let seen: { width: number; size: string } | null = null;
    let alive = true;
    fitNow(false);
    // KaTeX's fonts arrive after the first typesetting: the formula's natural width changes then.
    const onFonts = () => fitNow(true);
    document.fonts?.addEventListener('loadingdone', onFonts);
    const unfonts = () => {
      alive = false;
      document.fonts?.removeEventListener('loadingdone', onFonts);
    };
    if (typeof ResizeObserver === 'undefined') return unfonts;
    // The box's width (layout) or the text size (the typeset boxes change) moved, or it was not drawn yet.
    const ro = new ResizeObserver(() => {
      if (seen && seen.width === el.clientWidth && seen.size === sizeKey()) return;
      fitNow(false);
    });
    ro.observe(el);
    const html = el.querySelector('.katex-html');
    if (html) ro.observe(html);
    return () => {
      ro.disconnect();
      unfonts();
    };
  }, [ref, tex, ready]);
}

/**
 * A display formula; on a KaTeX failure the TeX is shown as plain text. Typesetting costs more
 * than everything else an edit changes, so it is deferred: the numbers and bars beside it update
 * in the edit's own frame, and the formula follows as soon as the browser is free (data-tex holds
 * the TeX currently shown; `npm run bench` measures both delays).
 */
export function Formula({ tex: latestTex, label, block = true }: { tex: string; label?: string; block?: boolean }) {
  const tex = useDeferredValue(latestTex);
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(katexLoaded !== null);
  // Before KaTeX is here, a formula typeset ahead of time is drawn from data once KaTeX's stylesheet applies.
  const early = ready ? null : prerendered(tex, block);
  const [drawn, setDrawn] = useState<string | null>(null);
  useLayoutEffect(() => {
    if (!ready) {
      let live = true;
      let cancel = () => {};
      const load = () => void loadKatex().then(() => live && setReady(true));
      if (early) {
        loadKatexCss().then(
          () => {
            if (!live || !ref.current) return;
            ref.current.replaceChildren(...fromTree(early));
            setDrawn(tex);
            cancel = whenIdle(load);
          },
          () => live && load(),
        );
      } else load();
      return () => {
        live = false;
        cancel();
      };
    }
    const el = ref.current;
    if (!el || !katexLoaded) return;
    try {
      // Typeset aside, then patch only what changed (an edit changes a few digits of ~500 elements):
      // the browser restyles those, not the whole formula.
      const next = document.createElement('div');
      katexLoaded.render(tex, next, { ...KATEX_OPTIONS, displayMode: block });
      if (morphLoaded && el.firstElementChild) morphLoaded(el, next, { childrenOnly: true, onBeforeElUpdated: keepStyleAndLink });
      else el.replaceChildren(...next.childNodes);
    } catch {
      el.textContent = tex;
    }
  }, [tex, block, ready, early]);
  const showing = ready || (early !== null && drawn === tex);
  useFitWidth(ref, tex, showing);
  return (
    <div
      className={block ? 'formula' : 'formula inline'}
      ref={ref}
      // Focusable so a formula wider than the screen can be scrolled by keyboard.
      tabIndex={0}
      role="group"
      aria-label={label ?? t('formula.label')}
      aria-busy={!showing}
      data-tex={tex}
      // Who drew it: KaTeX, or the prerendered data while KaTeX's script is still on its way.
      data-typeset={ready ? 'katex' : showing ? 'prerendered' : undefined}
    />
  );
}
