import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtInt } from '../../lesson/format';
import type { BlendView } from '../../lesson/reuse/derive';
import { type BlendMask, MASKS, type ReuseState } from '../../lesson/reuse/model';
import type { Prompt } from '../../lesson/reuse/prompt';
import { wordLang } from '../../lesson/real-model/sentence';
import { ScrollX } from '../common/ScrollX';

/** What a recomputed query may see at key j: its past (j ≤ its row), a later key (j > its row) or nothing. */
type Cell = 'past' | 'future' | 'hidden';
const SYMBOL: Record<Cell, string> = { past: '✓', future: '!', hidden: '·' };

/**
 * The mask of CacheBlend's recomputed queries (rows) over all T keys (columns): with the bottom-right mask the
 * i-th of S queries sees keys 0..T−S+i, so a recomputed context token may see tokens after it (marked "!");
 * the causal mask gives each its own past. The switch picks the mask every CacheBlend number uses.
 */
export function MaskPanel({ prompt, runs, state, onChange }: { prompt: Prompt; runs: Record<BlendMask, BlendView>; state: ReuseState; onChange: (s: ReuseState) => void }) {
  const blend = runs[state.mask];
  const { t } = useI18n();
  const cells: Cell[][] = blend.visible.map((row, i) => row.map((v, j) => (!v ? 'hidden' : j <= blend.queries[i] ? 'past' : 'future')));
  const leaks = cells.flat().filter((c) => c === 'future').length;
  return (
    <div className="reuse-mask">
      <fieldset className="reuse-mask-switch">
        <legend>{t('reuse.mask.legend')}</legend>
        {MASKS.map((m) => (
          <label key={m}>
            <input type="radio" name="reuse-mask" value={m} checked={state.mask === m} onChange={() => onChange({ ...state, mask: m })} />
            {t(m === 'causal' ? 'reuse.mask.causal' : 'reuse.mask.bottomRight')}{' '}
            <span className="reuse-kl" data-kl-mask={m}>
              {t('reuse.stage.kl', { kl: fmt(runs[m].next.kl) })}
            </span>
          </label>
        ))}
      </fieldset>
      <ScrollX label={t('reuse.mask.caption')}>
        <table className="reuse-grid" data-leaks={leaks}>
          <caption>{t('reuse.mask.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reuse.mask.corner')}</th>
              {prompt.tokens.map((tk) => (
                <th key={tk.pos} scope="col">
                  {fmtInt(tk.pos)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {blend.queries.map((r, i) => (r >= prompt.N ? null :
              <tr key={r}>
                <th scope="row">
                  <span lang={wordLang(prompt.tokens[r].word)}>{prompt.tokens[r].word}</span> <span className="reuse-at">{fmtInt(r)}</span>
                </th>
                {cells[i].map((c, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are key positions
                  <td key={j} className={`mask-${c}`}>
                    <span aria-hidden="true">{SYMBOL[c]}</span>
                    <span className="sr-only">{t(`reuse.mask.${c}`)}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollX>
      <p className="reuse-note">{t(blend.selected.length === 0 ? 'reuse.mask.none' : 'reuse.mask.questionRows', { from: fmtInt(prompt.N), to: fmtInt(prompt.T - 1) })}</p>
      <p className="reuse-legend">
        {(['past', 'future', 'hidden'] as const).map((c) => (
          <span key={c}>
            <span aria-hidden="true">{SYMBOL[c]}</span> {t(`reuse.mask.${c}`)}
          </span>
        ))}{' '}
        <span data-leak-count={leaks}>{t('reuse.mask.leaks', { n: fmtInt(leaks) })}</span>
      </p>
    </div>
  );
}
