import type { CSSProperties } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fmtShort } from '../../lesson/format';
import { fmtBinary } from '../../lesson/memory/bytes';
import { type fitBar, GIB } from '../../lesson/serve/fit';
import { fq } from '../../lesson/serve/links';

/** Each segment's quantity id (linked highlighting). */
const SEG_Q: Record<string, string> = { weights: fq.W, kv: fq.kv, free: fq.free, heldBack: fq.heldBack };

const at = (f: number): CSSProperties => ({ left: `${f * 100}%` });

/** The GPU as one bar on a GiB axis: weights | KV cache | free | held back, with lines at the usable share and the card's size. */
export function CardBar({ bar }: { bar: ReturnType<typeof fitBar> }) {
  const { t } = useI18n();
  const name = (key: string) => t(`serve.fit.seg.${key as 'weights'}`);
  return (
    <figure className="serve-card">
      <div className="card-plot" role="img" aria-label={t('serve.fit.barLabel', { gpu: fmtBinary(bar.gpu.value * GIB) })}>
        <div className="card-track">
          {bar.row.segments.map((s) => (
            <span key={s.key} className={`seg seg-${s.key}`} style={{ left: `${s.from * 100}%`, width: `${s.width * 100}%` }} />
          ))}
          <span className="mark mark-usable" style={at(bar.usable.at)} />
          <span className="mark mark-gpu" style={at(bar.gpu.at)} />
        </div>
        <div className="card-axis" aria-hidden="true">
          {bar.ticks.map((tk) => (
            <span key={tk.value} className="card-tick" style={at(tk.at)}>
              {fmtShort(tk.value)}
            </span>
          ))}
          <span className="card-unit">GiB</span>
        </div>
      </div>
      <ul className="serve-legend card-legend">
        {bar.row.segments.map((s) => (
          <li key={s.key}>
            <span className={`key seg-${s.key}`} aria-hidden="true" />
            {name(s.key)} <strong data-value={`fit.${s.key}`} data-q={SEG_Q[s.key]} tabIndex={0}>{fmtBinary(s.value * GIB)}</strong>
          </li>
        ))}
        <li>
          <span className="key-line mark-usable" aria-hidden="true" />
          <span data-q={fq.M} tabIndex={0}>{t('serve.fit.usableMark', { gib: fmtShort(bar.usable.value) })}</span>
        </li>
        <li>
          <span className="key-line mark-gpu" aria-hidden="true" />
          <span data-q={fq.gpu} tabIndex={0}>{t('serve.fit.gpuMark', { gib: fmtShort(bar.gpu.value) })}</span>
        </li>
        {!bar.fits && (
          <li className="error" data-value="fit.over">
            {t('serve.fit.over', { over: fmtBinary(bar.over * GIB) })}
          </li>
        )}
      </ul>
    </figure>
  );
}
