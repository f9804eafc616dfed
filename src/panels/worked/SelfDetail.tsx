import { Fragment } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtFull } from '../../lesson/format';
import type { WorkedNumbers } from '../../lesson/worked/derive';
import { CACHED_TOKENS, NEW_TOKEN } from '../../lesson/worked/model';
import { TokenChip } from '../common/TokenChip';
import { richText } from '../common/richText';

/** A vector as numbers in one cell, each with data-value="<name>.<j>" when named. */
function VecCell({ v, name }: { v: readonly number[]; name?: string }) {
  return (
    <td className="num vec-cell">
      {v.map((x, j) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a number's identity is its dimension
        <Fragment key={j}>
          {j > 0 && ' '}
          <span title={fmtFull(x)} data-value={name ? `${name}.${j}` : undefined}>
            {fmt(x)}
          </span>
        </Fragment>
      ))}
    </td>
  );
}

/** Real-decoder step, in one table: each token's weight over 3 vs 4 tokens, and the output o of both versions (o as on the stage). */
export function SelfDetail({ n }: { n: WorkedNumbers }) {
  const { t } = useI18n();
  const tokens = [...CACHED_TOKENS, NEW_TOKEN];
  const real = n.real.trace.weights[0];
  return (
    <table className="numbers self-compare">
      <caption>{richText(t('worked.self.caption'))}</caption>
      <thead>
        <tr>
          <th scope="col">{richText(t('table.token'))}</th>
          <th scope="col">{richText(t('worked.self.before'))}</th>
          <th scope="col">{richText(t('worked.self.after'))}</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((tok, i) => (
          <tr key={tok} className={tok === NEW_TOKEN ? 'new-row emph' : undefined}>
            <th scope="row">
              <TokenChip token={tok} index={i} />
            </th>
            <td className="num" title={i < 3 ? fmtFull(n.article.weights[i]) : undefined}>
              {i < 3 ? fmt(n.article.weights[i]) : t('worked.self.absent')}
            </td>
            <td className="num" title={fmtFull(real[i])} data-value={`realWeights.${i}`}>
              {fmt(real[i])}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="emph">
          <th scope="row">
            <span aria-hidden="true">o</span>
            <span className="sr-only">{richText(t('worked.self.outputs'))}</span>
          </th>
          <VecCell v={n.article.output} />
          <VecCell v={n.real.trace.output[0]} name="realOutput" />
        </tr>
      </tfoot>
    </table>
  );
}
