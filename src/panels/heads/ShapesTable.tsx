import { useI18n } from '../../i18n/I18nContext';
import type { HeadsNumbers } from '../../lesson/heads/derive';

/** Tensor shapes [B, N, S, d] of article 003 §1.4 with the live numbers. */
export function ShapesTable({ n }: { n: HeadsNumbers }) {
  const { t } = useI18n();
  const { B, S } = n.shape;
  const rows = [
    { name: 'Q', shape: [B, n.h, S, n.d], key: 'heads.shapes.q' },
    { name: 'K, V', shape: [B, n.kvHeads, S, n.d], key: 'heads.shapes.kv' },
    { name: 'QKᵀ, softmax', shape: [B, n.h, S, S], key: 'heads.shapes.scores' },
    { name: 'head outputs', shape: [B, n.h, S, n.d], key: 'heads.shapes.out' },
  ] as const;
  return (
    <table className="numbers shapes">
      <caption>{t('heads.shapes.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('heads.shapes.tensor')}</th>
          <th scope="col">{t('heads.shapes.shape')}</th>
          <th scope="col">{t('heads.shapes.meaning')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name} className={r.name === 'K, V' ? 'emph' : undefined}>
            <th scope="row" lang="en">{r.name}</th>
            <td className="num" data-value={`shape.${r.name === 'K, V' ? 'kv' : r.name.split(/[ ,]/)[0]}`}>[{r.shape.join(', ')}]</td>
            <td>{t(r.key)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
