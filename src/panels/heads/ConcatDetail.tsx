import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtFull } from '../../lesson/format';
import type { HeadsNumbers } from '../../lesson/heads/derive';
import { TOKENS } from '../../lesson/heads/model';
import { ScrollX } from '../common/ScrollX';
import { TokenChip } from '../common/TokenChip';
import { useViewPrefs } from '../ViewContext';
import { richText } from '../common/richText';

const LAST = TOKENS.length - 1;

/** How W_O mixes: the last token's output as the sum of each head's share (head_i · its rows of W_O). */
function PartsTable({ n }: { n: HeadsNumbers }) {
  const { t } = useI18n();
  // On a projector the columns are numbered (the caption names them) so the table fits beside W_O.
  const { projector } = useViewPrefs();
  const dims = n.trace.output[LAST].map((_, j) => j);
  return (
    <ScrollX>
      <table className="numbers head-parts">
        <caption>
          {richText(t('heads.parts.caption'))} <TokenChip token={TOKENS[LAST]} index={LAST} />
        </caption>
        <thead>
          <tr>
            <td />
            {dims.map((j) => (
              <th key={j} scope="col">{projector ? j + 1 : t('heads.concat.out', { j: j + 1 })}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {n.parts.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a head's identity is its index
            <tr key={i}>
              <th scope="row" className={`hc-${i % 4}`}>{richText(t('heads.parts.head', { i: i + 1 }))}</th>
              {p[LAST].map((x, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
                <td key={j} className={`num hc-${i % 4}`} title={fmtFull(x)} data-value={`part.${i}.${j}`}>{fmt(x)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{richText(t('heads.parts.sum'))}</th>
            {n.trace.output[LAST].map((x, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
              <td key={j} className="num" title={fmtFull(x)} data-value={`out.${LAST}.${j}`}>{fmt(x)}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </ScrollX>
  );
}

/** Concat of the head outputs (columns coloured by the head they came from), then how W_O mixes them. */
export function ConcatDetail({ n }: { n: HeadsNumbers }) {
  const { t } = useI18n();
  const headOfCol = n.concatHead;
  return (
    <>
      <ScrollX>
        <table className="numbers concat">
          <caption>{richText(t('heads.concat.caption'))}</caption>
          <thead>
            <tr>
              <td />
              {headOfCol.map((h, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
                <th key={j} scope="col" className={`hc-${h % 4}`}>{richText(t('heads.concat.concat', { i: h + 1, j: j + 1 }))}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {TOKENS.map((tok, i) => (
              <tr key={tok}>
                <th scope="row"><TokenChip token={tok} index={i} /></th>
                {n.trace.concat[i].map((x, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
                  <td key={j} className={`num hc-${headOfCol[j] % 4}`} title={fmtFull(x)} data-value={`concat.${i}.${j}`}>{fmt(x)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollX>
      <PartsTable n={n} />
    </>
  );
}
