import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtFull } from '../../lesson/format';
import type { HeadsNumbers } from '../../lesson/heads/derive';
import { TOKENS } from '../../lesson/heads/model';
import { TokenChip } from '../common/TokenChip';
import { ScrollX } from '../common/ScrollX';

/** Concat of the head outputs (which head each column came from) and the layer output after W_O. */
export function ConcatDetail({ n }: { n: HeadsNumbers }) {
  const { t } = useI18n();
  const headOfCol = n.concatHead;
  return (
    <ScrollX>
      <table className="numbers concat">
        <caption>{t('heads.concat.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" />
            {headOfCol.map((h, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
              <th key={`c${j}`} scope="col">{t('heads.concat.concat', { i: h + 1 })}</th>
            ))}
            {n.trace.output[0].map((_, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
              <th key={`o${j}`} scope="col" className="emph">{t('heads.concat.out', { j: j + 1 })}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {TOKENS.map((tok, i) => (
            <tr key={tok}>
              <th scope="row"><TokenChip token={tok} index={i} /></th>
              {n.trace.concat[i].map((x, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
                <td key={`c${j}`} className={`num head-${headOfCol[j] % 4}`} title={fmtFull(x)} data-value={`concat.${i}.${j}`}>{fmt(x)}</td>
              ))}
              {n.trace.output[i].map((x, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
                <td key={`o${j}`} className="num emph" title={fmtFull(x)} data-value={`out.${i}.${j}`}>{fmt(x)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollX>
  );
}
