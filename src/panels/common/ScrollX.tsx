import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { plainText } from './richText';

/**
 * A horizontally scrolling container (wide tables and plots on phones). When its content is
 * wider than the screen it becomes focusable, so keyboard users can scroll it (WCAG 2.1.1), and
 * a table caption inside keeps to the visible width, at the left edge, so it is read without scrolling.
 */
export function ScrollX({ children, label }: { children: ReactNode; label?: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => {
      const now = el.scrollWidth > el.clientWidth + 1;
      setScrolls(now);
      // The visible width: a caption keeps to it while its table scrolls (styles.css .scroll-x[data-scrolls] caption);
      // set only where it scrolls, so a ScrollX nested inside one that scrolls inherits the outer, visible width.
      if (now) el.style.setProperty('--scroll-w', `${el.clientWidth}px`);
      else el.style.removeProperty('--scroll-w');
    };
    check();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(check);
    ro.observe(el);
    for (const child of el.children) ro.observe(child);
    return () => ro.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className="scroll-x"
      data-scrolls={scrolls ? '' : undefined}
      tabIndex={scrolls ? 0 : undefined}
      role={scrolls ? 'group' : undefined}
      aria-label={scrolls ? plainText(label ?? t('scroll.label')) : undefined}
    >
      {children}
    </div>
  );
}
