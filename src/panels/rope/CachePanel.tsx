import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtInt } from '../../lesson/format';
import { AHEAD, type CacheNumbers } from '../../lesson/rope/cache';
import type { RopeState } from '../../lesson/rope/model';
import { slideRows } from '../../lesson/rope/slideRows';
import { cq } from '../../lesson/rope/links';
import { LinkedText } from '../common/LinkedText';
import { AfterGuess, Predict, useRevealed } from '../common/Predict';
import { ScrollX } from '../common/ScrollX';
import { useViewPrefs } from '../ViewContext';
import { plainText, richText } from '../common/richText';

/** On a slide the table shows the key's first SLIDE_DIMS numbers (its header says so); the normal view shows all of them. */
const SLIDE_DIMS = 4;
/** On a slide at most SLIDE_LINES rows: the first ones, the chosen key's, the newest two, and a line saying what is left out. */
const SLIDE_LINES = 8;

const OPTIONS = ['turn', 'same', 'recompute'] as const;

/** The head's key cache: one row per token, its key after RoPE at its own position; compared with recomputing now once guessed. */
function CacheTable({ c, kRow, lang }: { c: CacheNumbers; kRow: number; lang: (id: number) => string }) {
  const { t } = useI18n();
  const hd = c.rows[0].k.length;
  const { projector } = useViewPrefs();
  const shown = projector ? Math.min(SLIDE_DIMS, hd) : hd;
  const columns = 2 + shown + (useRevealed() ? 2 : 0);
  const lines = projector ? slideRows(c.rows.length, kRow, SLIDE_LINES) : c.rows.map((_, row) => ({ row }));
  return (
    <ScrollX>
      <table className="numbers rope-cache" data-rows={c.rows.length}>
        <caption>{richText(t('rope.cache.caption', { n: fmtInt(c.rows.length) }))}</caption>
        <thead>
          <tr>
            <th scope="col">{richText(t('rope.cache.token'))}</th>
            <th scope="col">{richText(t('rope.cache.pos'))}</th>
            <th scope="col" colSpan={shown}>
              {shown < hd ? t('rope.cache.keyFirst', { shown, hd }) : t('rope.cache.key', { hd })}
            </th>
            <AfterGuess>
              <th scope="col">{richText(t('rope.cache.vsNow'))}</th>
              <th scope="col">{richText(t('rope.cache.score'))}</th>
            </AfterGuess>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            if ('gap' in line) {
              const [from, to] = line.gap;
              return (
                <tr key={`gap-${from}`} className="rope-gap" data-gap={`${from}-${to}`}>
                  <td colSpan={columns}>{richText(t('rope.cache.gap', { n: fmtInt(to - from + 1), from: fmtInt(c.rows[from].position), to: fmtInt(c.rows[to].position) }))}</td>
                </tr>
              );
            }
            const i = line.row;
            const r = c.rows[i];
            return (
            <tr key={`${i}-${r.id}`} className={`${i === kRow ? 'emph' : ''}${r.decoded ? ' decoded' : ''}`} data-cache-row={i}>
              <th scope="row" title={plainText(r.writtenAt === 0 ? t('rope.cache.prefill') : t('rope.cache.decodeStep', { s: r.writtenAt }))}>
                <span lang={lang(r.id)}>{r.word}</span>
                {r.decoded && <span className="rope-mark"> +{r.writtenAt}</span>}
                {i === c.newest && <span className="rope-mark projector-fold"> {t('rope.cache.newest')}</span>}
              </th>
              <td data-q={cq.pos(i)} tabIndex={0}>
                {fmtInt(r.position)}
              </td>
              {r.k.slice(0, shown).map((x, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the key's entries in order
                <td key={j} className="num" data-value={`k.${i}.${j}`} data-q={cq.key(i)} tabIndex={j === 0 ? 0 : undefined}>
                  {fmt(x)}
                </td>
              ))}
              <AfterGuess>
                <td className="num" data-value={`vsNow.${i}`} data-q={cq.vs(i)} tabIndex={0}>
                  {fmt(r.vsRecomputed)}
                </td>
                <td className="num" data-value={`score.${i}`} data-q={cq.score(i)} tabIndex={0}>
                  {fmt(r.score)}
                </td>
              </AfterGuess>
            </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollX>
  );
}

/** Step "cache": predict whether a cached key must turn again as tokens arrive; then decode and compare. */
export function CachePanel({ c, state, onChange, word, lang }: { c: CacheNumbers; state: RopeState; onChange: (s: RopeState) => void; word: string; lang: (id: number) => string }) {
  const { t } = useI18n();
  const kRow = Math.min(state.kRow, c.rows.length - 1);
  const p = { n: AHEAD, word, p: fmtInt(c.rows[kRow].position) };
  const verdict = t(c.stays ? 'rope.cache.verdictSame' : 'rope.cache.verdictMoved', { ...p, diff: fmt(c.aheadChange) });
  return (
    <>
      <AfterGuess>
        <div className="rope-controls" role="group" aria-label={plainText(t('rope.cache.decodeGroup'))}>
          <button type="button" data-action="decode" disabled={c.extra >= c.maxExtra} onClick={() => onChange({ ...state, extra: c.extra + 1 })}>
            {richText(t('rope.cache.decode'))}
          </button>
          <button type="button" data-action="undecode" disabled={c.extra === 0} onClick={() => onChange({ ...state, extra: c.extra - 1 })}>
            {richText(t('rope.cache.undecode'))}
          </button>
          <span className="status" data-value="cache.extra">
            <LinkedText k="rope.cache.count" params={{ n: fmtInt(c.extra), max: fmtInt(c.maxExtra) }} links={{ n: cq.extra }} />
          </span>
        </div>
      </AfterGuess>
      <CacheTable c={c} kRow={kRow} lang={lang} />
      <AfterGuess>
        <p className="hint projector-fold" data-value="cache.rotations" data-q={cq.rotations} tabIndex={0}>
          {richText(t('rope.cache.columns'))} {richText(t('rope.cache.rotations', { a: fmtInt(c.rotations.rotated), b: fmtInt(c.rotations.raw) }))}
        </p>
      </AfterGuess>
      <Predict
        question={t('rope.cache.q', p)}
        options={OPTIONS.map((id) => ({ id, label: t(`rope.cache.opt.${id}`, p) }))}
        correct={c.stays ? ['same'] : ['turn', 'recompute']}
        explanation={t('rope.cache.why', p)}
        answers={[verdict]}
      >
        <p className="rope-verdict" data-value="cache.verdict">
          {verdict}
        </p>
      </Predict>
    </>
  );
}
