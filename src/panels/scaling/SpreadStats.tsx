import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtFull } from '../../lesson/format';
import type { Spread, SpreadNumbers } from '../../lesson/scaling/derive';
import { ScrollX } from '../common/ScrollX';
import { richText } from '../common/richText';

/** Measured σ next to the expected σ (√d_k unscaled, 1 scaled), with mean and extremes (those fold away on a projector). */
export function SpreadStats({ n }: { n: SpreadNumbers }) {
  const { t } = useI18n();
  const rows: { key: string; label: string; s: Spread; expected: number }[] = [
    { key: 'unscaled', label: t('scaling.stat.unscaled'), s: n.unscaled, expected: n.sqrtDk },
    { key: 'scaled', label: t('scaling.stat.scaled'), s: n.scaled, expected: 1 },
  ];
  return (
    <ScrollX>
      <table className="numbers">
        <thead>
          <tr>
            <th scope="col">{richText(t('scaling.stat.set'))}</th>
            <th scope="col">{richText(t('scaling.stat.std'))}</th>
            <th scope="col">{richText(t('scaling.stat.expected'))}</th>
            <th scope="col" className="stat-extra">{richText(t('scaling.stat.mean'))}</th>
            <th scope="col" className="stat-extra">{richText(t('scaling.stat.min'))}</th>
            <th scope="col" className="stat-extra">{richText(t('scaling.stat.max'))}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{richText(r.label)}</th>
              <td className="num" data-value={`std.${r.key}`} title={fmtFull(r.s.std)}><strong>{fmt(r.s.std)}</strong></td>
              <td className="num" data-value={`expected.${r.key}`}>{fmt(r.expected)}</td>
              <td className="num stat-extra">{fmt(r.s.mean)}</td>
              <td className="num stat-extra">{fmt(r.s.min)}</td>
              <td className="num stat-extra">{fmt(r.s.max)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollX>
  );
}
