import { longestPrefix } from '../../core/model';
import { useI18n } from '../../i18n/I18nContext';
import { fmtInt, fmtPercent } from '../../lesson/format';
import type { BaseRuns } from '../../lesson/reuse/derive';
import { uq } from '../../lesson/reuse/links';
import type { Prompt } from '../../lesson/reuse/prompt';
import { wordLang } from '../../lesson/real-model/sentence';
import { LinkedText } from '../common/LinkedText';

/**
 * The cache store of prefix caching: each chunk's cache, computed when the chunk was the start of an earlier
 * prompt, and how many of its tokens match the start of this prompt (only a match from position 0 counts).
 */
export function PrefixPanel({ model, prompt, base }: { model: { vocab: readonly string[] }; prompt: Prompt; base: BaseRuns }) {
  const { t } = useI18n();
  const ids = prompt.tokens.map((tk) => tk.id);
  return (
    <div className="reuse-prefix">
      <table className="reuse-store">
        <caption>{t('reuse.prefix.store')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reuse.prefix.entry')}</th>
            <th scope="col">{t('reuse.prefix.words')}</th>
            <th scope="col">{t('reuse.prefix.match')}</th>
          </tr>
        </thead>
        <tbody>
          {prompt.chunks.map((c, i) => {
            const m = longestPrefix([c], ids).length;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are chunks in order
              <tr key={i} data-entry={i} data-match={m}>
                <th scope="row">{t('reuse.input.chunk', { n: i + 1 })}</th>
                <td>
                  {c.map((id, j) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: words in order
                    <span key={j} lang={wordLang(model.vocab[id])}>
                      {model.vocab[id]}{' '}
                    </span>
                  ))}
                </td>
                <td className="num" data-q={uq.match(i)} tabIndex={0}>
                  {t('reuse.prefix.matchCount', { m: fmtInt(m), n: fmtInt(c.length) })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p data-reused={base.prefix.reused}>
        <LinkedText
          k="reuse.prefix.summary"
          params={{ p: fmtInt(base.prefix.reused), n: fmtInt(prompt.N), rest: fmtInt(prompt.T - base.prefix.reused), share: fmtPercent(base.prefix.macsShare) }}
          links={{ p: uq.reused, rest: uq.rest, share: uq.cost('prefix') }}
        />
      </p>
    </div>
  );
}
