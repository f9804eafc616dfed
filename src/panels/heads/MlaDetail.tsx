import { useI18n } from '../../i18n/I18nContext';
import { fmtSig } from '../../lesson/format';
import { mlaComparison } from '../../lesson/heads/derive';
import { type HeadsTexLabels, mlaTex } from '../../lesson/heads/tex';
import { fmtBinary, fmtExactBytes, groupDigits } from '../../lesson/memory/bytes';
import { Formula } from '../common/Formula';
import { ScrollX } from '../common/ScrollX';
import { Note } from '../common/Note';
import { WithCode } from '../common/WithCode';
import { richText } from '../common/richText';

/** MLA's cache against MHA with DeepSeek-V3's published sizes; counted, not simulated. */
export function MlaDetail({ labels }: { labels: (layers: number) => HeadsTexLabels }) {
  const { t } = useI18n();
  const m = mlaComparison();
  const p = m.preset;
  const rows = [
    { key: 'heads.mla.mlaRow', elems: m.mlaElems, bytes: m.mlaBytes, bits: m.mlaBits, id: 'mla' },
    { key: 'heads.mla.mhaRow', elems: m.mhaElems, bytes: m.mhaBytes, bits: m.mhaBits, id: 'mha' },
  ] as const;
  const params = { latent: p.mla?.latentDim ?? 0, rope: p.mla?.ropeDim ?? 0, heads: p.qHeads, k: m.keyDim, v: p.headDim };
  return (
    <>
      <ScrollX>
      <table className="numbers mla">
        <caption>{richText(t('heads.mla.caption', params))}</caption>
        <thead>
          <tr>
            <th scope="col">{richText(t('heads.mla.what'))}</th>
            <th scope="col">{richText(t('heads.mla.elems'))}</th>
            <th scope="col">{richText(t('heads.mla.bytes', { layers: p.layers }))}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{richText(t(r.key, params))}</th>
              <td className="num" data-value={`mla.${r.id}.elems`}>{groupDigits(BigInt(r.elems))}</td>
              <td className="num" data-value={`mla.${r.id}.bytes`}>
                {fmtExactBytes(r.bits)} = {fmtBinary(r.bytes)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </ScrollX>
      <p data-value="mla.ratio">{richText(t('heads.mla.ratio', { ratio: fmtSig(m.ratio) }))}</p>
      {/* The table above holds every number of the formula: on a projector the table stays. */}
      <div className="mla-formula">
        <Formula tex={mlaTex(m, labels(p.layers))} />
      </div>
      <p className="hint">
        <WithCode text={t('heads.mla.source', { repo: '\u0000' })} code={p.repo} /> <code lang="en">{p.fields}</code>
      </p>
      <Note title={t('heads.mla.priceTitle')}>
        <p>{richText(t('heads.mla.honest'))}</p>
      </Note>
      <Note title={t('heads.erratum.title')}>
        <p>{richText(t('heads.erratum.mla'))}</p>
      </Note>
    </>
  );
}
