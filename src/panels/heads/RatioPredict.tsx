import { useI18n } from '../../i18n/I18nContext';
import { fmtShort } from '../../lesson/format';
import { ratioQuestion } from '../../lesson/heads/derive';
import { ratioTex } from '../../lesson/heads/tex';
import { fmtBinary } from '../../lesson/memory/bytes';
import { Formula } from '../common/Formula';
import { Predict } from '../common/Predict';

/** Predict: how many times smaller is the cache with 8 query heads and 2 K/V heads? Answer computed by the core. */
export function RatioPredict() {
  const { t } = useI18n();
  const r = ratioQuestion();
  const options = r.options;
  return (
    <Predict
      question={t('heads.ratio.question')}
      options={options.map((x) => ({ id: fmtShort(x), label: t('heads.ratio.option', { x: fmtShort(x) }) }))}
      correct={[fmtShort(r.ratio)]}
      explanation={t('heads.ratio.explain', { mha: fmtBinary(r.mha), gqa: fmtBinary(r.gqa), ratio: fmtShort(r.ratio) })}
      answers={[fmtBinary(r.gqa)]}
    >
      <Formula tex={ratioTex(r)} />
    </Predict>
  );
}
