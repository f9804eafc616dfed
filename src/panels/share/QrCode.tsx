import { type CSSProperties, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fmtSig } from '../../lesson/format';
import { MIN_PX_PER_MODULE, qrMatrix, qrPath } from '../../lesson/qr/qrMatrix';

/**
 * The link's QR code as an SVG built from the module matrix (attributes only: the CSP forbids
 * inline style attributes; the size is a CSS variable set through the DOM). Always black on white,
 * which every scanner reads. Drawn with at least MIN_PX_PER_MODULE pixels per module where it fits;
 * where it cannot (a long link on a small screen), a warning says why and what to do.
 */
export function QrCode({ link }: { link: string }) {
  const { t } = useI18n();
  // Encoding a long link takes a moment: edits and step changes paint first, the code follows.
  const deferred = useDeferredValue(link);
  const qr = useMemo(() => {
    const m = qrMatrix(deferred);
    return m && { side: m.side, d: qrPath(m) };
  }, [deferred]);
  const ref = useRef<SVGSVGElement>(null);
  const [px, setPx] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !qr) return;
    const measure = () => setPx(el.getBoundingClientRect().width / qr.side);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [qr]);
  if (!qr) return <p className="share-qr-none">{t('share.qrTooLong')}</p>;
  const size = { '--qr-side': qr.side } as CSSProperties;
  const dense = px !== null && px > 0 && px < MIN_PX_PER_MODULE;
  return (
    <figure className="share-qr" style={size}>
      <svg ref={ref} viewBox={`0 0 ${qr.side} ${qr.side}`} role="img" aria-label={t('share.qrLabel')} shapeRendering="crispEdges" data-testid="share-qr" data-px-per-module={px ?? undefined}>
        <rect width={qr.side} height={qr.side} fill="#ffffff" />
        <path d={qr.d} fill="#000000" />
      </svg>
      <figcaption>{t('share.qrHint')}</figcaption>
      {dense && (
        <p className="share-qr-dense" role="note" data-testid="share-qr-dense">
          {t('share.qrDense', { px: fmtSig(px, 2), min: MIN_PX_PER_MODULE })}
        </p>
      )}
    </figure>
  );
}
