import { useI18n } from '../../i18n/I18nContext';
import type { HeadsNumbers } from '../../lesson/heads/derive';
import { TOKENS } from '../../lesson/heads/model';
import { causalMask } from '../../core/mask';
import { Heatmap } from '../common/Heatmap';
import { TokenChip } from '../common/TokenChip';
import { useViewPrefs } from '../ViewContext';

const labels = TOKENS.map((tok, i) => <TokenChip key={tok} token={tok} index={i} />);
const MASKED = causalMask(TOKENS.length, TOKENS.length).map((r) => r.map((ok) => !ok));
/** Marker of K/V head g (shape, so colour is never the only cue). */
export const KV_MARK = '●▲■◆';

/** One attention-weights heatmap per query head, framed in the head's colour and captioned with the K/V head it reads. */
export function HeadMaps({ n }: { n: HeadsNumbers }) {
  const { t } = useI18n();
  // On a projector the corner's words give their width to the numbers (the caption names rows and columns).
  const { projector } = useViewPrefs();
  return (
    <div className="head-maps">
      {n.trace.heads.map((hd, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a head's identity is its index
        <div key={i} className={`head-map hc-${i % 4}`} data-head={i}>
          <Heatmap
            caption={t(projector ? (n.trace.heads.length > 2 ? 'heads.map.captionTiny' : 'heads.map.captionShort') : 'heads.map.caption', { i: i + 1, g: `${KV_MARK[hd.group % 4]} ${hd.group + 1}` })}
            corner={projector ? undefined : t('heads.map.corner')}
            rowLabels={labels}
            colLabels={labels}
            values={hd.trace.weights}
            masked={MASKED}
            domain={[0, 1]}
            dataName={`w${i}`}
          />
        </div>
      ))}
    </div>
  );
}
