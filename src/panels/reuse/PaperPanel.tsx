import { useI18n } from '../../i18n/I18nContext';
import { fmt, fmtInt, fmtPercent } from '../../lesson/format';
import type { Findings } from '../../lesson/reuse/findings';
import type { BlendMask } from '../../lesson/reuse/model';
import type { Prompt } from '../../lesson/reuse/prompt';
import { PAPER_ROWS, uq } from '../../lesson/reuse/links';
import { ScrollX } from '../common/ScrollX';
import { LinkedText } from '../common/LinkedText';

const CITED = ['deviation', 'ratio', 'cost', 'naive'] as const;

/** The side note's sources of the paper's figures: each citation is the same linked quantity as the figure it gives (pointing at one lights the other). */
export function PaperSources() {
  const { t } = useI18n();
  const params = Object.fromEntries(CITED.map((r) => [r, t(`reuse.paper.cite.${r}`)]));
  const links = Object.fromEntries(CITED.map((r) => [r, uq.theirs(r)]));
  return <LinkedText k="reuse.paper.note" params={params} links={links} wraps={CITED} />;
}

/** What the paper reports for real models beside what our 3-layer model shows (every figure of ours computed on the reader's prompt). */
export function PaperPanel({ prompt, f, mask, parameters }: { prompt: Prompt; f: Findings; mask: BlendMask; parameters: number }) {
  const { t } = useI18n();
  const ours = {
    setup: t('reuse.paper.ours.setup', { n: fmtInt(prompt.N), c: fmtInt(prompt.chunks.length), p: fmtInt(parameters) }),
    deviation: t('reuse.paper.ours.deviation', { share: fmtPercent(f.concentrated) }),
    ratio: t('reuse.paper.ours.ratio', { k: fmtInt(f.recovered.k), n: fmtInt(prompt.N), share: fmtPercent(f.recovered.share), mask: t(`reuse.mask.short.${mask}`) }),
    cost: t('reuse.paper.ours.cost', { share: fmtPercent(f.recovered.macsShare) }),
    naive: t('reuse.paper.ours.naive', { naive: fmt(f.naiveKl), blend: fmt(f.recovered.kl) }),
  };
  return (
    <div className="reuse-paper">
      <ScrollX label={t('reuse.paper.caption')}>
        <table className="reuse-compare">
          <caption>{t('reuse.paper.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reuse.paper.what')}</th>
              <th scope="col">{t('reuse.paper.paper')}</th>
              <th scope="col">{t('reuse.paper.ours')}</th>
            </tr>
          </thead>
          <tbody>
            {PAPER_ROWS.map((r) => (
              <tr key={r} data-row={r}>
                <th scope="row">{t(`reuse.paper.row.${r}`)}</th>
                <td data-q={uq.theirs(r)} tabIndex={0}>
                  {t(`reuse.paper.theirs.${r}`)}
                </td>
                <td data-q={uq.ours(r)} tabIndex={0}>
                  {ours[r]}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollX>
    </div>
  );
}
