import { type KeyboardEvent, lazy, Suspense, useCallback, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { AppState } from '../../state/appState';
import { linkFor } from '../../state/useUrlSync';

// The panel (and the QR encoder inside it) loads only when first opened: the first screen stays small.
const SharePanel = lazy(() => import('./SharePanel').then((m) => ({ default: m.SharePanel })));

/** The header's "Share" control: a disclosure with the link, "Copy link" and a QR code. Escape closes it and returns focus here. */
export function ShareButton({ state }: { state: AppState }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.preventDefault();
    e.stopPropagation();
    close();
  };
  return (
    <div className="share" onKeyDown={onKeyDown}>
      <button ref={button} type="button" aria-expanded={open} aria-controls={open ? id : undefined} onClick={() => setOpen((o) => !o)} data-control="share">
        {t('share.open')}
      </button>
      {open && (
        <Suspense fallback={<p className="share-panel">{t('share.loading')}</p>}>
          <SharePanel id={id} link={linkFor(state)} onClose={close} />
        </Suspense>
      )}
    </div>
  );
}
