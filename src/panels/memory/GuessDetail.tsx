import { useI18n } from '../../i18n/I18nContext';
import { fmtBinary, fmtExactBytes, fmtGB } from '../../lesson/memory/bytes';
import { llama3Question } from '../../lesson/memory/derive';
import { mq } from '../../lesson/memory/links';
import { LinkedText } from '../common/LinkedText';
import { Predict } from '../common/Predict';
import { richText } from '../common/richText';

/**
 * Predict: the cache of Llama-3-8B at 8,192 tokens; options and answer computed by the core. `linked`: the stage
 * is set to the question's case, so its total is the answer and the explanation's sizes link to it.
 */
export function GuessDetail({ linked }: { linked: boolean }) {
  const { t } = useI18n();
  const q = llama3Question();
  return (
    <Predict
      question={t('memory.predict.question')}
      options={q.options.map((o) => ({ id: o.id, label: <span data-value={`option.${o.id}`}>{fmtBinary(o.bytes)}</span> }))}
      correct={['right']}
      answers={[fmtExactBytes(q.answer.bits)]}
      explanation={
        <LinkedText
          k="memory.predict.explain"
          params={{ exact: fmtExactBytes(q.answer.bits), binary: fmtBinary(q.answer.bytes), gb: fmtGB(q.answer.bytes) }}
          links={linked ? { exact: mq.total, binary: mq.total, gb: mq.total } : {}}
        />
      }
    >
      <p className="big-number" data-value="guess.answer">
        {fmtExactBytes(q.answer.bits)} = {fmtBinary(q.answer.bytes)} ≈ {fmtGB(q.answer.bytes)}
      </p>
      <p className="hint">{richText(t('memory.units'))}</p>
    </Predict>
  );
}
