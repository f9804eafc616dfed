import type { Model } from '../../core/model';
import { useI18n } from '../../i18n/I18nContext';
import { fmtInt } from '../../lesson/format';
import { cacheBytes, perTokenOptions, queryHeadsPerKv } from '../../lesson/real-model/derive';
import { mq } from '../../lesson/real-model/links';
import { Predict } from '../common/Predict';
import { ModelCard } from './ModelCard';
import { LinkedText } from '../common/LinkedText';

/** The meet step: the model's card, and the question how many numbers one token adds to the cache. */
export function MeetPanel({ model }: { model: Model }) {
  const { t } = useI18n();
  const c = model.config;
  const options = perTokenOptions(model);
  const right = options.find((o) => o.id === 'right')!;
  const params = { L: fmtInt(c.nLayers), KV: fmtInt(c.nKvHeads), hd: fmtInt(c.headDim), H: fmtInt(c.nHeads), share: fmtInt(queryHeadsPerKv(model)), n: fmtInt(right.n), bytes: fmtInt(cacheBytes(model, 1).perToken) };
  return (
    <div className="rm-meet">
      <ModelCard model={model} />
      <Predict
        question={t('realModel.meet.predict')}
        options={options.map((o) => ({ id: o.id, label: fmtInt(o.n) }))}
        correct={['right']}
        answers={[params.bytes]}
        explanation={<LinkedText k="realModel.meet.explain" params={params} links={{ L: mq.L, KV: mq.KV, hd: mq.hd, H: mq.H, n: mq.perToken }} />}
      >
        <p data-value="meet.answer">
          <LinkedText k="realModel.meet.answer" params={params} links={{ n: mq.perToken, bytes: mq.perTokenBytes }} />
        </p>
      </Predict>
    </div>
  );
}
