import type { Model } from '../../core/model';
import { useI18n } from '../../i18n/I18nContext';
import { WEIGHT_AXIS } from '../../lesson/bars';
import type { ReuseMethod } from '../../lesson/reuse/chapter';
import { comparedIds, type NextView } from '../../lesson/reuse/derive';
import { uq } from '../../lesson/reuse/links';
import { fmt, fmtFull } from '../../lesson/format';
import { wordLang } from '../../lesson/real-model/sentence';
import { Bars } from '../common/Bars';

/**
 * Next-token probabilities of the full prefill and the compared methods, one chart each, the same words in the
 * same order on the fixed 0–1 axis (probabilities), with the KL divergence from the full prefill under each.
 */
export function NextBars({ model, runs }: { model: Model; runs: readonly { method: ReuseMethod; next: NextView }[] }) {
  const { t } = useI18n();
  const full = runs[0].next;
  const ids = comparedIds(full, runs.slice(1).map((r) => r.next));
  return (
    <div className="reuse-next-bars">
      {runs.map(({ method, next }) => (
        <div key={method} data-next={method}>
          <Bars
            group="next"
            axis={WEIGHT_AXIS}
            caption={t(`reuse.method.${method}`)}
            labelHeader={t('reuse.next.word')}
            valueHeader={t('reuse.next.p')}
            items={ids.map((id) => ({
              key: String(id),
              label: <span lang={wordLang(model.vocab[id])}>{model.vocab[id]}</span>,
              value: next.probs[id],
              text: fmt(next.probs[id]),
              title: fmtFull(next.probs[id]),
              dataValue: `${method}.${model.vocab[id]}`,
              emphasis: id === next.top,
              q: uq.p(method, id),
            }))}
          />
          {method !== 'full' && (
            <p className="reuse-kl" data-kl={method}>
              <span data-q={uq.kl(method)} tabIndex={0}>
                {t('reuse.next.kl', { kl: fmt(next.kl) })}
              </span>{' '}
              {t(next.sameTop1 ? 'reuse.next.same' : 'reuse.next.differs')}
            </p>
          )}
        </div>
      ))}
    </div>
  );
}
