import type { Model } from '../../core/model';
import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtInt, fmtPercent } from '../../lesson/format';
import type { LayerAttention } from '../../lesson/reuse/attention';
import type { BaseRuns } from '../../lesson/reuse/derive';
import { uq } from '../../lesson/reuse/links';
import type { Prompt } from '../../lesson/reuse/prompt';
import { type LayerWorst, largestOf, worstPerLayer } from '../../lesson/reuse/worst';
import { DeviationPanel } from './DeviationPanel';
import { NextBars } from './NextBars';
import { PrefixPanel } from './PrefixPanel';
import { LinkedText } from '../common/LinkedText';
import { Predict } from '../common/Predict';

/** Deviation below this counts as "equal to the full prefill" (rounding of the re-rotation is ≈ 1e−15). */
const EXACT = 1e-9;

/** Prefix caching: which of the prompt's tokens can come from a store that holds every chunk's cache? */
export function PrefixPredict({ model, prompt, base }: { model: Model; prompt: Prompt; base: BaseRuns }) {
  const { t } = useI18n();
  const p = base.prefix.reused;
  const correct = p === 0 ? 'none' : p >= prompt.N ? 'all' : 'first';
  return (
    <Predict
      question={t('reuse.prefix.q')}
      options={(['first', 'all', 'none'] as const).map((id) => ({ id, label: t(`reuse.prefix.opt.${id}`) }))}
      correct={[correct]}
      explanation={
        <LinkedText k="reuse.prefix.explain" params={{ p: fmtInt(p), n: fmtInt(prompt.N), share: fmtPercent(base.prefix.macsShare) }} links={{ p: uq.reused, share: uq.cost('prefix') }} />
      }
      answers={[fmtPercent(base.prefix.macsShare)]}
      resetKey={String(p)}
    >
      <div className="projector-fold">
        <PrefixPanel model={model} prompt={prompt} base={base} />
      </div>
    </Predict>
  );
}

/** Naive reuse: after re-rotation, which layers of the later chunks' K and V equal the full prefill's? */
export function NaiveKvPredict({ prompt, base, top }: { prompt: Prompt; base: BaseRuns; top: number }) {
  const { t } = useI18n();
  const later = (l: number) => base.naive.dev[l].slice(prompt.chunks[0].length);
  const exact = base.naive.dev.map((_, l) => later(l).every((d) => d.k < EXACT && d.v < EXACT));
  const correct = exact.every(Boolean) ? 'all' : exact[0] ? 'first' : 'none';
  // The last layer's largest deviation over the later chunks, and the slide table's cell that holds it.
  const perLayer = worstPerLayer(base.naive.dev, prompt.chunks[0].length);
  const last = perLayer.length - 1;
  const worst = largestOf(perLayer[last]);
  return (
    <Predict
      question={t('reuse.naiveKv.q')}
      options={(['all', 'first', 'none'] as const).map((id) => ({ id, label: t(`reuse.naiveKv.opt.${id}`) }))}
      correct={[correct]}
      explanation={<LinkedText k="reuse.naiveKv.explain" params={{ worst: fmt(worst.value) }} links={{ worst: uq.worst(worst.kind, last) }} />}
      answers={[fmt(worst.value)]}
    >
      <div className="projector-fold">
        <DeviationPanel prompt={prompt} dev={base.naive.dev} top={top} name="naive" />
      </div>
      <WorstTable worst={perLayer} />
    </Predict>
  );
}

/** On a slide, in place of the per-token map: each layer's largest K and V deviation over the later chunks: rows K and V, columns = layers. */
function WorstTable({ worst }: { worst: readonly LayerWorst[] }) {
  const { t } = useI18n();
  return (
    <table className="reuse-worst" data-worst="naive">
      <caption>{t('reuse.worst.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reuse.worst.layer')}</th>
          {worst.map((_, l) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns are layers
            <th key={l} scope="col">
              {fmtInt(l)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {(['k', 'v'] as const).map((kind) => (
          <tr key={kind}>
            <th scope="row">{t(`reuse.worst.${kind}`)}</th>
            {worst.map((w, l) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are layers
              <td key={l} className="num" data-value={`worst.${kind}.${l}`} data-q={uq.worst(kind, l)} tabIndex={0}>
                {fmt(w[kind])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Naive reuse: does the question still get the full prefill's next word? */
export function NaiveAnswerPredict({ model, base, attention }: { model: Model; base: BaseRuns; attention: readonly LayerAttention[] }) {
  const { t } = useI18n();
  const word = model.vocab[base.full.top];
  const naiveWord = model.vocab[base.naive.next.top];
  const cross = attention.length > 0 ? Math.max(...attention.map((a) => a.cross)) : 0;
  const layer = attention.findIndex((a) => a.cross === cross);
  return (
    <Predict
      question={t('reuse.naiveAnswer.q', { word })}
      options={(['same', 'other'] as const).map((id) => ({ id, label: t(`reuse.naiveAnswer.opt.${id}`, { word }) }))}
      correct={[base.naive.next.sameTop1 ? 'same' : 'other']}
      explanation={
        <LinkedText
          k={base.naive.next.sameTop1 ? 'reuse.naiveAnswer.explainSame' : 'reuse.naiveAnswer.explainOther'}
          params={{ word, naive: naiveWord, kl: fmt(base.naive.next.kl) }}
          links={{ kl: uq.kl('naive') }}
        />
      }
      answers={[fmt(base.naive.next.kl)]}
      resetKey={word}
    >
      <NextBars
        model={model}
        runs={[
          { method: 'full', next: base.full },
          { method: 'naive', next: base.naive.next },
        ]}
      />
      {attention.length > 0 && (
        <p className="reuse-cross">
          <span data-q={uq.attn(layer, 'cross')} tabIndex={0}>
            {t('reuse.naiveAnswer.cross', { share: fmtPercent(cross), l: layer })}
          </span>
        </p>
      )}
    </Predict>
  );
}
