import type { Model } from '../../core/model';
import { useI18n } from '../../i18n/I18nContext';
import { WEIGHT_AXIS } from '../../lesson/bars';
import { fmt, fmtFull, fmtId, fmtShort } from '../../lesson/format';
import { type RealModelRun, topNext } from '../../lesson/real-model/derive';
import { mq } from '../../lesson/real-model/links';
import type { RealModelState } from '../../lesson/real-model/model';
import { joinWords } from '../../core/model';
import { wordLang } from '../../lesson/real-model/sentence';
import { Bars } from '../common/Bars';
import { TokenChip } from '../common/TokenChip';
import { SentenceInput } from './SentenceInput';
import { SamplingControls } from './SamplingControls';
import { LinkedText } from '../common/LinkedText';
import { richText } from '../common/richText';

/** The next-token step: the composer, how the word is chosen, and the five most likely next words on a 0–1 axis. */
export function NextTokenPanel({ model, run, state, onChange }: { model: Model; run: RealModelRun; state: RealModelState; onChange: (s: RealModelState) => void }) {
  const { t } = useI18n();
  const sentence = joinWords(run.reading.tokens.map((tk) => tk.word));
  const top = topNext(model, run, 0);
  const step = run.gen.steps[0];
  const T = run.gen.prompt.length;
  const sampling = run.choice.temperature > 0;
  const V = model.config.vocabSize;
  return (
    <div className="detail rm-next">
      <SentenceInput model={model} state={state} onChange={onChange} />
      <SamplingControls state={state} onChange={onChange} />
      {step === undefined ? (
        <p className="error">{richText(t('realModel.next.full', { max: model.config.maxSeqLen }))}</p>
      ) : (
        <>
          <Bars
            items={top.map((w, i) => ({
              key: String(w.id),
              label: <TokenChip token={w.word} index={T + i} lang={wordLang(w.word)} />,
              value: w.p,
              text: fmt(w.p),
              title: fmtFull(w.p),
              dataValue: `next.${w.word}`,
              q: mq.p(w.id),
              emphasis: w.id === step.id,
            }))}
            axis={WEIGHT_AXIS}
            group="next"
            caption={sampling ? t('realModel.next.captionT', { sentence, t: fmtShort(run.choice.temperature), V }) : t('realModel.next.caption', { sentence, V })}
            labelHeader={t('realModel.next.word')}
            valueHeader={t('realModel.next.p')}
          />
          <p data-value="next.pick" className="projector-fold">
            {sampling ? (
              <LinkedText
                k="realModel.next.samplePick"
                params={{ word: model.vocab[step.id], p: fmt(step.probs[step.id]), t: fmtShort(run.choice.temperature), seed: fmtId(run.choice.seed) }}
                links={{ word: mq.pick, p: mq.p(step.id), t: mq.t, seed: mq.seed }}
              />
            ) : (
              <LinkedText k="realModel.next.greedyPick" params={{ word: model.vocab[step.id], p: fmt(step.probs[step.id]) }} links={{ word: mq.pick, p: mq.p(step.id) }} />
            )}
          </p>
        </>
      )}
    </div>
  );
}
