import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtFull, fmtVec } from '../../lesson/format';
import type { OriginNumbers, Pick, Proj } from '../../lesson/origin/derive';
import { TOKENS } from '../../lesson/origin/model';
import { TokenChip } from '../common/TokenChip';
import { ScrollX } from '../common/ScrollX';

const PROJS: readonly Proj[] = ['Q', 'K', 'V'];

/** Q, K and V as tables whose every entry is a button: pressing one explains it (formula below). */
export function ProjectionPanel({ n, pick, onPick }: { n: OriginNumbers; pick: Pick; onPick: (p: Pick) => void }) {
  const { t } = useI18n();
  return (
    <>
      <p className="hint">{t('origin.pick.hint')}</p>
      <div className="origin-results">
        {PROJS.map((which) => (
          <ScrollX key={which}>
            <table className="numbers result-matrix">
              <caption>{t(`origin.result.${which}`)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('table.token')}</th>
                  {n[which][0].map((_, j) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are dimensions
                    <th key={j} scope="col">{j + 1}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {n[which].map((row, i) => (
                  <tr key={TOKENS[i]}>
                    <th scope="row"><TokenChip token={TOKENS[i]} index={i} /></th>
                    {row.map((x, j) => {
                      const on = pick.which === which && pick.row === i && pick.col === j;
                      return (
                        // biome-ignore lint/suspicious/noArrayIndexKey: columns are dimensions
                        <td key={j} className="num">
                          <button
                            type="button"
                            className="entry-button"
                            aria-pressed={on}
                            aria-label={t('origin.pick.entry', { m: which.toLowerCase(), token: TOKENS[i], dim: j + 1, value: fmt(x) })}
                            title={fmtFull(x)}
                            data-value={`${which}.${i}.${j}`}
                            onClick={() => onPick({ which, row: i, col: j })}
                          >
                            {fmt(x)}
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollX>
        ))}
      </div>
      <p className="pick-line" aria-live="polite">
        {t('origin.pick.line', {
          m: pick.which.toLowerCase(),
          token: TOKENS[pick.row],
          dim: pick.col + 1,
          x: fmtVec(n.pick.x),
          w: fmtVec(n.pick.w),
          W: `W_${pick.which}`,
          value: fmt(n.pick.value),
        })}
      </p>
    </>
  );
}
