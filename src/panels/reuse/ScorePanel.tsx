import { useI18n } from '../../i18n/I18nContext';
import type { BlendView } from '../../lesson/reuse/derive';
import type { Prompt } from '../../lesson/reuse/prompt';
import { fmtInt } from '../../lesson/format';
import { wordLang } from '../../lesson/real-model/sentence';
import { Heatmap } from '../common/Heatmap';

/** The check layer's score of every context token, ‖Δk‖² + ‖Δv‖², one row; the top ⌊r·N⌋ (recomputed) are emphasised and marked ↻. */
export function ScorePanel({ prompt, blend }: { prompt: Prompt; blend: BlendView }) {
  const { t } = useI18n();
  const ctx = prompt.tokens.slice(0, prompt.N);
  return (
    <div className="reuse-scores" data-selected={blend.selected.join(',')}>
      <Heatmap
        caption={t('reuse.score.caption', { l: blend.checkLayer })}
        corner={t('reuse.score.token')}
        rowLabels={[t('reuse.score.value')]}
        colLabels={ctx.map((tk) => (
          <span key={tk.pos}>
            <span lang={wordLang(tk.word)}>{tk.word}</span> <span className="reuse-at">{fmtInt(tk.pos)}</span>
          </span>
        ))}
        values={[blend.score]}
        dataName="score"
        emphasisCols={blend.selected}
        marks={[ctx.map((tk) => (blend.selected.includes(tk.pos) ? { text: '↻', label: t('reuse.status.recomputed') } : null))]}
        markLegend={t('reuse.score.markLegend')}
      />
    </div>
  );
}
