import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtFull } from '../../lesson/format';
import type { WorkedNumbers } from '../../lesson/worked/derive';
import { CACHED_TOKENS, NEW_TOKEN } from '../../lesson/worked/model';
import { TokenChip } from '../common/TokenChip';
import { VecTds } from './OutputDetail';
import { ScrollX } from '../common/ScrollX';

/** Real-decoder step: weights over 3 vs 4 tokens, and both outputs with their difference. */
export function SelfDetail({ n }: { n: WorkedNumbers }) {
  const { t } = useI18n();
  const tokens = [...CACHED_TOKENS, NEW_TOKEN];
  const real = n.real.trace.weights[0];
  return (
    <>
      <table className="numbers">
        <caption>{t('worked.self.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.token')}</th>
            <th scope="col">{t('worked.self.before')}</th>
            <th scope="col">{t('worked.self.after')}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((tok, i) => (
            <tr key={tok} className={tok === NEW_TOKEN ? 'new-row emph' : undefined}>
              <th scope="row"><TokenChip token={tok} index={i} /></th>
              <td className="num" title={i < 3 ? fmtFull(n.article.weights[i]) : undefined}>
                {i < 3 ? fmt(n.article.weights[i]) : t('worked.self.absent')}
              </td>
              <td className="num" title={fmtFull(real[i])} data-value={`realWeights.${i}`}>
                {fmt(real[i])}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ScrollX>
        <table className="numbers">
          <caption>{t('worked.self.outputs')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('worked.self.version')}</th>
              <th scope="colgroup" colSpan={n.d}>o</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('worked.self.articleRow')}</th>
              <VecTds v={n.article.output} />
            </tr>
            <tr className="emph">
              <th scope="row">{t('worked.self.realRow')}</th>
              <VecTds v={n.real.trace.output[0]} name="realOutput" />
            </tr>
            <tr>
              <th scope="row">{t('worked.self.shiftRow')}</th>
              <VecTds v={n.outputShift} />
            </tr>
          </tbody>
        </table>
      </ScrollX>
    </>
  );
}
