import { useI18n } from '../../i18n/I18nContext';
import type { Comparison } from '../../lesson/no-q-cache/derive';
import { EARLY_TOKENS, NEW_TOKEN } from '../../lesson/no-q-cache/model';
import { fmt, fmtFull } from '../../lesson/format';
import { Heatmap } from '../common/Heatmap';
import { TokenChip } from '../common/TokenChip';
import { ScrollX } from '../common/ScrollX';

/** One row per earlier token: its weight on "on", the largest changes, and a worded verdict. */
export function RowChangeTable({ c, only }: { c: Comparison; only?: number }) {
  const { t } = useI18n();
  const rows = c.rows.map((r, i) => ({ r, i })).filter(({ i }) => only === undefined || i === only);
  return (
    <ScrollX>
      <table className="numbers noq-changes">
        <caption>{t('noq.changes.caption', { token: NEW_TOKEN })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('noq.changes.row')}</th>
            <th scope="col">{t('noq.changes.newWeight', { token: NEW_TOKEN })}</th>
            <th scope="col">{t('noq.changes.dw')}</th>
            <th scope="col">{t('noq.changes.do')}</th>
            <th scope="col">{t('noq.changes.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ r, i }) => (
            <tr key={EARLY_TOKENS[i]} className={r.same ? 'row-same' : 'row-changed'} data-row-status={r.same ? 'same' : 'changed'} data-row={i}>
              <th scope="row"><TokenChip token={EARLY_TOKENS[i]} index={i} /></th>
              <td className="num" title={fmtFull(r.newColWeight)}>{c.maskedAfter[i][3] ? `−∞ → ${fmt(r.newColWeight)}` : fmt(r.newColWeight)}</td>
              <td className="num" title={fmtFull(r.weightDiff)} data-value={`dw.${i}`}>{fmt(r.weightDiff)}</td>
              <td className="num" title={fmtFull(r.outputDiff)} data-value={`do.${i}`}>{fmt(r.outputDiff)}</td>
              <td className="verdict" title={t(r.same ? 'noq.changes.same' : 'noq.changes.stale')}>
                {r.same ? `=\u00a0${t('noq.changes.sameShort')}` : `≠\u00a0${t('noq.changes.staleShort')}`}
                <span className="sr-only"> {t('punct.paren', { text: t(r.same ? 'noq.changes.same' : 'noq.changes.stale') })}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollX>
  );
}

/** The 3×3 weights of "The cat sat" before "on" arrives. */
export function BeforeHeatmap({ c }: { c: Comparison }) {
  const { t } = useI18n();
  return (
    <Heatmap
      caption={t('noq.before.caption')}
      corner={t('noq.corner')}
      rowLabels={EARLY_TOKENS.map((tok, i) => <TokenChip key={tok} token={tok} index={i} />)}
      colLabels={EARLY_TOKENS.map((tok, i) => <TokenChip key={tok} token={tok} index={i} />)}
      values={c.before.weights}
      masked={c.maskedBefore}
      domain={[0, 1]}
      dataName="before"
    />
  );
}
