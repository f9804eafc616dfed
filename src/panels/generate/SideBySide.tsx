import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtShort, fmtVec } from '../../lesson/format';
import type { GenerateNumbers } from '../../lesson/generate/derive';
import { TOKENS } from '../../lesson/generate/model';
import { TokenChip } from '../common/TokenChip';
import { ScrollX } from '../common/ScrollX';
import { richText } from '../common/richText';

/** The same three decode steps with and without a cache: outputs side by side and their largest difference. */
export function SideBySide({ n }: { n: GenerateNumbers }) {
  const { t } = useI18n();
  return (
    <div className="detail gen-detail">
      <ScrollX>
        <table className="numbers gen-compare">
          <caption>{richText(t('generate.nocache.caption'))}</caption>
          <thead>
            <tr>
              <th scope="col">{richText(t('table.token'))}</th>
              <th scope="col">{richText(t('generate.nocache.withCache'))}</th>
              <th scope="col">{richText(t('generate.nocache.withoutCache'))}</th>
              <th scope="col">{richText(t('generate.nocache.diff'))}</th>
            </tr>
          </thead>
          <tbody>
            {n.counts.map((c, i) => (
              <tr key={c.T}>
                <th scope="row"><TokenChip token={TOKENS[c.T - 1]} index={c.T - 1} /></th>
                <td>
                  <span className="num" data-value={`cached.${i}`}>{fmtVec(n.outCached[i])}</span>
                  <br />
                  <small>{richText(t('generate.nocache.cachedWork', { T: c.T, read: c.read }))}</small>
                </td>
                <td>
                  <span className="num" data-value={`uncached.${i}`}>{fmtVec(n.outUncached[i])}</span>
                  <br />
                  <small>{richText(t('generate.nocache.uncachedWork', { T: c.T }))}</small>
                </td>
                <td className="num" data-value={`diff.${i}`}>{fmt(n.diffs[i])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollX>
      <p className="gen-maxdiff">
        {richText(t('generate.nocache.max'))} <strong className="num" data-value="maxDiff" data-raw={String(n.maxDiff)}>{fmt(n.maxDiff)}</strong>
        {' '}{t('punct.paren', { text: t('generate.nocache.exact', { raw: fmtShort(n.maxDiff, 20) }) })}
      </p>
    </div>
  );
}
