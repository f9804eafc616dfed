import { useI18n } from '../../i18n/I18nContext';
import { WEIGHT_AXIS } from '../../lesson/bars';
import { fmt, fmtFull, fmtPercent, fmtSig, fmtVec } from '../../lesson/format';
import type { WorkedNumbers } from '../../lesson/worked/derive';
import { wq } from '../../lesson/worked/links';
import { CACHED_TOKENS } from '../../lesson/worked/model';
import { SAT, SAT_BOUNDS_PERCENT, satBucket, satGap } from '../../lesson/worked/predict';
import { LinkedText } from '../common/LinkedText';
import { Note } from '../common/Note';
import { AfterGuess, Predict } from '../common/Predict';
import { TokenChip } from '../common/TokenChip';
import { TokenBars } from './WorkedDetail';
import { richText } from '../common/richText';

/**
 * Softmax step: the scaled scores that go in are on the stage (its ÷√d_k column, beside the hidden
 * weights); predict the weight of "sat" (the article's 0.10); then exponentials, weights and the erratum.
 */
export function WeightsDetail({ n }: { n: WorkedNumbers }) {
  const { t } = useI18n();
  const w = n.article.weights;
  const [a, b, c] = SAT_BOUNDS_PERCENT;
  const options = [
    { id: 'b0', label: t('worked.predict.b0', { a }) },
    { id: 'b1', label: t('worked.predict.b1', { a, b }) },
    { id: 'b2', label: t('worked.predict.b2', { a: b, b: c }) },
    { id: 'b3', label: t('worked.predict.b3', { a: c }) },
  ];
  const { gap, ratio, top } = satGap(n.article.scaled);
  // The scores that go in, in the question itself: "The 1.732, cat 1.732, sat 1.155".
  const scores = CACHED_TOKENS.map((tok, i) => `${tok} ${fmt(n.article.scaled[i])}`).join(t('list.sep'));
  return (
    <div className="worked-weights">
      <Predict
        question={t('worked.predict.question', { token: CACHED_TOKENS[SAT], scores })}
        options={options}
        correct={[`b${satBucket(w[SAT])}`]}
        explanation={
          <LinkedText
            k={top ? 'worked.predict.explainTop' : 'worked.predict.explain'}
            params={{ token: CACHED_TOKENS[SAT], weight: fmt(w[SAT]), share: fmtPercent(w[SAT]), gap: fmt(gap), ratio: fmtSig(ratio) }}
            links={{ weight: wq.weight(SAT) }}
          />
        }
        answers={[fmt(w[SAT])]}
      >
        {/* On a projector the stage's softmax column and the formula carry the weights: the table and bars are folded. */}
        <table className="numbers projector-fold">
          <caption>{richText(t('worked.weights.outCaption'))}</caption>
          <thead>
            <tr>
              <th scope="col">{richText(t('table.token'))}</th>
              <th scope="col">{richText(t('worked.weights.exp'))}</th>
              <th scope="col">{richText(t('worked.weights.header'))}</th>
            </tr>
          </thead>
          <tbody>
            {CACHED_TOKENS.map((tok, i) => (
              <tr key={tok}>
                <th scope="row"><TokenChip token={tok} index={i} /></th>
                <td className="num" title={fmtFull(n.parts.exps[i])}>{fmt(n.parts.exps[i])}</td>
                <td className="num" title={fmtFull(w[i])}>{fmt(w[i])}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="projector-fold">
          <TokenBars values={w} name="weights" caption={t('worked.weights.caption')} header={t('worked.weights.header')} axis={WEIGHT_AXIS} group="weights" q={wq.weight} />
        </div>
        <p className="hint">{richText(t('worked.weights.sum', { sum: fmt(n.weightSum) }))}</p>
      </Predict>
      <AfterGuess>
        <Note title={t('worked.erratum.title')}>
          <p>{richText(t('worked.erratum.weights', { exact: fmtVec(n.articleExact.weights) }))}</p>
        </Note>
      </AfterGuess>
    </div>
  );
}
