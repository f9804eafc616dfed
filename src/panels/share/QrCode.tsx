import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { qrMatrix, qrPath } from '../../lesson/qr/qrMatrix';

/** The link's QR code as an SVG built from the module matrix (attributes only: the CSP forbids inline styles). Always black on white, which every scanner reads. */
export function QrCode({ link }: { link: string }) {
  const { t } = useI18n();
  const qr = useMemo(() => {
    const m = qrMatrix(link);
    return m && { side: m.side, d: qrPath(m) };
  }, [link]);
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
