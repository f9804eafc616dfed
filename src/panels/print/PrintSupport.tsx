import { useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useI18n } from '../../i18n/I18nContext';
import type { AppState } from '../../state/appState';
import { loadKatex } from '../common/Formula';
import { PrintHandout } from './PrintHandout';
import { whenRendered } from './whenRendered';

/**
 * The "Print handout" button and the handout itself. The handout exists only while printing:
 * it is rendered synchronously on `beforeprint` (Ctrl+P) and by the button, and removed on `afterprint`.
 */
export function PrintSupport({ state }: { state: AppState }) {
  const { t } = useI18n();
  const [printing, setPrinting] = useState(false);
  const [busy, setBusy] = useState(false);
  const handoutRef = useRef<HTMLDivElement>(null);
  const hintId = useId();

  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    // Ctrl+P gives no time to fetch anything: have the formula renderer ready well before — 2 s after the
    // app has started and then when the browser is idle, so the warm-up never competes with the first screen
    // (an idle moment while the first formula's stylesheet is on its way would otherwise start it early).
    let idle: number | null = null;
    const load = () => void loadKatex().catch(() => {});
    const warmUp = () => {
      idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(load, { timeout: 4000 }) : null;
      if (idle === null) load();
    };
    const warm = window.setTimeout(warmUp, 2000);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      window.clearTimeout(warm);
      if (idle !== null) cancelIdleCallback(idle);
    };
  }, []);

  const printNow = async () => {
    setBusy(true);
    // Formulas are drawn by KaTeX, which loads lazily: wait for it, then for every step to render.
    await loadKatex().catch(() => {});
    flushSync(() => setPrinting(true));
    await whenRendered(handoutRef.current);
    setBusy(false);
    window.print();
  };

  return (
    <>
      <section className="print-tools" aria-label={t('print.button')}>
        <button type="button" onClick={() => void printNow()} disabled={busy} aria-describedby={hintId} data-action="print">
          {t('print.button')}
        </button>
        <span id={hintId} className="hint">
          {t('print.hint')}
        </span>
      </section>
      <div ref={handoutRef} className="print-root">
        {printing && <PrintHandout state={state} />}
      </div>
    </>
  );
}
