import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtInt, fmtPercent } from '../../lesson/format';

import { PAPER_PREFIX, PAPER_SHARING } from '../../lesson/serve/paper';
import { prefixFigures, type PrefixRuns } from '../../lesson/serve/sims';
import { ScrollX } from '../common/ScrollX';

/** The same requests with the shared prompt recomputed per request and cached once: hit rate, prefill, memory saved, time. */
export function PrefixTable({ runs }: { runs: PrefixRuns }) {
  const { t } = useI18n();
  const n = runs.reqs.length;
  const off = prefixFigures(runs.off, n);
  const on = prefixFigures(runs.on, n);
  const rows = [
    { key: 'hitRate', off: fmtPercent(off.hitRate), on: fmtPercent(on.hitRate) },
    { key: 'prefill', off: fmtInt(off.prefillTokens), on: fmtInt(on.prefillTokens) },
    { key: 'saving', off: fmtPercent(off.saving), on: fmtPercent(on.saving) },
    { key: 'copies', off: String(off.copies), on: String(on.copies) },
    { key: 'meanRunning', off: fmt(off.meanRunning, 2), on: fmt(on.meanRunning, 2) },
    { key: 'makespan', off: String(off.makespan ?? '—'), on: String(on.makespan ?? '—') },
  ] as const;
  return (
    <div>
      <ScrollX>
        <table className="numbers serve-prefix">
          <caption>{t('serve.prefix.caption', { prefix: runs.prefix, n })}</caption>
          <thead>
            <tr>
              <td />
              <th scope="col" className="num">{t('serve.prefix.off')}</th>
              <th scope="col" className="num">{t('serve.prefix.on')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{t(`serve.prefix.row.${r.key}`, { n })}</th>
                <td className="num" data-value={`prefix.off.${r.key}`}>{r.off}</td>
                <td className="num" data-value={`prefix.on.${r.key}`}>{r.on}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollX>
      <p className="hint">
        {t('serve.prefix.paper', { one: PAPER_PREFIX.oneShot.tokens, oneX: fmt(PAPER_PREFIX.oneShot.speedup, 2), five: PAPER_PREFIX.fiveShot.tokens, fiveX: fmt(PAPER_PREFIX.fiveShot.speedup, 2), p1: fmt(PAPER_SHARING.parallel[0], 1), p2: fmt(PAPER_SHARING.parallel[1], 1), b1: fmt(PAPER_SHARING.beam[0], 1), b2: fmt(PAPER_SHARING.beam[1], 1) })}
      </p>
    </div>
  );
}
