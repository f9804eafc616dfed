import { useI18n } from '../../i18n/I18nContext';
import { fmtShort } from '../../lesson/format';
import { gqaQuestion } from '../../lesson/heads/derive';
import { gq } from '../../lesson/heads/links';
import { gqaTex, type HeadsTexLabels } from '../../lesson/heads/tex';
import { fmtBinary, groupDigits } from '../../lesson/memory/bytes';
import { Formula } from '../common/Formula';
import { LinkedText } from '../common/LinkedText';
import { Predict } from '../common/Predict';

/** Predict: with 8 query heads over 2 K/V heads, what shrinks, the cache, the arithmetic, or both? Answer computed by the core. */
export function GqaPredict({ labels }: { labels: HeadsTexLabels }) {
  const { t } = useI18n();
  const r = gqaQuestion();
  const x = fmtShort(r.factor);
  const int = (v: number) => groupDigits(BigInt(v));
  return (
    <Predict
      question={t('heads.gqa.question', { h: r.h, g: r.g, d: r.headDim, T: int(r.T) })}
      options={r.options.map((id) => ({ id, label: t(`heads.gqa.opt.${id}`, { x }) }))}
      correct={[r.answer]}
      answers={[fmtBinary(r.gqa.cache), int(r.gqa.macs)]}
      explanation={
        <LinkedText
          k="heads.gqa.explain"
          params={{ g: r.g, h: r.h, T: int(r.T), mha: fmtBinary(r.mha.cache), gqa: fmtBinary(r.gqa.cache), ratio: fmtShort(r.cacheRatio), macs: int(r.gqa.macs) }}
          links={{ g: gq.g, h: gq.h, T: gq.T, mha: gq.mha, gqa: gq.gqa, macs: gq.macs }}
        />
      }
    >
      <Formula tex={gqaTex(r, labels)} />
    </Predict>
  );
}
