import { useI18n } from '../../i18n/I18nContext';
import { WEIGHT_AXIS } from '../../lesson/bars';
import { fmt, fmtFull, fmtShort } from '../../lesson/format';
import { type RowNumbers, WEIGHT_BUCKETS, weightBucket } from '../../lesson/scaling/derive';
import { rawWeightId } from '../../lesson/scaling/links';
import { ROW_KEYS } from '../../lesson/scaling/model';
import { wq } from '../../lesson/worked/links';
import { Bars } from '../common/Bars';
import { Formula } from '../common/Formula';
import { LinkedText } from '../common/LinkedText';
import { Predict } from '../common/Predict';
import { richText } from '../common/richText';

/** Weights of one row as bars on the fixed 0 … 1 axis (raw and scaled rows compare truthfully); data-value="<name>.<i>". */
function WeightBars({ w, name, caption }: { w: number[]; name: string; caption: string }) {
  const { t } = useI18n();
  return (
    <Bars
      axis={WEIGHT_AXIS}
      group="weights"
      caption={caption}
      labelHeader={t('scaling.row.keyHeader')}
      valueHeader={t('scaling.row.weight')}
      items={w.map((x, i) => ({
        key: String(i),
        label: t('scaling.row.key', { i: i + 1 }),
        value: x,
        text: fmt(x),
        title: fmtFull(x),
        dataValue: `${name}.${i}`,
      }))}
    />
  );
}

/** Predict the largest unscaled weight, then both rows of weights with their maxima and entropies. */
export function RowDetail({ n, dk, sqrt, tex }: { n: RowNumbers; dk: number; sqrt: number; tex: string }) {
  const { t } = useI18n();
  const [a, b, c] = WEIGHT_BUCKETS.map((x) => fmt(x));
  const options = [
    { id: 'b0', label: t('scaling.predict.b0', { a }) },
    { id: 'b1', label: t('scaling.predict.b1', { a, b }) },
    { id: 'b2', label: t('scaling.predict.b2', { a: b, b: c }) },
    { id: 'b3', label: t('scaling.predict.b3', { a: c }) },
  ];
  const p = { maxRaw: fmt(n.maxRaw), maxScaled: fmt(n.maxScaled), hRaw: fmt(n.entropyRaw), hScaled: fmt(n.entropyScaled), hMax: fmt(n.entropyMax) };
  return (
    <Predict
      question={t('scaling.predict.question', { dk: fmtShort(dk), keys: fmtShort(ROW_KEYS) })}
      options={options}
      correct={[`b${weightBucket(n.maxRaw)}`]}
      answers={[fmt(n.maxRaw)]}
      explanation={
        <LinkedText k="scaling.predict.explain" params={{ ...p, sqrt: fmt(sqrt) }} links={{ maxRaw: rawWeightId(n.maxRawAt), maxScaled: wq.weight(n.maxScaledAt) }} />
      }
    >
      {/* On a projector the stage's table carries both rows of weights and the explanation their maxima: the rest is folded. */}
      <div className="projector-fold">
        <p data-value="row.summary">{richText(t('scaling.row.summary', p))}</p>
        <Formula tex={tex} />
        <div className="row-pair">
          <WeightBars w={n.weightsRaw} name="raw" caption={t('scaling.row.raw')} />
          <WeightBars w={n.weightsScaled} name="scaled" caption={t('scaling.row.scaled')} />
        </div>
      </div>
    </Predict>
  );
}
