import { useI18n } from '../../i18n/I18nContext';
import type { HeadsNumbers } from '../../lesson/heads/derive';
import { TOKENS } from '../../lesson/heads/model';
import { causalMask } from '../../core/mask';
import { Heatmap } from '../common/Heatmap';
import { TokenChip } from '../common/TokenChip';

const labels = TOKENS.map((tok, i) => <TokenChip key={tok} token={tok} index={i} />);
const MASK = causalMask(TOKENS.length, TOKENS.length);

/** One attention-weights heatmap per query head, captioned with the K/V head it reads. */
export function HeadMaps({ n }: { n: HeadsNumbers }) {
  const { t } = useI18n();
  return (
    <div className="head-maps">
      {n.trace.heads.map((hd, i) => (
        <Heatmap
          // biome-ignore lint/suspicious/noArrayIndexKey: a head's identity is its index
          key={i}
          caption={t('heads.map.caption', { i: i + 1, g: hd.group + 1 })}
          corner={t('heads.map.corner')}
          rowLabels={labels}
          colLabels={labels}
          values={hd.trace.weights}
          masked={MASK.map((r) => r.map((ok) => !ok))}
          domain={[0, 1]}
          dataName={`w${i}`}
        />
      ))}
    </div>
  );
}
