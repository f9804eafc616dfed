import { useI18n } from '../../i18n/I18nContext';
import { fmtShort, fmtVec } from '../../lesson/format';
import type { OriginNumbers, Pick } from '../../lesson/origin/derive';
import { TOKENS } from '../../lesson/origin/model';
import { richText } from '../common/richText';

/** The explained entry of Q, K or V in words (the entries themselves are buttons on the stage). */
export function ProjectionPanel({ n, pick }: { n: OriginNumbers; pick: Pick }) {
  const { t } = useI18n();
  return (
    <>
      <p className="hint">{richText(t('origin.pick.hint'))}</p>
      <p className="pick-line" aria-live="polite">
        {richText(t('origin.pick.line', {
          m: pick.which.toLowerCase(),
          token: TOKENS[pick.row],
          dim: pick.col + 1,
          x: fmtVec(n.pick.x, true),
          w: fmtVec(n.pick.w, true),
          W: `W_${pick.which}`,
          value: fmtShort(n.pick.value),
        }))}
      </p>
    </>
  );
}
