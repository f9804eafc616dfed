import { useI18n } from '../../i18n/I18nContext';
import type { BenchSample } from '../../lesson/generate/bench';
import { plotGeometry, polyline } from '../../lesson/generate/plot';

/** Time per token against position for both paths (log time axis); lines differ by style and markers, not colour alone. */
export function BenchPlot({ samples, N }: { samples: readonly BenchSample[]; N: number }) {
  const { t } = useI18n();
  const g = plotGeometry(samples, N);
  const { box } = g;
  return (
    <svg className="bench-plot" viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-labelledby="bench-plot-title">
      <title id="bench-plot-title">{t('generate.bench.plotTitle', { N })}</title>
      {g.yTicks.map((tk) => (
        <g key={tk.label}>
          <line x1={box.left} x2={box.right} y1={tk.at} y2={tk.at} className="grid" />
          <text x={box.left - 6} y={tk.at + 4} textAnchor="end" className="tick">{tk.label}</text>
        </g>
      ))}
      {g.xTicks.map((tk) => (
        <text key={tk.label} x={tk.at} y={box.bottom + 16} textAnchor="middle" className="tick">{tk.label}</text>
      ))}
      <line x1={box.left} x2={box.right} y1={box.bottom} y2={box.bottom} className="axis" />
      <line x1={box.left} x2={box.left} y1={box.top} y2={box.bottom} className="axis" />
      <text x={(box.left + box.right) / 2} y={g.height - 6} textAnchor="middle" className="axis-label">{t('generate.bench.xAxis')}</text>
      <text x={14} y={(box.top + box.bottom) / 2} textAnchor="middle" className="axis-label" transform={`rotate(-90 14 ${(box.top + box.bottom) / 2})`}>
        {t('generate.bench.yAxis')}
      </text>
      <polyline points={polyline(g.uncached)} className="line-uncached" />
      <polyline points={polyline(g.cached)} className="line-cached" />
      {g.uncached.map((p) => <rect key={`u${p.x}`} x={p.x - 3.5} y={p.y - 3.5} width={7} height={7} className="mark-uncached" />)}
      {g.cached.map((p) => <circle key={`c${p.x}`} cx={p.x} cy={p.y} r={3.5} className="mark-cached" />)}
    </svg>
  );
}
