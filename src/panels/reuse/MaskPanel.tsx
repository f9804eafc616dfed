import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtInt } from '../../lesson/format';
import { MASK_CELLS, type MaskCell, type MaskRow, maskRows } from '../../lesson/reuse/maskRuns';
import { type BlendMask, MASKS, type ReuseState } from '../../lesson/reuse/model';
import type { BlendView } from '../../lesson/reuse/derive';
import type { Prompt } from '../../lesson/reuse/prompt';
import { wordLang } from '../../lesson/real-model/sentence';
import { ScrollX } from '../common/ScrollX';
import { useViewPrefs } from '../ViewContext';

const SYMBOL: Record<MaskCell, string> = { past: '✓', future: '!', hidden: '·' };

/**
 * The mask of CacheBlend's recomputed queries (rows) over all T keys (columns): with the bottom-right mask the
 * i-th of S queries sees keys 0..T−S+i, so a recomputed context token may see tokens after it (marked "!");
 * the causal mask gives each its own past. The switch picks the mask every CacheBlend number uses. On a slide the
 * T columns become three: for each kind, the key positions as ranges ("8–12"), so the table fits at any T.
 */
export function MaskPanel({ prompt, runs, state, onChange }: { prompt: Prompt; runs: Record<BlendMask, BlendView>; state: ReuseState; onChange: (s: ReuseState) => void }) {
  const blend = runs[state.mask];
  const { t } = useI18n();
  const { projector } = useViewPrefs();
  const rows = maskRows(blend.queries, blend.visible).filter((r) => r.row < prompt.N);
  const leaks = rows.reduce((n, r) => n + r.cells.filter((c) => c === 'future').length, 0);
  const head = (r: MaskRow) => (
    <th scope="row">
      <span lang={wordLang(prompt.tokens[r.row].word)}>{prompt.tokens[r.row].word}</span> <span className="reuse-at">{fmtInt(r.row)}</span>
    </th>
  );
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
      {projector ? (
        <ScrollX label={t('reuse.mask.caption')}>
        <table className="reuse-grid reuse-ranges" data-leaks={leaks}>
          <caption>{t('reuse.mask.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reuse.mask.query')}</th>
              {MASK_CELLS.map((c) => (
                <th key={c} scope="col">
                  <span aria-hidden="true">{SYMBOL[c]}</span> {t(`reuse.mask.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.row}>
                {head(r)}
                {MASK_CELLS.map((c) => (
                  <td key={c} className={r.runs[c].length > 0 ? `mask-${c}` : undefined} data-runs={`${r.row}.${c}`}>
                    {r.runs[c].length === 0 ? '—' : r.runs[c].map(([a, b]) => (a === b ? fmtInt(a) : `${fmtInt(a)}–${fmtInt(b)}`)).join(', ')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        </ScrollX>
      ) : (
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
              {rows.map((r) => (
                <tr key={r.row}>
                  {head(r)}
                  {r.cells.map((c, j) => (
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
      )}
      <p className="reuse-note">{t(blend.selected.length === 0 ? 'reuse.mask.none' : 'reuse.mask.questionRows', { from: fmtInt(prompt.N), to: fmtInt(prompt.T - 1) })}</p>
      <p className="reuse-legend">
        {MASK_CELLS.map((c) => (
          // On a slide the compact table's column heads say this.
          <span key={c} className="projector-fold">
            <span aria-hidden="true">{SYMBOL[c]}</span> {t(`reuse.mask.${c}`)}
          </span>
        ))}{' '}
        <span data-leak-count={leaks}>{t('reuse.mask.leaks', { n: fmtInt(leaks) })}</span>
      </p>
    </div>
  );
}
