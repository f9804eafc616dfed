import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtInt, fmtShort } from '../../lesson/format';
import type { RangeRow } from '../../lesson/scaling/derive';
import { ARTICLE_DKS, SAMPLES } from '../../lesson/scaling/model';
import { Note } from '../common/Note';
import { ScrollX } from '../common/ScrollX';
import { richText } from '../common/richText';

/** The article's table computed live: worst-case bounds beside the measured typical spread (the extremes column and the note fold away on a projector). */
export function RangesTable({ rows }: { rows: RangeRow[] }) {
  const { t } = useI18n();
  const isArticle = (dk: number) => (ARTICLE_DKS as readonly number[]).includes(dk);
  return (
    <>
      <ScrollX>
        <table className="numbers ranges-table">
          <caption>{richText(t('scaling.ranges.caption', { n: fmtShort(SAMPLES) }))}</caption>
          <thead>
            <tr>
              <th scope="col">{richText(t('scaling.ranges.dk'))}</th>
              <th scope="col">{richText(t('scaling.ranges.bound'))}</th>
              <th scope="col">{richText(t('scaling.ranges.boundScaled'))}</th>
              <th scope="col">{richText(t('scaling.ranges.std'))}</th>
              <th scope="col" className="ranges-extent">{richText(t('scaling.ranges.extent'))}</th>
              <th scope="col">{richText(t('scaling.ranges.stdScaled'))}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.dk} className={isArticle(r.dk) ? undefined : 'emph'}>
                <th scope="row">
                  {fmtShort(r.dk)} {isArticle(r.dk) ? '' : t('scaling.ranges.current')}
                </th>
                <td className="num">±{fmtInt(r.bound)}</td>
                <td className="num">±{fmt(r.boundScaled)}</td>
                <td className="num" data-value={`ranges.std.${r.dk}`}><strong>{fmt(r.measured.std)}</strong></td>
                <td className="num ranges-extent">{fmt(r.measured.min)} … {fmt(r.measured.max)}</td>
                <td className="num" data-value={`ranges.stdScaled.${r.dk}`}>{fmt(r.measuredScaled.std)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollX>
      <Note title={t('scaling.ranges.noteTitle')}>
        <p>{richText(t('scaling.ranges.note', { n: fmtShort(SAMPLES) }))}</p>
      </Note>
    </>
  );
}
