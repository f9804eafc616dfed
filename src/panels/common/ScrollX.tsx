import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { plainText } from './richText';

/**
 * A horizontally scrolling container (wide tables and plots on phones). When its content is
 * wider than the screen it becomes focusable, so keyboard users can scroll it (WCAG 2.1.1).
 */
export function ScrollX({ children, label }: { children: ReactNode; label?: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
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
      tabIndex={scrolls ? 0 : undefined}
      role={scrolls ? 'group' : undefined}
      aria-label={scrolls ? plainText(label ?? t('scroll.label')) : undefined}
    >
      {children}
    </div>
  );
}
