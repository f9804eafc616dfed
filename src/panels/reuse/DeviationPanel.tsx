import type { RowDeviation } from '../../core/model';
import { useI18n } from '../../i18n/I18nContext';
import type { Prompt } from '../../lesson/reuse/prompt';
import { wordLang } from '../../lesson/real-model/sentence';
import { Heatmap } from '../common/Heatmap';

interface Props {
  prompt: Prompt;
  /** (nLayers) × (N): the cache's deviation from the full prefill per layer and context token. */
  dev: readonly (readonly RowDeviation[])[];
  /** Colour domain's top, shared by every deviation map of the chapter (naive reuse's largest), so colours compare. */
  top: number;
  /** Context rows recomputed (CacheBlend), emphasised and marked. */
  recomputed?: readonly number[];
  /** data-value prefix for tests: 'naive' or 'blend'. */
  name: string;
}

/** How far the cached K and V are from the full prefill's, ‖Δ‖/‖full‖ per layer (rows) and context token (columns). */
export function DeviationPanel({ prompt, dev, top, recomputed = [], name }: Props) {
  const { t } = useI18n();
  const ctx = prompt.tokens.slice(0, prompt.N);
  const cols = ctx.map((tk) => (
    <span key={tk.pos} lang={wordLang(tk.word)}>
      {tk.word}
    </span>
  ));
  const rows = (['k', 'v'] as const).flatMap((kind) => dev.map((_, l) => t(kind === 'k' ? 'reuse.dev.kRow' : 'reuse.dev.vRow', { l })));
  const values = (['k', 'v'] as const).flatMap((kind) => dev.map((L) => L.map((d) => (kind === 'k' ? d.kRel : d.vRel))));
  const marks = recomputed.length > 0 ? [...dev, ...dev].map((_, r) => ctx.map((tk) => (r % dev.length > 0 && recomputed.includes(tk.pos) ? { text: '↻', label: t('reuse.status.recomputed') } : null))) : undefined;
  return (
    <div className="reuse-dev" data-dev={name}>
      <Heatmap
        caption={t('reuse.dev.caption')}
        corner={t('reuse.dev.corner')}
        rowLabels={rows}
        colLabels={cols}
        values={values}
        domain={[0, Math.max(top, 1e-9)]}
        dataName={name}
        emphasisCols={recomputed}
        marks={marks}
        markLegend={marks ? t('reuse.dev.markLegend') : undefined}
      />
    </div>
  );
}
