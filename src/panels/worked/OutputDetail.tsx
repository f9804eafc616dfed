import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtFull, fmtVec } from '../../lesson/format';
import type { WorkedNumbers } from '../../lesson/worked/derive';
import { CACHED_TOKENS } from '../../lesson/worked/model';
import { Note } from '../common/Note';
import { TokenChip } from '../common/TokenChip';
import { ScrollX } from '../common/ScrollX';
import { richText } from '../common/richText';

/** A vector as one table cell per dimension, with optional data-value="<name>.<j>" for tests. */
export function VecTds({ v, name }: { v: readonly number[]; name?: string }) {
  return (
    <>
      {v.map((x, j) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a cell's identity is its dimension
        <td key={j} className="num" title={fmtFull(x)} data-value={name ? `${name}.${j}` : undefined}>
          {fmt(x)}
        </td>
      ))}
    </>
  );
}

/** Weighted-sum step: weight × value per token, then the output row; the erratum on the article's output. */
export function OutputDetail({ n }: { n: WorkedNumbers }) {
  const { t } = useI18n();
  return (
    <>
      <ScrollX>
        <table className="numbers worked-output">
          <caption>{richText(t('worked.output.caption'))}</caption>
          <thead>
            <tr>
              <th scope="col">{richText(t('table.token'))}</th>
              <th scope="col">{richText(t('worked.output.weight'))}</th>
              <th scope="colgroup" colSpan={n.d}>{richText(t('worked.output.contrib'))}</th>
            </tr>
          </thead>
          <tbody>
            {CACHED_TOKENS.map((tok, i) => (
              <tr key={tok}>
                <th scope="row"><TokenChip token={tok} index={i} /></th>
                <td className="num" title={fmtFull(n.article.weights[i])}>{fmt(n.article.weights[i])}</td>
                <VecTds v={n.contrib[i]} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="emph">
              <th scope="row" colSpan={2}>{richText(t('worked.output.sum'))}</th>
              <VecTds v={n.article.output} name="output" />
            </tr>
          </tfoot>
        </table>
      </ScrollX>
      <Note title={t('worked.erratum.title')}>
        <p>{richText(t('worked.erratum.output', { exact: fmtVec(n.articleExact.output) }))}</p>
      </Note>
    </>
  );
}
