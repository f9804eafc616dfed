import { useI18n } from '../../i18n/I18nContext';
import type { WorkedNumbers } from '../../lesson/worked/derive';
import { CACHED_TOKENS } from '../../lesson/worked/model';

/** Summary step: what was computed for "on" and what was read from the cache. */
export function SummaryDetail({ n }: { n: WorkedNumbers }) {
  const { t } = useI18n();
  const m = n.summary.cachedTokens;
  return (
    <>
      <table className="numbers summary">
        <caption>{t('worked.summary.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('worked.summary.what')}</th>
            <th scope="col">{t('worked.summary.how')}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="emph">
            <td>{t('worked.summary.qkv', { d: n.d })}</td>
            <td><strong>{t('worked.summary.computed')}</strong></td>
          </tr>
          <tr className="emph">
            <td>{t('worked.summary.scores', { n: n.summary.attended })}</td>
            <td><strong>{t('worked.summary.computed')}</strong></td>
          </tr>
          <tr>
            <td>{t('worked.summary.cachedKV', { tokens: CACHED_TOKENS.join(', '), m })}</td>
            <td>{t('worked.summary.read')}</td>
          </tr>
        </tbody>
      </table>
      <p>{t('worked.summary.without', { m })}</p>
    </>
  );
}
