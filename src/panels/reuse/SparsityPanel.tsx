import { useI18n } from '../../i18n/I18nContext';
import { fmtInt, fmtPercent } from '../../lesson/format';
import type { LayerAttention } from '../../lesson/reuse/attention';
import type { Prompt } from '../../lesson/reuse/prompt';
import { uq } from '../../lesson/reuse/links';
import { ScrollX } from '../common/ScrollX';

/** Attention measured in the full prefill of the reader's prompt, per layer: cross-chunk attention, the last token's heaviest keys, weights below ε. */
export function SparsityPanel({ prompt, attention }: { prompt: Prompt; attention: readonly LayerAttention[] }) {
  const { t } = useI18n();
  return (
    <div className="reuse-sparsity">
      <ScrollX label={t('reuse.attn.caption')}>
        <table className="reuse-attn">
          <caption>{t('reuse.attn.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reuse.attn.layer')}</th>
              <th scope="col">{t('reuse.attn.cross')}</th>
              <th scope="col">{t('reuse.attn.top', { n: fmtInt(prompt.T) })}</th>
              <th scope="col">{t('reuse.attn.sparsity')}</th>
            </tr>
          </thead>
          <tbody>
            {attention.map((a, l) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are layers
              <tr key={l} data-layer={l}>
                <th scope="row">{t('reuse.layer', { l })}</th>
                <td className="num" data-q={uq.attn(l, 'cross')} tabIndex={0}>
                  {fmtPercent(a.cross)}
                </td>
                <td className="num" data-q={uq.attn(l, 'top')} tabIndex={0}>
                  {a.top.map((x) => fmtPercent(x)).join(' · ')}
                </td>
                <td className="num" data-q={uq.attn(l, 'eps')} tabIndex={0}>
                  {fmtPercent(a.belowEps)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollX>
      <p className="reuse-source">
        <span data-q={uq.article} tabIndex={0}>
          {t('reuse.attn.article')}
        </span>
      </p>
    </div>
  );
}
