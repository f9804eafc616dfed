import { useI18n } from '../../i18n/I18nContext';
import { fmtVec } from '../../lesson/format';
import type { OriginNumbers } from '../../lesson/origin/derive';
import { TOKENS } from '../../lesson/origin/model';
import { TokenChip } from '../common/TokenChip';
import { ScrollX } from '../common/ScrollX';

/** Article 000's vectors next to the projections of the current X and W, with a computed verdict per row. */
export function ArticlePanel({ n, onLoad }: { n: OriginNumbers; onLoad: () => void }) {
  const { t } = useI18n();
  const all = n.article.every((a) => a.equal);
  return (
    <>
      <ScrollX>
        <table className="numbers">
          <caption>{t('origin.article.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('origin.article.vector')}</th>
              <th scope="col">{t('origin.article.given')}</th>
              <th scope="col">{t('origin.article.projected')}</th>
              <th scope="col">{t('origin.article.same')}</th>
            </tr>
          </thead>
          <tbody>
            {n.article.map((a, i) => (
              <tr key={`${a.kind}${a.token}`}>
                <th scope="row">
                  {a.kind} <TokenChip token={TOKENS[a.token]} index={a.token} />
                </th>
                <td className="num">{fmtVec(a.article)}</td>
                <td className="num" data-value={`article.${i}`}>{a.projected ? fmtVec(a.projected) : t('origin.article.noShape')}</td>
                <td className={a.equal ? 'verdict-ok' : 'error'}>{a.equal ? `✓ ${t('origin.article.yes')}` : `✗ ${t('origin.article.no')}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollX>
      <p className={all ? 'verdict-ok' : 'hint'} role="status" data-value="article.verdict">
        {all ? t('origin.article.allSame') : t('origin.article.notSame')}
      </p>
      {!all && (
        <p>
          <button type="button" onClick={onLoad}>
            {t('origin.article.load')}
          </button>
        </p>
      )}
    </>
  );
}
