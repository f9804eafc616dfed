import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtInt, fmtPercent } from '../../lesson/format';
import { type CurvePoint, recoveredAt } from '../../lesson/reuse/derive';
import { MASKS } from '../../lesson/reuse/model';
import { uq } from '../../lesson/reuse/links';
import { type CurvePanel, curveGeometry, PHONE_CURVE } from '../../lesson/reuse/plot';
import { polyline } from '../../lesson/generate/plot';
import { ScrollX } from '../common/ScrollX';
import { usePhone } from '../common/usePhone';
import { LinkedText } from '../common/LinkedText';

const DASH = { 'bottom-right': undefined, causal: '6 4' } as const;

/** One of the two stacked panels: its zero line, y ticks, title and one line per mask. */
function PanelLines({ p, left, right, title, font }: { p: CurvePanel; left: number; right: number; title: string; font: number }) {
  return (
    <g>
      <text x={left} y={p.top - 0.55 * font} className="plot-title">
        {title}
      </text>
      <line x1={left} x2={right} y1={p.bottom} y2={p.bottom} className="plot-zero" />
      {p.yTicks.map((tk) => (
        <g key={tk.at}>
          <line x1={left - 4} x2={left} y1={tk.at} y2={tk.at} className="plot-axis" />
          <text x={left - 0.5 * font} y={tk.at + 0.35 * font} textAnchor="end" className="plot-tick">
            {tk.label}
          </text>
        </g>
      ))}
      {MASKS.map((m) => (
        <polyline key={m} points={polyline(p.lines[m])} className={`plot-line mask-${m}`} strokeDasharray={DASH[m]} />
      ))}
    </g>
  );
}

/**
 * CacheBlend from r = 0 (naive reuse) to r = 100 % (full prefill): the output error (KL) and the mean K/V
 * deviation against the tokens recomputed, with the multiply-adds each costs under the x axis; both masks;
 * the current r marked. A table with every point follows for screen readers and exact values.
 */
export function CurvePlot({ curve, k, large = false }: { curve: readonly CurvePoint[]; k: number; large?: boolean }) {
  const { t } = useI18n();
  const phone = usePhone();
  const g = large ? curveGeometry(curve, 620, 210, 24, true) : phone ? curveGeometry(curve, PHONE_CURVE.width, PHONE_CURVE.height, PHONE_CURVE.font) : curveGeometry(curve);
  const N = curve.length - 1;
  const bottom = (g.dev ?? g.kl).bottom;
  return (
    <div className="reuse-curve">
      <ScrollX label={t('reuse.curve.caption')}>
        <svg viewBox={`0 0 ${g.width} ${g.height}`} width={g.width} height={g.height} role="img" aria-label={t('reuse.curve.caption')} style={{ fontSize: g.font }}>
          <PanelLines p={g.kl} left={g.left} right={g.right} title={t('reuse.curve.kl')} font={g.font} />
          {g.dev && <PanelLines p={g.dev} left={g.left} right={g.right} title={t('reuse.curve.dev')} font={g.font} />}
          <line x1={g.xs[k]} x2={g.xs[k]} y1={g.kl.top} y2={bottom} className="plot-now" data-q={uq.k} />
          {g.xTicks.map((tk, i) => (
            <g key={tk.at}>
              <text x={tk.at} y={bottom + 1.25 * g.font} textAnchor="middle" className="plot-tick">
                {tk.label}
              </text>
              <text x={tk.at} y={bottom + 2.5 * g.font} textAnchor="middle" className="plot-tick plot-cost">
                {g.costTicks[i].label}
              </text>
            </g>
          ))}
        </svg>
      </ScrollX>
      <p className="reuse-axis">{t('reuse.curve.axis')}</p>
      <p className="reuse-legend">
        <span className="key-line mask-bottom-right">{t('reuse.mask.bottomRight')}</span> <span className="key-line mask-causal">{t('reuse.mask.causal')}</span>{' '}
        <span>
          <LinkedText k="reuse.curve.now" params={{ k: fmtInt(k), n: fmtInt(N) }} links={{ k: uq.k, n: uq.N }} />
        </span>
      </p>
      <p className="reuse-recovered" data-recovered={`${recoveredAt(curve, 'bottom-right')},${recoveredAt(curve, 'causal')}`}>
        <LinkedText
          k="reuse.curve.recovered"
          params={{ br: fmtInt(recoveredAt(curve, 'bottom-right')), causal: fmtInt(recoveredAt(curve, 'causal')), n: fmtInt(N) }}
          links={{ br: uq.recovered, causal: uq.recovered, n: uq.N }}
        />
      </p>
      <div className="sr-only">
      <table>
        <caption>{t('reuse.curve.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reuse.curve.xK')}</th>
            <th scope="col">{t('reuse.curve.xCost')}</th>
            <th scope="col">{t('reuse.curve.klBr')}</th>
            <th scope="col">{t('reuse.curve.klCausal')}</th>
          </tr>
        </thead>
        <tbody>
          {curve.map((p) => (
            <tr key={p.k}>
              <td>{fmtInt(p.k)}</td>
              <td>{fmtPercent(p.macsShare)}</td>
              <td>{fmt(p.kl['bottom-right'])}</td>
              <td>{fmt(p.kl.causal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </div>
  );
}
