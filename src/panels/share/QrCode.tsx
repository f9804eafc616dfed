import { useDeferredValue, useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { qrMatrix, qrPath } from '../../lesson/qr/qrMatrix';

/** The link's QR code as an SVG built from the module matrix (attributes only: the CSP forbids inline styles). Always black on white, which every scanner reads. */
export function QrCode({ link }: { link: string }) {
  const { t } = useI18n();
  // Encoding a long link takes a moment: edits and step changes paint first, the code follows.
  const deferred = useDeferredValue(link);
  const qr = useMemo(() => {
    const m = qrMatrix(deferred);
    return m && { side: m.side, d: qrPath(m) };
  }, [deferred]);
  if (!qr) return <p className="share-qr-none">{t('share.qrTooLong')}</p>;
  return (
    <figure className="share-qr">
      <svg viewBox={`0 0 ${qr.side} ${qr.side}`} role="img" aria-label={t('share.qrLabel')} shapeRendering="crispEdges" data-testid="share-qr">
        <rect width={qr.side} height={qr.side} fill="#ffffff" />
        <path d={qr.d} fill="#000000" />
      </svg>
      <figcaption>{t('share.qrHint')}</figcaption>
    </figure>
  );
}
