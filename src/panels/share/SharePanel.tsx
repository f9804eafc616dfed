import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { isLongLink } from '../../lesson/qr/qrMatrix';
import { QrCode } from './QrCode';

type Status = 'idle' | 'copied' | 'failed';

/** Writes text to the clipboard; false where there is no clipboard (file://, http) or permission is refused. */
async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The share panel: the link as text (selectable fallback), "Copy link" with a polite status, and the link's QR code. */
export function SharePanel({ id, link, onClose }: { id: string; link: string; onClose: () => void }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status>('idle');
  const [large, setLarge] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const copyButton = useRef<HTMLButtonElement>(null);
  useEffect(() => copyButton.current?.focus(), []);
  // A new link (the reader stepped on or edited a value) has not been copied yet.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on every new link
  useEffect(() => setStatus('idle'), [link]);
  const copy = async () => {
    if (await writeClipboard(link)) return setStatus('copied');
    field.current?.focus();
    field.current?.select();
    setStatus('failed');
  };
  return (
    <div id={id} className={`share-panel${large ? ' large' : ''}`} role="dialog" aria-modal="false" aria-labelledby={`${id}-title`} data-testid="share-panel">
      <div className="share-head">
        <h2 id={`${id}-title`}>{t('share.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('share.close')}
        </button>
      </div>
      <p className="share-intro">{t('share.intro')}</p>
      <div className="share-body">
        <QrCode link={link} />
        <div className="share-link">
          <label htmlFor={`${id}-link`}>{t('share.linkLabel')}</label>
          <textarea id={`${id}-link`} ref={field} readOnly rows={5} value={link} spellCheck={false} onFocus={(e) => e.currentTarget.select()} data-testid="share-link" />
          <div className="share-actions">
            <button ref={copyButton} type="button" onClick={() => void copy()} data-control="copy-link">
              {t('share.copy')}
            </button>
            <button type="button" aria-pressed={large} onClick={() => setLarge((v) => !v)}>
              {t('share.larger')}
            </button>
          </div>
          <p role="status" className={`share-status ${status}`} data-testid="share-status">
            {status === 'copied' ? t('share.copied') : status === 'failed' ? t('share.copyFailed') : ''}
          </p>
          {isLongLink(link) && <p className="hint">{t('share.longWarning')}</p>}
        </div>
      </div>
    </div>
  );
}
