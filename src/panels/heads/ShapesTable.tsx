import { useI18n } from '../../i18n/I18nContext';
import type { HeadsNumbers } from '../../lesson/heads/derive';
import { richText } from '../common/richText';

/** Tensor shapes [B, N, S, d] of article 003 §1.4 with the live numbers. */
export function ShapesTable({ n }: { n: HeadsNumbers }) {
  const { t } = useI18n();
  const { B, S } = n.shape;
  const rows = [
    { id: 'Q', name: 'Q', shape: [B, n.h, S, n.d], key: 'heads.shapes.q' },
    { id: 'kv', name: 'K, V', shape: [B, n.kvHeads, S, n.d], key: 'heads.shapes.kv' },
    { id: 'QK', name: 'QKᵀ', shape: [B, n.h, S, S], key: 'heads.shapes.scores' },
    { id: 'out', name: t('heads.shapes.outName'), shape: [B, n.h, S, n.d], key: 'heads.shapes.out' },
  ] as const;
  return (
    <table className="numbers shapes">
      <caption>{richText(t('heads.shapes.caption'))}</caption>
      <thead>
        <tr>
          <th scope="col">{richText(t('heads.shapes.tensor'))}</th>
          <th scope="col">{richText(t('heads.shapes.shape'))}</th>
          <th scope="col">{richText(t('heads.shapes.meaning'))}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className={r.id === 'kv' ? 'emph' : undefined}>
            <th scope="row">{r.name}</th>
            <td className="num" data-value={`shape.${r.id}`}>[{r.shape.join(', ')}]</td>
            <td>{richText(t(r.key))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
