import { useI18n } from '../../i18n/I18nContext';
import { fmtInt } from '../../lesson/format';
import { fmtBinary, fmtExactBytes, fmtGB } from '../../lesson/memory/bytes';
import type { MemoryNumbers } from '../../lesson/memory/derive';
import { ScrollX } from '../common/ScrollX';

/** Per layer, per token and total cache size: exact bytes, binary units and decimal GB. */
export function MemoryResult({ n, emph }: { n: MemoryNumbers; emph: boolean }) {
  const { t } = useI18n();
  const rows = [
    { key: 'perLayer', size: n.perLayer },
    { key: 'perToken', size: n.perToken },
    { key: 'total', size: n.total },
  ] as const;
  return (
    <div className={emph ? 'emph' : 'quiet'}>
      <ScrollX>
      <table className="numbers memory-result">
        <caption>
          {t('memory.result.caption')} · {t('memory.result.elements', { n: fmtInt(n.elements) })}
        </caption>
        <thead>
          <tr>
            <td className="corner" />
            <th scope="col">{t('memory.result.exact')}</th>
            <th scope="col">{t('memory.result.binary')}</th>
            <th scope="col">{t('memory.result.gb')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.key === 'total' ? 'emph' : undefined}>
              <th scope="row">{t(`memory.result.${r.key}`)}</th>
              <td className="num" data-value={`${r.key}.exact`}>{fmtExactBytes(r.size.bits)}</td>
              <td className="num" data-value={`${r.key}.binary`}>{fmtBinary(r.size.bytes)}</td>
              <td className="num">{fmtGB(r.size.bytes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </ScrollX>
    </div>
  );
}
