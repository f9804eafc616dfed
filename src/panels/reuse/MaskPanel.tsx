import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtInt } from '../../lesson/format';
import { MASK_CELLS, type MaskCell, type MaskRow, maskRows } from '../../lesson/reuse/maskRuns';
import { type BlendMask, MASKS, type ReuseState } from '../../lesson/reuse/model';
import type { BlendView } from '../../lesson/reuse/derive';
import type { Prompt } from '../../lesson/reuse/prompt';
import { uq } from '../../lesson/reuse/links';
import { wordLang } from '../../lesson/real-model/sentence';
import { ScrollX } from '../common/ScrollX';
import { LinkedText } from '../common/LinkedText';
import { useViewPrefs } from '../ViewContext';

const SYMBOL: Record<MaskCell, string> = { past: '✓', future: '!', hidden: '·' };

/**
 * Who each recomputed context token sees: a row per token (linked to its K/V), and either a column per key
 * position (a symbol each; the header links the token) or, on a slide (`ranges`), a column per kind listing the
 * key positions as ranges ("8–12"), so the table fits at any T.
 */
function MaskTable({ prompt, rows, leaks, ranges }: { prompt: Prompt; rows: readonly MaskRow[]; leaks: number; ranges: boolean }) {
  const { t } = useI18n();
  const span = ([a, b]: [number, number]) => (a === b ? fmtInt(a) : `${fmtInt(a)}–${fmtInt(b)}`);
  return (
    <table className={ranges ? 'reuse-grid reuse-ranges' : 'reuse-grid'} data-leaks={leaks}>
      <caption>{t('reuse.mask.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t(ranges ? 'reuse.mask.query' : 'reuse.mask.corner')}</th>
          {ranges
            ? MASK_CELLS.map((c) => (
                <th key={c} scope="col">
                  <span aria-hidden="true">{SYMBOL[c]}</span> {t(`reuse.mask.${c}`)}
                </th>
              ))
            : // A symbol cell is its row's keys of that kind: pointing at a "!" lights every later key the token sees.
              prompt.tokens.map((tk) => (
                <th key={tk.pos} scope="col" data-q={uq.tok(tk.pos)}>
                  {fmtInt(tk.pos)}
                </th>
              ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.row}>
            <th scope="row" data-q={uq.kv(r.row)} tabIndex={0}>
              <span lang={wordLang(prompt.tokens[r.row].word)}>{prompt.tokens[r.row].word}</span> <span className="reuse-at">{fmtInt(r.row)}</span>
            </th>
            {ranges
              ? MASK_CELLS.map((c) => (
                  <td key={c} className={r.runs[c].length > 0 ? `mask-${c}` : undefined} data-runs={`${r.row}.${c}`} data-q={r.runs[c].length > 0 ? uq.see(r.row, c) : undefined} tabIndex={r.runs[c].length > 0 ? 0 : undefined}>
                    {r.runs[c].length === 0 ? '—' : r.runs[c].map(span).join(', ')}
                  </td>
                ))
              : r.cells.map((c, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are key positions
                  <td key={j} className={`mask-${c}`} data-q={uq.see(r.row, c)}>
                    <span aria-hidden="true">{SYMBOL[c]}</span>
                    <span className="sr-only">{t(`reuse.mask.${c}`)}</span>
                  </td>
                ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The mask of CacheBlend's recomputed queries (rows) over all T keys (columns): with the bottom-right mask the
 * i-th of S queries sees keys 0..T−S+i, so a recomputed context token may see tokens after it (marked "!");
 * the causal mask gives each its own past. The switch picks the mask every CacheBlend number uses.
 */
export function MaskPanel({ prompt, runs, state, onChange }: { prompt: Prompt; runs: Record<BlendMask, BlendView>; state: ReuseState; onChange: (s: ReuseState) => void }) {
  const blend = runs[state.mask];
  const { t } = useI18n();
  const { projector } = useViewPrefs();
  const rows = maskRows(blend.queries, blend.visible).filter((r) => r.row < prompt.N);
  const leaks = rows.reduce((n, r) => n + r.cells.filter((c) => c === 'future').length, 0);
  return (
    <div className="reuse-mask">
      <fieldset className="reuse-mask-switch">
        <legend>{t('reuse.mask.legend')}</legend>
        {MASKS.map((m) => (
          <label key={m}>
            <input type="radio" name="reuse-mask" value={m} checked={state.mask === m} onChange={() => onChange({ ...state, mask: m })} />
            {t(m === 'causal' ? 'reuse.mask.causal' : 'reuse.mask.bottomRight')}{' '}
            <span className="reuse-kl" data-kl-mask={m} data-q={m === state.mask ? uq.kl('blend') : uq.klOther} tabIndex={0}>
              {t('reuse.stage.kl', { kl: fmt(runs[m].next.kl) })}
            </span>
          </label>
        ))}
      </fieldset>
      <ScrollX label={t('reuse.mask.caption')}>
        <MaskTable prompt={prompt} rows={rows} leaks={leaks} ranges={projector} />
      </ScrollX>
      <p className="reuse-note">
        <LinkedText
          k={blend.selected.length === 0 ? 'reuse.mask.none' : 'reuse.mask.questionRows'}
          params={{ from: fmtInt(prompt.N), to: fmtInt(prompt.T - 1) }}
          links={{ from: uq.kv(prompt.N), to: uq.kv(prompt.T - 1) }}
        />
      </p>
      <p className="reuse-legend">
        {MASK_CELLS.map((c) => (
          // On a slide the compact table's column heads say this.
          <span key={c} className="projector-fold">
            <span aria-hidden="true">{SYMBOL[c]}</span> {t(`reuse.mask.${c}`)}
          </span>
        ))}{' '}
        <span data-leak-count={leaks}>
          <LinkedText k="reuse.mask.leaks" params={{ n: fmtInt(leaks) }} links={{ n: uq.leaks }} />
        </span>
      </p>
    </div>
  );
}
