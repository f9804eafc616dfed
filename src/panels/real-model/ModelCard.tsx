import type { Model } from '../../core/model';
import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtId, fmtInt } from '../../lesson/format';
import { pickerGroups, lexiconOf } from '../../lesson/real-model/sentence';
import { mq } from '../../lesson/real-model/links';
import { queryHeadsPerKv } from '../../lesson/real-model/derive';
import { WithCode } from '../common/WithCode';
import { richText } from '../common/richText';

/** The model's facts, every one read from the loaded weights file's header (config, vocabulary, training). */
export function ModelCard({ model }: { model: Model }) {
  const { t } = useI18n();
  const c = model.config;
  const groups = pickerGroups(lexiconOf(model));
  // The first four are what the step's question needs; a projector shows only them (the rest are rm-aside).
  // The first four are linked numbers too (lesson/real-model/links.ts): L, n_kv and d_head feed the cache per token; H does not.
  const rows: [string, string, string?][] = [
    [t('realModel.card.layers'), fmtInt(c.nLayers), mq.L],
    [t('realModel.card.heads'), fmtInt(c.nHeads), mq.H],
    [t('realModel.card.kvHeads', { share: fmtInt(queryHeadsPerKv(model)) }), fmtInt(c.nKvHeads), mq.KV],
    [t('realModel.card.headDim'), fmtInt(c.headDim), mq.hd],
    [t('realModel.card.dim'), fmtInt(c.dim)],
    [t('realModel.card.hidden'), fmtInt(c.hiddenDim)],
    [t('realModel.card.vocab', { en: fmtInt(groups.en.length), zh: fmtInt(groups.zh.length) }), fmtInt(c.vocabSize)],
    [t('realModel.card.context'), fmtInt(c.maxSeqLen)],
    [t('realModel.card.params'), fmtInt(model.parameters)],
  ];
  const tr = model.training;
  return (
    <div className="detail rm-card" data-value="card">
      <h3 className="rm-card-title">{richText(t('realModel.card.caption'))}</h3>
      <dl className="rm-facts">
        {rows.map(([k, v, q], i) => (
          <div key={k} className={i < 4 ? 'rm-fact' : 'rm-fact rm-aside'}>
            <dt>{richText(k)}</dt>
            <dd data-q={q} tabIndex={q ? 0 : undefined}>
              {v}
            </dd>
          </div>
        ))}
      </dl>
      <p className="hint">{richText(t('realModel.card.rope', { base: fmtInt(c.ropeBase) }))}</p>
      <p className="hint">
        {richText(t('realModel.card.training', { steps: fmtInt(tr.steps), docs: fmtInt(tr.corpusDocs), seed: fmtId(tr.seed), loss: fmt(tr.finalLoss) }))}
        <WithCode text={t('realModel.card.source', { file: '\u0000' })} code="src/lesson/real-model/weights.json" />
      </p>
    </div>
  );
}
