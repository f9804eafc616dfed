import { useI18n } from '../../i18n/I18nContext';
import type { WorkedNumbers } from '../../lesson/worked/derive';
import { CACHED_TOKENS } from '../../lesson/worked/model';
import { richText } from '../common/richText';

/** Summary step: what was computed for "on" and what was read from the cache, one row per source. */
export function SummaryDetail({ n }: { n: WorkedNumbers }) {
  const { t } = useI18n();
  const m = n.summary.cachedTokens;
  return (
    <>
      <table className="numbers summary">
        <caption>{richText(t('worked.summary.caption'))}</caption>
        <tbody>
          <tr className="emph">
            <th scope="row">{richText(t('worked.summary.computed'))}</th>
            <td>
              {richText(t('worked.summary.qkv', { d: n.d }))}
              <br />
              {richText(t('worked.summary.scores', { n: n.summary.attended }))}
            </td>
          </tr>
          <tr>
            <th scope="row">{richText(t('worked.summary.read'))}</th>
            <td>{richText(t('worked.summary.cachedKV', { tokens: CACHED_TOKENS.join(', '), m }))}</td>
          </tr>
        </tbody>
      </table>
      <p>{richText(t('worked.summary.without', { m }))}</p>
    </>
  );
}
