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

/** Width of the typeset boxes as drawn now (CSS px, after --fit), or null when there are none (plain-text fallback). */
function drawnWidth(el: HTMLElement): number | null {
  const boxes = el.querySelector('.katex-html')?.children;
  if (!boxes) return null;
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  for (const box of boxes) {
    const r = box.getBoundingClientRect();
    if (r.width === 0) continue;
    left = Math.min(left, r.left);
    right = Math.max(right, r.right);
  }
  return right > left ? right - left : null;
}

/**
 * Scales a formula wider than its box down to fit (CSS zoom, --fit), but not below the floor the
 * stylesheet sets in --fit-min (0.7 on phones, larger in projector mode so text stays legible);
 * below the floor it scrolls, and .formula's edge shadows show that it does. The natural width is
 * read from the boxes as drawn (divided by the current --fit), so an edit costs one layout; --fit
 * changes only when the scale does (changing it restyles every glyph of the formula). On a slide,
 * where script sizes depend on --fit, it is measured unscaled as before.
 */
function useFitWidth(ref: RefObject<HTMLDivElement | null>, tex: string, ready: boolean): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new formula (tex) is measured again
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !ready) return;
    const fitNow = () => {
      const room = el.clientWidth;
      if (room === 0) return;
      const set = el.style.getPropertyValue('--fit');
      // On a slide, script sizes follow the zoom (chrome.css --script-px): measure unscaled, at the widest.
      const drawn = document.documentElement.hasAttribute('data-projector') ? null : drawnWidth(el);
      let natural: number;
      if (drawn !== null) natural = drawn / (Number.parseFloat(set) || 1);
      else {
        el.style.removeProperty('--fit');
        natural = el.scrollWidth;
      }
      let next = '1'; // measured: fits unscaled (a slide's scripts then shrink to 24 px, chrome.css)
      if (natural > room + 1) {
        const floor = Number.parseFloat(getComputedStyle(el).getPropertyValue('--fit-min')) || 0.7;
        next = (Math.floor(Math.max(floor, room / natural) * 1000) / 1000).toFixed(3); // rounded down: never wider than the box
      }
      if (next !== el.style.getPropertyValue('--fit')) el.style.setProperty('--fit', next);
    };
    fitNow();
    // KaTeX's fonts arrive after the first typesetting: the formula's natural width changes then.
    document.fonts?.addEventListener('loadingdone', fitNow);
    const unfonts = () => document.fonts?.removeEventListener('loadingdone', fitNow);
    if (typeof ResizeObserver === 'undefined') return unfonts;
    let width = el.clientWidth;
    const ro = new ResizeObserver(() => {
      if (el.clientWidth === width) return; // only the box's width matters, not the formula's own size
      width = el.clientWidth;
      fitNow();
    });
    ro.observe(el);
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
