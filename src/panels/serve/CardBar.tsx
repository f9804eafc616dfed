import { useI18n } from '../../i18n/I18nContext';
import { fmtShort } from '../../lesson/format';
import { fmtBinary } from '../../lesson/memory/bytes';
import { type fitBar, GIB } from '../../lesson/serve/fit';

const W = 640;
const H = 92;
const BAR_Y = 20;
const BAR_H = 34;

/** The GPU as one bar on a GiB axis: weights | KV cache | free | held back, with the usable and card-size lines. */
export function CardBar({ bar }: { bar: ReturnType<typeof fitBar> }) {
  const { t } = useI18n();
  const x = (f: number) => 8 + f * (W - 16);
  const name = (key: string) => t(`serve.fit.seg.${key as 'weights'}`);
  return (
    <figure className="serve-card">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('serve.fit.barLabel', { gpu: fmtBinary(bar.gpu.value * GIB) })}>
        {bar.ticks.map((tk) => (
          <g key={tk.value} className="axis-tick">
            <line x1={x(tk.at)} x2={x(tk.at)} y1={BAR_Y + BAR_H} y2={BAR_Y + BAR_H + 5} />
            <text x={x(tk.at)} y={BAR_Y + BAR_H + 18} textAnchor="middle">
              {fmtShort(tk.value)}
            </text>
          </g>
        ))}
        <text className="axis-unit" x={W - 8} y={H - 2} textAnchor="end">
          GiB
        </text>
        {bar.row.segments.map((s) => (
          <rect key={s.key} className={`seg seg-${s.key}`} x={x(s.from)} y={BAR_Y} width={Math.max(0, x(s.from + s.width) - x(s.from))} height={BAR_H} />
        ))}
        <line className="mark-usable" x1={x(bar.usable.at)} x2={x(bar.usable.at)} y1={4} y2={BAR_Y + BAR_H + 4} />
        <line className="mark-gpu" x1={x(bar.gpu.at)} x2={x(bar.gpu.at)} y1={4} y2={BAR_Y + BAR_H + 4} />
      </svg>
      <ul className="serve-legend card-legend">
        {bar.row.segments.map((s) => (
          <li key={s.key}>
            <span className={`key seg-${s.key}`} aria-hidden="true" />
            {name(s.key)} <strong data-value={`fit.${s.key}`}>{fmtBinary(s.value * GIB)}</strong>
          </li>
        ))}
        <li>
          <svg viewBox="0 0 10 16" width="10" height="16" aria-hidden="true">
            <line className="mark-usable" x1="5" x2="5" y1="0" y2="16" />
          </svg>
          {t('serve.fit.usableMark', { gib: fmtShort(bar.usable.value) })}
        </li>
        <li>
          <svg viewBox="0 0 10 16" width="10" height="16" aria-hidden="true">
            <line className="mark-gpu" x1="5" x2="5" y1="0" y2="16" />
          </svg>
          {t('serve.fit.gpuMark', { gib: fmtShort(bar.gpu.value) })}
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
