import { useI18n } from '../../i18n/I18nContext';
import { fmtShort, fmtSig } from '../../lesson/format';
import type { GenerateNumbers, StepCount } from '../../lesson/generate/derive';
import { TOKENS } from '../../lesson/generate/model';
import { ScrollX } from '../common/ScrollX';
import { richText } from '../common/richText';

/** Multiply-adds and fp32 K/V bytes per step, with and without a cache, and the totals. */
export function CostTable({ n }: { n: GenerateNumbers }) {
  const { t } = useI18n();
  const row = (label: string, c: StepCount, id: string) => (
    <tr key={id}>
      <th scope="row">{label}</th>
      <td className="num">{c.T}</td>
      <td className="num" data-value={`macs.cached.${id}`}>{fmtShort(c.cachedMacs)}</td>
      <td className="num" data-value={`macs.uncached.${id}`}>{fmtShort(c.uncachedMacs)}</td>
      <td className="num">{fmtShort(c.cachedBytes)}</td>
      <td className="num">{richText(t('generate.cost.keptNone', { peak: fmtShort(c.uncachedPeakBytes) }))}</td>
    </tr>
  );
  return (
    <ScrollX>
      <table className="numbers gen-cost">
        <caption>{richText(t('generate.cost.caption', { dm: n.dims.d_model, dk: n.dims.d_k, dv: n.dims.d_v }))}</caption>
        <thead>
          <tr>
            <th scope="col">{richText(t('generate.cost.step'))}</th>
            <th scope="col">T</th>
            <th scope="col">{richText(t('generate.cost.macsCached'))}</th>
            <th scope="col">{richText(t('generate.cost.macsUncached'))}</th>
            <th scope="col">{richText(t('generate.cost.bytesCached'))}</th>
            <th scope="col">{richText(t('generate.cost.bytesUncached'))}</th>
          </tr>
        </thead>
        <tbody>
          {row(t('generate.cost.prefillRow'), n.prefillCount, 'prefill')}
          {n.counts.map((c, i) => row(t('generate.cost.decodeRow', { token: TOKENS[c.T - 1] }), c, String(i)))}
        </tbody>
        <tfoot>
          <tr className="emph">
            <th scope="row">{richText(t('generate.cost.total'))}</th>
            <td />
            <td className="num" data-value="macs.cached.total">{fmtShort(n.totals.cachedMacs)}</td>
            <td className="num" data-value="macs.uncached.total">{fmtShort(n.totals.uncachedMacs)}</td>
            <td colSpan={2}>{richText(t('generate.cost.ratio', { r: fmtSig(n.totals.ratio) }))}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollX>
  );
}
