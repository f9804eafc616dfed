import type { CSSProperties } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { finiteRange, heatColour, heatRamp } from '../../lesson/colourScale';
import { fmt, fmtFull, fmtInt, fmtTick } from '../../lesson/format';
import type { BlendView } from '../../lesson/reuse/derive';
import { uq } from '../../lesson/reuse/links';
import type { Prompt } from '../../lesson/reuse/prompt';
import { wordLang } from '../../lesson/real-model/sentence';
import { Heatmap } from '../common/Heatmap';
import { useViewPrefs } from '../ViewContext';

/**
 * The check layer's score of every context token, ‖Δk‖² + ‖Δv‖², one row; the top ⌊r·N⌋ (recomputed) are emphasised and
 * marked ↻. On a slide the row wraps: one coloured cell per token (word, position, exact number), so no number is cut.
 */
export function ScorePanel({ prompt, blend }: { prompt: Prompt; blend: BlendView }) {
  const { t } = useI18n();
  const { projector } = useViewPrefs();
  const ctx = prompt.tokens.slice(0, prompt.N);
  const caption = t('reuse.score.caption', { l: blend.checkLayer });
  const isPicked = (pos: number) => blend.selected.includes(pos);
  if (projector) return <ScoreStrip prompt={prompt} blend={blend} caption={caption} />;
  return (
    <div className="reuse-scores" data-selected={blend.selected.join(',')}>
      <Heatmap
        caption={caption}
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
        marks={[ctx.map((tk) => (isPicked(tk.pos) ? { text: '↻', label: t('reuse.status.recomputed') } : null))]}
        markLegend={t('reuse.score.markLegend')}
      />
    </div>
  );
}

/** The same row, wrapped: a list of cells (word and position over the exact score, coloured as the heatmap, ↻ when recomputed) and the legend. */
function ScoreStrip({ prompt, blend, caption }: { prompt: Prompt; blend: BlendView; caption: string }) {
  const { t } = useI18n();
  const ctx = prompt.tokens.slice(0, prompt.N);
  const [lo, hi] = finiteRange([blend.score]);
  const ramp: CSSProperties = { backgroundImage: `linear-gradient(to right, ${heatRamp().join(', ')})` };
  return (
    <div className="reuse-scores" data-selected={blend.selected.join(',')}>
      {/* The caption is read, not shown: on the slide the formula below defines the score and the explanation names the layer. */}
      <ol className="reuse-strip" aria-label={caption}>
        {ctx.map((tk, j) => {
          const x = blend.score[j];
          const colour = heatColour(x, lo, hi);
          const picked = blend.selected.includes(tk.pos);
          return (
            <li key={tk.pos} className={picked ? 'picked' : undefined}>
              <span className="reuse-strip-tok">
                <span lang={wordLang(tk.word)}>{tk.word}</span> <span className="reuse-at">{fmtInt(tk.pos)}</span>
              </span>
              <span className="num" style={{ background: colour.bg, color: colour.fg }} title={fmtFull(x)} data-value={`score.0.${j}`} data-q={uq.score(j)} tabIndex={0}>
                {fmt(x)}
                {picked && (
                  <>
                    {' '}
                    <span aria-hidden="true">↻</span>
                    <span className="sr-only">{t('reuse.status.recomputed')}</span>
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ol>
      <div className="heat-legend">
        <span aria-hidden="true" className="heat-scale">
          {t('heatmap.colour')} {fmtTick(lo)} <span className="heat-ramp" style={ramp} /> {fmtTick(hi)}
        </span>
        <span className="sr-only">{t('heatmap.legend', { lo: fmt(lo), hi: fmt(hi) })}</span>
        <span className="heat-legend-item">{t('reuse.score.markLegend')}</span>
      </div>
    </div>
  );
}
