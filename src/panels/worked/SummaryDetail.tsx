import { useI18n } from '../../i18n/I18nContext';
import type { WorkedNumbers } from '../../lesson/worked/derive';
import { CACHED_TOKENS } from '../../lesson/worked/model';

/** Summary step: what was computed for "on" and what was read from the cache, one row per source. */
export function SummaryDetail({ n }: { n: WorkedNumbers }) {
  const { t } = useI18n();
  const m = n.summary.cachedTokens;
  return (
    <>
      <table className="numbers summary">
        <caption>{t('worked.summary.caption')}</caption>
        <tbody>
          <tr className="emph">
            <th scope="row">{t('worked.summary.computed')}</th>
            <td>
              {t('worked.summary.qkv', { d: n.d })}
              <br />
              {t('worked.summary.scores', { n: n.summary.attended })}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('worked.summary.read')}</th>
            <td>{t('worked.summary.cachedKV', { tokens: CACHED_TOKENS.join(', '), m })}</td>
          </tr>
        </tbody>
      </table>
      <p>{t('worked.summary.without', { m })}</p>
    </>
  );
}
