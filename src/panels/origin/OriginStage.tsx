import { useCallback, useRef } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fmtFull, fmtShort, fmtVec } from '../../lesson/format';
import type { ArticleCheck, OriginNumbers, Pick, Proj } from '../../lesson/origin/derive';
import { differsFromDefault, presetOf, resize, setCell } from '../../lesson/origin/edits';
import { oq } from '../../lesson/origin/links';
import { MAX_DK, MAX_DMODEL, MIN_DK, MIN_DMODEL, ORIGIN_ARTICLE, ORIGIN_DEFAULT, type OriginMatrix, type OriginState, TOKENS } from '../../lesson/origin/model';
import { NumberCell } from '../common/NumberCell';
import { ScrollX } from '../common/ScrollX';
import { TokenChip } from '../common/TokenChip';
import { Stepper } from '../mask/Stepper';
import { useStagePart } from '../stage/StageContext';
import { plainText, richText } from '../common/richText';

interface Props {
  state: OriginState;
  onChange: (s: OriginState) => void;
  /** The numbers, or null when the inputs cannot be computed (the cells stay editable). */
  n: OriginNumbers | null;
  /** The explained entry (projections step): its result is pressed, its X row and W column marked; null elsewhere. */
  pick: Pick | null;
  onPick: (p: Pick) => void;
  /** Article 000's vectors checked against the projections (article step): a ✓ or ✗ beside each; null elsewhere. */
  checks: readonly ArticleCheck[] | null;
}

const DM_KEYS = { label: 'origin.dim.model', value: 'origin.dim.modelValue', fewer: 'origin.dim.modelFewer', more: 'origin.dim.modelMore' } as const;
const DK_KEYS = { label: 'origin.dim.k', value: 'origin.dim.kValue', fewer: 'origin.dim.kFewer', more: 'origin.dim.kMore' } as const;
const PROJS: readonly Proj[] = ['Q', 'K', 'V'];
const W_OF = { Q: 'WQ', K: 'WK', V: 'WV' } as const;
type Commit = (v: number, cellId: string) => void;

/** One projected vector (q, k or v of a token): its numbers, pressable on the projections step to explain one. */
function ResultVec({ which, row, values, pick, onPick }: { which: Proj; row: number; values: readonly number[]; pick: Pick | null; onPick: (p: Pick) => void }) {
  const { t } = useI18n();
  return (
    <span className="vec stage-vec">
      {values.map((x, j) =>
        pick ? (
          <button
            // biome-ignore lint/suspicious/noArrayIndexKey: a number's identity is its dimension
            key={j}
            type="button"
            className="entry-button num"
            aria-pressed={pick.which === which && pick.row === row && pick.col === j}
            aria-label={t('origin.pick.entry', { m: which.toLowerCase(), token: TOKENS[row], dim: j + 1, value: fmtShort(x) })}
            title={fmtFull(x)}
            data-value={`${which}.${row}.${j}`}
            data-q={oq.out(which, row, j)}
            onClick={() => onPick({ which, row, col: j })}
          >
            {fmtShort(x)}
          </button>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: a number's identity is its dimension
          <span key={j} className="num" tabIndex={0} title={fmtFull(x)} data-value={`${which}.${row}.${j}`} data-q={oq.out(which, row, j)}>
            {fmtShort(x)}
          </span>
        ),
      )}
    </span>
  );
}

/** ✓ or ✗ beside a projected vector that article 000 gives: equal or not to the article's (shown on hover and to screen readers). */
function CheckMark({ a, index }: { a: ArticleCheck; index: number }) {
  const { t } = useI18n();
  const verdict = a.equal ? t('origin.article.yes') : a.projected ? t('origin.article.no') : t('origin.article.noShape');
  const label = t('origin.article.mark', { vector: fmtVec(a.article, true), verdict });
  return (
    <span className={`origin-check ${a.equal ? 'verdict-ok' : 'error'}`} title={plainText(label)} data-value={`article.${index}`} data-equal={a.equal}>
      <span aria-hidden="true">{a.equal ? '✓' : '✗'}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

/**
 * The origin chapter's stage: one row per token — its embedding x (a row of X, editable) → q, k, v
 * (x·W_Q, x·W_K, x·W_V; k and v are the token's row of the KV cache) — and under it the three weight
 * matrices, editable. On the projections step every entry of q, k, v is a button that explains it;
 * its row of X and column of W are marked.
 */
export function OriginStage({ state, onChange, n, pick, onPick, checks }: Props) {
  const { t } = useI18n();
  const X = useStagePart('X');
  const W = useStagePart('W');
  const result = useStagePart('result');
  const cache = useStagePart('cache');
  const latest = useRef({ state, onChange });
  latest.current = { state, onChange };
  // One stable commit handler for every cell ("X.1.2", "WK.0.1", …), so unchanged cells skip re-rendering.
  const commit = useCallback<Commit>((value, cellId) => {
    const [m, i, j] = cellId.split('.');
    const { state: s, onChange: change } = latest.current;
    change(setCell(s, m as OriginMatrix, Number(i), Number(j), value));
  }, []);
  const preset = presetOf(state);
  const dims = (k: number) => Array.from({ length: k }, (_, i) => i);
  const vectors = n ? { Q: n.Q, K: n.K, V: n.V } : null;
  return (
    <>
      <ScrollX>
        <div className="stage-tables origin-stage stage-tall">
          <table className="stage-table origin-flow">
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>
                  {t('table.token')}
                </th>
                <th scope="colgroup" colSpan={state.dModel} {...X.props} title={plainText(t('origin.part.X'))}>
                  {t('origin.stage.x')}
                </th>
                <th scope="col" rowSpan={2} {...result.props} title={plainText(t('origin.part.result'))}>
                  <span className="flow-arrow" aria-hidden="true">→ </span>
                  {richText('q = x·W_Q')}
                </th>
                <th scope="colgroup" colSpan={2} {...cache.props} title={t('origin.part.cache')}>
                  {t('stage.group.cache')}
                </th>
              </tr>
              <tr>
                {dims(state.dModel).map((m) => (
                  <th key={m} scope="col" className={X.props.className}>
                    {m + 1}
                  </th>
                ))}
                <th scope="col" className={result.props.className}>
                  {richText('k = x·W_K')}
                </th>
                <th scope="col" className={result.props.className}>
                  {richText('v = x·W_V')}
                </th>
              </tr>
            </thead>
            <tbody>
              {TOKENS.map((tok, i) => (
                <tr key={tok} className={pick?.row === i ? 'pick' : undefined}>
                  <th scope="row">
                    <TokenChip token={tok} index={i} />
                  </th>
                  {state.X[i].map((x, m) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are dimensions
                    <td key={m} className={`${X.props.className}${pick?.row === i ? ' pick' : ''}`} data-q={oq.x(i, m)}>
                      <NumberCell value={x} cellId={`X.${i}.${m}`} label={t('origin.cell.X', { token: tok, dim: m + 1 })} edited={differsFromDefault(state, 'X', i, m)} onCommit={commit} />
                    </td>
                  ))}
                  {PROJS.map((p) => {
                    const c = checks?.findIndex((a) => a.kind === p.toLowerCase() && a.token === i) ?? -1;
                    return (
                      <td key={p} className={p === 'Q' ? result.props.className : `${result.props.className} stage-kv`}>
                        {vectors ? <ResultVec which={p} row={i} values={vectors[p][i]} pick={pick} onPick={onPick} /> : null}
                        {checks && c >= 0 && <CheckMark a={checks[c]} index={c} />}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <div {...W.props} className={`origin-weights ${W.props.className}`}>
            {PROJS.map((p) => {
              const m = W_OF[p];
              const col = pick && pick.which === p ? pick.col : null;
              return (
                <table key={p} className="stage-table origin-w" data-matrix={m}>
                  <caption className={W.props.className}>{richText(t(`origin.${m}.caption`, { d: state.dModel, k: state.dK }))}</caption>
                  <tbody>
                    {state[m].map((r, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: rows are dimensions of the embedding
                      <tr key={i}>
                        <th scope="row" className="origin-w-dim">
                          {i + 1}
                        </th>
                        {r.map((w, j) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: columns are dimensions of the head
                          <td key={j} className={col === j ? 'pick' : undefined} data-q={oq.w(p, i, j)}>
                            <NumberCell value={w} cellId={`${m}.${i}.${j}`} label={t('origin.cell.W', { m: t(`origin.${m}.name`), row: i + 1, col: j + 1 })} edited={differsFromDefault(state, m, i, j)} onCommit={commit} />
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              );
            })}
          </div>
        </div>
      </ScrollX>
      <div className="input-tools">
        <div role="group" aria-label={t('origin.preset.label')} className="preset-group">
          <span>{t('origin.preset.label')}</span>
          <button type="button" aria-pressed={preset === 'default'} onClick={() => onChange(structuredClone(ORIGIN_DEFAULT))}>
            {t('origin.preset.default')}
          </button>
          <button type="button" aria-pressed={preset === 'article'} onClick={() => onChange(structuredClone(ORIGIN_ARTICLE))}>
            {t('origin.preset.article')}
          </button>
        </div>
        <Stepper keys={DM_KEYS} value={state.dModel} min={MIN_DMODEL} max={MAX_DMODEL} onChange={(d) => onChange(resize(state, d, state.dK))} />
        <Stepper keys={DK_KEYS} value={state.dK} min={MIN_DK} max={MAX_DK} onChange={(d) => onChange(resize(state, state.dModel, d))} />
        <details className="stage-help">
          <summary>{t('stage.help')}</summary>
          <p className="hint">
            {preset === null ? `${t('origin.editedNote')} ` : ''}
            {richText(t('cell.help'))}
          </p>
        </details>
      </div>
    </>
  );
}
