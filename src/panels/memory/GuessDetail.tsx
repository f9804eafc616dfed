import { useI18n } from '../../i18n/I18nContext';
import { fmtBinary, fmtExactBytes, fmtGB } from '../../lesson/memory/bytes';
import { llama3Question } from '../../lesson/memory/derive';
import { Predict } from '../common/Predict';

/** Predict: the cache of Llama-3-8B at 8,192 tokens; options and answer computed by the core. */
export function GuessDetail() {
  const { t } = useI18n();
  const q = llama3Question();
  return (
    <Predict
      question={t('memory.predict.question')}
      options={q.options.map((o) => ({ id: o.id, label: <span data-value={`option.${o.id}`}>{fmtBinary(o.bytes)}</span> }))}
      correct={['right']}
      answers={[fmtExactBytes(q.answer.bits)]}
      explanation={t('memory.predict.explain', { exact: fmtExactBytes(q.answer.bits), binary: fmtBinary(q.answer.bytes), gb: fmtGB(q.answer.bytes) })}
    >
      <p className="big-number" data-value="guess.answer">
        {fmtExactBytes(q.answer.bits)} = {fmtBinary(q.answer.bytes)} ≈ {fmtGB(q.answer.bytes)}
      </p>
      <p className="hint">{t('memory.units')}</p>
    </Predict>
  );
}
