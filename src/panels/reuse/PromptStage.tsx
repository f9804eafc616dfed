import type { Model } from '../../core/model';
import { useI18n } from '../../i18n/I18nContext';
import type { ReuseMethod } from '../../lesson/reuse/chapter';
import { type BaseRuns, type BlendView, type NextView, nextOf } from '../../lesson/reuse/derive';
import { uq } from '../../lesson/reuse/links';
import type { Prompt, PromptToken } from '../../lesson/reuse/prompt';
import { fmt, fmtInt } from '../../lesson/format';
import { wordLang } from '../../lesson/real-model/sentence';
import { TokenChip } from '../common/TokenChip';
import { useStagePart } from '../stage/StageContext';

/** How a token's K/V are obtained under a method. */
export type TokenStatus = 'computed' | 'hit' | 'reused' | 'recomputed';

/** Each token's status under the step's method: (T). */
export function statusesOf(method: ReuseMethod, p: Prompt, base: BaseRuns, blend: BlendView): TokenStatus[] {
  return p.tokens.map((tk) => {
    if (tk.part === 'q' || method === 'full') return 'computed';
    if (method === 'prefix') return tk.pos < base.prefix.reused ? 'hit' : 'computed';
    if (method === 'blend' && blend.selected.includes(tk.pos)) return 'recomputed';
    return 'reused';
  });
}

const SYMBOL: Record<TokenStatus, string> = { computed: '●', hit: '◆', reused: '○', recomputed: '↻' };

/** Which part a token starts: a chunk boundary or the question gets a divider before it. */
const starts = (tokens: readonly PromptToken[], i: number) => i > 0 && tokens[i - 1].part !== tokens[i].part;

/** The next-token line: the full prefill's answer, and the step's method's with its KL divergence. */
function NextLine({ model, method, full, other }: { model: Model; method: ReuseMethod; full: NextView; other: NextView }) {
  const { t } = useI18n();
  const part = useStagePart('next', 'reuse-next');
  const num = (m: ReuseMethod, v: NextView) => (
    <span className="num" data-q={uq.p(m, v.top)} tabIndex={0}>
      {fmt(v.probs[v.top])}
    </span>
  );
  const word = (v: NextView) => (
    <strong lang={wordLang(model.vocab[v.top])} data-word={model.vocab[v.top]}>
      {model.vocab[v.top]}
    </strong>
  );
  return (
    <p {...part.props}>
      <span>
        {t('reuse.stage.answer', { method: t('reuse.method.full') })} {word(full)} {num('full', full)}
      </span>
      {method !== 'full' &&
        (part.concealed ? (
          <span data-concealed="next">
            {t('reuse.stage.answer', { method: t(`reuse.method.${method}`) })} <span aria-hidden="true">?</span>
            <span className="sr-only">{t('stage.hidden')}</span>
          </span>
        ) : (
          <span data-method={method}>
            {t('reuse.stage.answer', { method: t(`reuse.method.${method}`) })} {word(other)} {num(method, other)}{' '}
            <span className="reuse-kl" data-q={uq.kl(method)} tabIndex={0}>
              {t('reuse.stage.kl', { kl: fmt(other.kl) })}
            </span>
          </span>
        ))}
    </p>
  );
}

/**
 * The chapter's stage: the prompt as one row of tokens (chunks, then the question) with their positions, a row
 * saying how the step's method gets each token's K/V (symbol + legend, never colour alone), and the next token.
 */
export function PromptStage({ model, prompt, method, base, blend }: { model: Model; prompt: Prompt; method: ReuseMethod; base: BaseRuns; blend: BlendView }) {
  const { t } = useI18n();
  const chunks = useStagePart('chunks');
  const question = useStagePart('question');
  const cache = useStagePart('cache');
  // The ↻ marks are what selecting and recomputing act on: emphasised on the steps about either.
  const recompute = useStagePart('recompute');
  const select = useStagePart('select');
  const recEmph = recompute.emphasis === 'emph' || select.emphasis === 'emph';
  const recClass = recEmph ? recompute.props.className.replace('part-quiet', 'part-emph') : recompute.props.className;
  const status = statusesOf(method, prompt, base, blend);
  const other = nextOf(method, base, blend);
  const used = cache.concealed ? [] : [...new Set(status)];
  const partLabel = (part: number | 'q') => (part === 'q' ? t('reuse.input.question') : t('reuse.input.chunk', { n: part + 1 }));
  return (
    <div className="reuse-stage">
      <ol className="reuse-flow" aria-label={t('reuse.stage.title')}>
        {prompt.tokens.map((tk, i) => {
          const part = tk.part === 'q' ? question : chunks;
          const first = i === 0 || starts(prompt.tokens, i);
          return (
            <li key={tk.pos} className={`reuse-tok${first ? ' first' : ''}`} data-part={tk.part}>
              {first && (
                <span className="reuse-part" title={partLabel(tk.part)}>
                  <span aria-hidden="true">{tk.part === 'q' ? 'Q' : `C${'₁₂₃'[tk.part]}`}</span>
                  <span className="sr-only">{partLabel(tk.part)}</span>
                </span>
              )}
              <span className="reuse-cell">
                <span className="reuse-pos" aria-hidden="true" data-q={uq.tok(tk.pos)}>
                  {fmtInt(tk.pos)}
                </span>
                <span className="sr-only">{t('reuse.stage.posOf', { pos: fmtInt(tk.pos) })}</span>
                <span {...part.props} data-q={uq.tok(tk.pos)}>
                  <TokenChip token={tk.word} index={tk.pos} lang={wordLang(tk.word)} />
                </span>
                <span
                  className={`reuse-status ${!cache.concealed && status[i] === 'recomputed' ? recClass : cache.props.className} status-${cache.concealed ? 'hidden' : status[i]}`}
                  data-stage-part={!cache.concealed && status[i] === 'recomputed' ? 'recompute' : 'cache'}
                  data-status={cache.concealed ? undefined : status[i]}
                  // Focusable once shown: pointing at a token's K/V lights the tokens they come from and what they feed.
                  data-q={cache.concealed ? undefined : uq.kv(tk.pos)}
                  tabIndex={cache.concealed ? undefined : 0}
                >
                  <span aria-hidden="true">{cache.concealed ? '?' : SYMBOL[status[i]]}</span>
                  <span className="sr-only">{cache.concealed ? t('stage.hidden') : t(`reuse.status.${status[i]}`)}</span>
                </span>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="reuse-legend">
        {used.map((s) => (
          <span key={s}>
            <span aria-hidden="true">{SYMBOL[s]}</span> {t(`reuse.status.${s}`)}
          </span>
        ))}
      </p>
      <NextLine model={model} method={method} full={base.full} other={other} />
    </div>
  );
}
