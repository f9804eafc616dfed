import { useI18n } from '../../i18n/I18nContext';
import { fmt } from '../../lesson/format';
import { mlaComparison } from '../../lesson/heads/derive';
import { mlaTex } from '../../lesson/heads/tex';
import { fmtBinary, fmtExactBytes } from '../../lesson/memory/bytes';
import { Formula } from '../common/Formula';

/** MLA's cache against MHA with DeepSeek-V3's published sizes; counted, not simulated. */
export function MlaDetail() {
  const { t } = useI18n();
  const m = mlaComparison();
  const rows = [
    { key: 'heads.mla.mlaRow', elems: m.mlaElems, bytes: m.mlaBytes, bits: m.mlaBits, id: 'mla' },
    { key: 'heads.mla.mhaRow', elems: m.mhaElems, bytes: m.mhaBytes, bits: m.mhaBits, id: 'mha' },
  ] as const;
  return (
    <>
      <table className="numbers mla">
        <caption>{t('heads.mla.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('heads.mla.what')}</th>
            <th scope="col">{t('heads.mla.elems')}</th>
            <th scope="col">{t('heads.mla.bytes', { layers: m.preset.layers })}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{t(r.key)}</th>
              <td className="num" data-value={`mla.${r.id}.elems`}>{r.elems.toLocaleString('en-US')}</td>
              <td className="num" data-value={`mla.${r.id}.bytes`}>
                {fmtExactBytes(r.bits)} = {fmtBinary(r.bytes)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-value="mla.ratio">{t('heads.mla.ratio', { ratio: fmt(m.ratio) })}</p>
      <Formula tex={mlaTex(m)} />
      <p className="hint">{t('heads.mla.source', { source: m.preset.source, fields: m.preset.fields })}</p>
      <p>{t('heads.mla.honest')}</p>
      <aside className="erratum">
        <h3>{t('heads.erratum.title')}</h3>
        <p>{t('heads.erratum.mla')}</p>
      </aside>
    </>
  );
}
