import { useI18n } from '../../i18n/I18nContext';
import { topIndices } from '../../lesson/bars';
import { fmt, fmtFull, fmtVec } from '../../lesson/format';
import type { WorkedNumbers } from '../../lesson/worked/derive';
import { CACHED_TOKENS } from '../../lesson/worked/model';
import { Predict } from '../common/Predict';
import { Note } from '../common/Note';
import { TokenChip } from '../common/TokenChip';
import { TokenBars } from './WorkedDetail';

/** Softmax step: predict the winner, then the exponentials, their sum and the weights; the erratum. */
export function WeightsDetail({ n }: { n: WorkedNumbers }) {
  const { t } = useI18n();
  const w = n.article.weights;
  const top = topIndices(w);
  const names = top.map((i) => CACHED_TOKENS[i]);
  const tokens = names.length === 2 ? t('worked.predict.tie', { a: names[0], b: names[1] }) : names.join(', ');
  return (
    <>
      <Predict
        question={t('worked.predict.question')}
        options={CACHED_TOKENS.map((tok, i) => ({ id: tok, label: <TokenChip token={tok} index={i} /> }))}
        correct={names}
        explanation={t('worked.predict.explain', { tokens, score: fmt(n.article.scaled[top[0]]), weight: fmt(w[top[0]]) })}
      >
        <table className="numbers">
          <thead>
            <tr>
              <th scope="col">{t('table.token')}</th>
              <th scope="col">{t('worked.scale.header')}</th>
              <th scope="col">{t('worked.weights.exp')}</th>
              <th scope="col">{t('worked.weights.header')}</th>
            </tr>
          </thead>
          <tbody>
            {CACHED_TOKENS.map((tok, i) => (
              <tr key={tok}>
                <th scope="row"><TokenChip token={tok} index={i} /></th>
                <td className="num" title={fmtFull(n.article.scaled[i])}>{fmt(n.article.scaled[i])}</td>
                <td className="num" title={fmtFull(n.parts.exps[i])}>{fmt(n.parts.exps[i])}</td>
                <td className="num" title={fmtFull(w[i])}>{fmt(w[i])}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <TokenBars values={w} name="weights" caption={t('worked.weights.caption')} header={t('worked.weights.header')} />
        <p className="hint">{t('worked.weights.sum', { sum: fmt(n.weightSum) })}</p>
      </Predict>
      <Note title={t('worked.erratum.title')}>
        <p>{t('worked.erratum.weights', { exact: fmtVec(n.articleExact.weights) })}</p>
      </Note>
    </>
  );
}
