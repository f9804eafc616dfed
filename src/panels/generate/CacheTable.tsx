import { useI18n } from '../../i18n/I18nContext';
import { fmtInt, fmtVec } from '../../lesson/format';
import type { GenerateNumbers } from '../../lesson/generate/derive';
import { TOKENS } from '../../lesson/generate/model';
import { TokenChip } from '../common/TokenChip';
import { ScrollX } from '../common/ScrollX';

/** The KV cache after `length` tokens; the row of token `fresh` (if any) was computed in this step, the rest are read. */
export function CacheTable({ n, length, fresh, prefill = false }: { n: GenerateNumbers; length: number; fresh: number | null; prefill?: boolean }) {
  const { t, tn } = useI18n();
  const cache = length <= 3 ? n.run.prefill.cache : n.run.steps[length - 4].cache;
  return (
    <ScrollX>
      <table className="cache-table gen-cache">
        <caption>
          {t('generate.cache.caption')} — <span data-value="cache.length">{tn('generate.cache.rows', cache.keys.length, { n: fmtInt(cache.keys.length) })}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('table.token')}</th>
            <th scope="col">{t('generate.cache.key')}</th>
            <th scope="col">{t('generate.cache.value')}</th>
            <th scope="col">{t('generate.cache.status')}</th>
          </tr>
        </thead>
        <tbody>
          {cache.keys.map((k, i) => {
            const isNew = prefill || i === fresh;
            return (
              <tr key={TOKENS[i]} className={isNew ? 'new-row emph' : 'read-row'} data-row={i}>
                <th scope="row"><TokenChip token={TOKENS[i]} index={i} /></th>
                <td className="num" data-value={`cache.k.${i}`}>{fmtVec(k)}</td>
                <td className="num" data-value={`cache.v.${i}`}>{fmtVec(cache.values[i])}</td>
                <td className="status">
                  {isNew ? <strong>{prefill ? t('generate.cache.prefilled') : t('generate.cache.computed')}</strong> : t('generate.cache.read')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollX>
  );
}
