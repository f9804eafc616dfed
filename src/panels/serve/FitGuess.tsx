import { useI18n } from '../../i18n/I18nContext';
import { fmtInt } from '../../lesson/format';
import { fmtBinary } from '../../lesson/memory/bytes';
import { fitQuestion } from '../../lesson/serve/fit';
import { Predict } from '../common/Predict';

/** Predict: how many 8,192-token sequences of Llama-3-8B fit on an 80 GiB GPU? Options and answer from the core. */
export function FitGuess() {
  const { t } = useI18n();
  const q = fitQuestion();
  const int = fmtInt;
  const of = (id: string) => int(q.options.find((o) => o.id === id)?.batch ?? 0);
  return (
    <Predict
      question={t('serve.guess.question')}
      options={q.options.map((o) => ({ id: o.id, label: <span data-value={`option.${o.id}`}>{t('serve.guess.option', { n: int(o.batch) })}</span> }))}
      correct={['right']}
      answers={[fmtBinary(q.roomBytes)]}
      explanation={t('serve.guess.explain', { usable: fmtBinary(q.usableBytes), weights: fmtBinary(q.weightBytes), room: fmtBinary(q.roomBytes), right: int(q.answer), noWeights: of('no-weights'), whole: of('whole'), mha: of('mha') })}
    >
      <p className="big-number" data-value="guess.answer">
        {t('serve.guess.answer', { n: int(q.answer) })}
      </p>
    </Predict>
  );
}
