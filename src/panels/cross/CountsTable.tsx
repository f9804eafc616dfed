import { useI18n } from '../../i18n/I18nContext';
import type { CrossNumbers } from '../../lesson/cross/derive';
import { DEC_TOKENS } from '../../lesson/cross/model';
import { TokenChip } from '../common/TokenChip';
import { ScrollX } from '../common/ScrollX';
import { richText } from '../common/richText';

/** Rows of each cache after every decoding step, as measured on the core's cache objects. */
export function CountsTable({ n, current }: { n: CrossNumbers; current: number }) {
  const { t } = useI18n();
  return (
    <ScrollX>
      <table className="numbers cross-counts">
        <caption>{richText(t('cross.counts.caption'))}</caption>
        <thead>
          <tr>
            <th scope="col">{richText(t('cross.counts.step'))}</th>
            <th scope="col">{richText(t('cross.counts.cross'))}</th>
            <th scope="col">{richText(t('cross.counts.crossAdded'))}</th>
            <th scope="col">{richText(t('cross.counts.self'))}</th>
            <th scope="col">{richText(t('cross.counts.selfAdded'))}</th>
          </tr>
        </thead>
        <tbody>
          {n.steps.map((s, i) => (
            <tr key={DEC_TOKENS[i]} className={i === current - 1 ? 'emph' : undefined}>
              <th scope="row">
                {richText(t('cross.counts.stepN', { t: i + 1 }))} <TokenChip token={DEC_TOKENS[i]} index={i} />
              </th>
              <td className="num" data-value={`crossRows.${i}`}>{s.crossRows}</td>
              <td className="num">{s.crossAdded}</td>
              <td className="num" data-value={`selfRows.${i}`}>{s.selfRows}</td>
              <td className="num">{s.selfAdded}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollX>
  );
}
