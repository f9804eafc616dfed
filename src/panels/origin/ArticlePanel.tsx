import { useI18n } from '../../i18n/I18nContext';
import { fmtVec } from '../../lesson/format';
import type { OriginNumbers } from '../../lesson/origin/derive';
import { TOKENS } from '../../lesson/origin/model';
import { richText } from '../common/richText';

/**
 * The verdict on article 000's vectors (k and v of The, cat, sat; q of on), each checked on the stage
 * (✓ / ✗ beside the projection); every vector that differs is listed with the article's value.
 */
export function ArticlePanel({ n, onLoad }: { n: OriginNumbers; onLoad: () => void }) {
  const { t } = useI18n();
  const all = n.article.every((a) => a.equal);
  const differ = n.article.filter((a) => !a.equal);
  return (
    <>
      <p className={all ? 'verdict-ok' : 'error'} role="status" data-value="article.verdict">
        {richText(all ? t('origin.article.allSame') : t('origin.article.notSame'))}
      </p>
      {differ.length > 0 && (
        <ul className="facts origin-differ">
          {differ.map((a) => (
            <li key={`${a.kind}${a.token}`}>
              {richText(t('origin.article.differs', {
                vector: a.kind,
                token: TOKENS[a.token],
                given: fmtVec(a.article, true),
                now: a.projected ? fmtVec(a.projected, true) : t('origin.article.noShape'),
              }))}
            </li>
          ))}
        </ul>
      )}
      {!all && (
        <p>
          <button type="button" onClick={onLoad}>
            {richText(t('origin.article.load'))}
          </button>
        </p>
      )}
    </>
  );
}
