import type { MemoryPicture } from '../../core/serveSim';
import { useI18n } from '../../i18n/I18nContext';
import { blockQ, reqQ } from '../../lesson/serve/links';
import { ScrollX } from '../common/ScrollX';

/** Each running request's block table: logical block → physical block, and how many tokens it holds (request and blocks linked to the map). */
export function BlockTables({ memory, highlight }: { memory: MemoryPicture; highlight?: readonly number[] }) {
  const { t } = useI18n();
  if (memory.tables.length === 0) return <p className="hint">{t('serve.tables.none')}</p>;
  return (
    <ScrollX>
      <table className="numbers serve-tables">
        <caption>{t('serve.tables.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('serve.tables.request')}</th>
            <th scope="col">{t('serve.tables.map')}</th>
            <th scope="col" className="num">{t('serve.tables.tokens')}</th>
          </tr>
        </thead>
        <tbody>
          {memory.tables.map((x) => (
            <tr key={x.id} className={highlight?.includes(x.id) ? 'emph' : undefined}>
              <th scope="row">
                <span data-q={reqQ(x.id)} tabIndex={0}>
                  <span className={`key own-${x.id % 8}`} aria-hidden="true" /> R{x.id}
                </span>
              </th>
              <td className="serve-map-list">
                {x.table.map((b, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: logical block number
                  <span key={i} data-q={blockQ(b)} className={memory.refs[b] > 1 ? 'shared-block' : undefined}>
                    {i}→{b}
                    {memory.refs[b] > 1 ? ` (×${memory.refs[b]})` : ''}
                  </span>
                ))}
              </td>
              <td className="num">{x.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollX>
  );
}
