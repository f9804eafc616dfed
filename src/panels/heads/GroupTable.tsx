import { useI18n } from '../../i18n/I18nContext';
import type { HeadsNumbers } from '../../lesson/heads/derive';
import { KV_MARK } from './HeadMaps';

/** Query head i → K/V head g, in words: which query heads share which cached K and V. */
export function GroupTable({ n }: { n: HeadsNumbers }) {
  const { t } = useI18n();
  const head = (i: number) => t('heads.groups.headN', { i: i + 1 });
  return (
    <table className="numbers groups">
      <caption>{t('heads.groups.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('heads.groups.query')}</th>
          <th scope="col">{t('heads.groups.kv')}</th>
          <th scope="col">{t('heads.groups.shared')}</th>
        </tr>
      </thead>
      <tbody>
        {n.groups.map((g, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a head's identity is its index
          <tr key={i} className={`hc-${g % 4}`}>
            <th scope="row" className={`hc-${i % 4}`}>
              <span className="head-swatch" aria-hidden="true" />
              {head(i)}
            </th>
            <td data-value={`group.${i}`}>
              <span className="kv-mark" aria-hidden="true">{KV_MARK[g % 4]}</span> {t('heads.groups.kvN', { g: g + 1 })}
            </td>
            <td>{n.sharers[i].length === 0 ? t('heads.groups.alone') : n.sharers[i].map(head).join(t('heads.groups.sep'))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
