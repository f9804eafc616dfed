import { useI18n } from '../../i18n/I18nContext';
import type { BenchSample } from '../../lesson/generate/bench';
import { plotGeometry, polyline } from '../../lesson/generate/plot';
import { plainText, svgText } from '../common/richText';

/** The plot's height on a slide (SVG units = px there): the slide's row under the text and the stage has about 300 px. */
const SLIDE_HEIGHT = 200;

/**
 * Time per token against position for both paths (log time axis); lines differ by style and markers, not colour alone.
 * `text`: the labels' size in SVG units when drawn on a slide (then 560 × 200 units at 1 px per unit); the normal 16 otherwise.
 */
export function BenchPlot({ samples, N, text }: { samples: readonly BenchSample[]; N: number; text?: number }) {
  const { t } = useI18n();
  const g = plotGeometry(samples, N, 560, text ? SLIDE_HEIGHT : 300, text);
  const { box } = g;
  return (
    <svg className="bench-plot" viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-labelledby="bench-plot-title">
      <title id="bench-plot-title">{plainText(t('generate.bench.plotTitle', { N }))}</title>
      {g.yTicks.map((tk) => (
        <g key={tk.at}>
          <line x1={box.left} x2={box.right} y1={tk.at} y2={tk.at} className="grid" />
          {tk.label && <text x={box.left - 6} y={tk.at + g.text / 4} textAnchor="end" className="tick" fontSize={g.text}>{tk.label}</text>}
        </g>
      ))}
      {g.xTicks.map((tk) => (
        <text key={tk.label} x={tk.at} y={box.bottom + g.text} textAnchor="middle" className="tick" fontSize={g.text}>{tk.label}</text>
      ))}
      <line x1={box.left} x2={box.right} y1={box.bottom} y2={box.bottom} className="axis" />
      <line x1={box.left} x2={box.left} y1={box.top} y2={box.bottom} className="axis" />
      <text x={(box.left + box.right) / 2} y={g.height - 6} textAnchor="middle" className="axis-label" fontSize={g.text}>{svgText(t('generate.bench.xAxis'))}</text>
      <text
        x={g.yLabel.x}
        y={g.yLabel.y}
        textAnchor={g.yLabel.rotate ? 'middle' : 'start'}
        className="axis-label"
        fontSize={g.text}
        transform={g.yLabel.rotate ? `rotate(-90 ${g.yLabel.x} ${g.yLabel.y})` : undefined}
      >
        {t('generate.bench.yAxis')}
      </text>
      <polyline points={polyline(g.uncached)} className="line-uncached" />
      <polyline points={polyline(g.cached)} className="line-cached" />
      {g.uncached.map((p) => <rect key={`u${p.x}`} x={p.x - 3.5} y={p.y - 3.5} width={7} height={7} className="mark-uncached" />)}
      {g.cached.map((p) => <circle key={`c${p.x}`} cx={p.x} cy={p.y} r={3.5} className="mark-cached" />)}
    </svg>
  );
}
