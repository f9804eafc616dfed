/** The only KaTeX import: renders TeX into an element with katex.render (no innerHTML, CSP-safe). */
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useLayoutEffect, useRef } from 'react';

export const KATEX_OPTIONS = { trust: false, throwOnError: false, strict: 'ignore', maxSize: 20, maxExpand: 200 } as const;

/** A display formula; on a KaTeX failure the TeX is shown as plain text. */
export function Formula({ tex, label, block = true }: { tex: string; label?: string; block?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    try {
      katex.render(tex, el, { ...KATEX_OPTIONS, displayMode: block });
    } catch {
      el.textContent = tex;
    }
  }, [tex, block]);
  return <div className={block ? 'formula' : 'formula inline'} ref={ref} role={label ? 'group' : undefined} aria-label={label} />;
}
