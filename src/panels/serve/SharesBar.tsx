import type { MemoryShares } from '../../core/serveSummary';
import { useI18n } from '../../i18n/I18nContext';
import { fmtPercent } from '../../lesson/format';

const KEYS = ['used', 'reserved', 'wasted', 'free'] as const;

/** A 0–100 % bar of how the memory is spent (token states | reserved | never used | free), every share printed. */
export function SharesBar({ shares, label, dataName }: { shares: MemoryShares; label: string; dataName: string }) {
  const { t } = useI18n();
  return (
    <div className="serve-shares">
      <div className="shares-track" role="img" aria-label={`${label}: ${KEYS.map((k) => `${t(`serve.map.${k}`)} ${fmtPercent(shares[k])}`).join(', ')}`}>
        {KEYS.map((k) => (
          <span key={k} className={`share share-${k}`} style={{ width: `${shares[k] * 100}%` }} />
        ))}
      </div>
      <p className="shares-text">
        <span className="shares-label">{label}</span>{' '}
        {KEYS.map((k) => (
          <span key={k} className="share-item">
            <span className={`key share-${k}`} aria-hidden="true" />
            {t(`serve.waste.short.${k}`)} <strong data-value={`${dataName}.${k}`}>{fmtPercent(shares[k])}</strong>
          </span>
        ))}
      </p>
    </div>
  );
}
