import type { Model } from '../../core/model';
import { useI18n } from '../../i18n/I18nContext';
import { fmtInt } from '../../lesson/format';
import type { RealModelRun } from '../../lesson/real-model/derive';
import { wordLang } from '../../lesson/real-model/sentence';
import { TokenChip } from '../common/TokenChip';

/** The sentence and the tokens generated so far (the newest marked), with positions, and the word predicted next. */
export function Sequence({ model, run, upto }: { model: Model; run: RealModelRun; upto: number }) {
  const { t } = useI18n();
  const T0 = run.gen.prompt.length;
  const ids = run.gen.ids.slice(0, T0 + upto);
  const next = run.gen.steps[upto];
  return (
    <div className="rm-sequence" data-value="sequence" data-words={ids.map((id) => model.vocab[id]).join(' ')}>
      <span className="rm-sequence-label">{t('realModel.gen.sequence')}</span>
      {ids.map((id, i) => {
        const word = model.vocab[id];
        const fresh = upto === 0 ? i < T0 : i === ids.length - 1;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: positions
          <span key={i} className={`rm-seq-token${i >= T0 ? ' generated' : ''}${fresh ? ' fresh' : ''}`}>
            <span className="composer-pos" aria-hidden="true">
              {fmtInt(i)}
            </span>
            <TokenChip token={word} index={i} lang={wordLang(word)} />
          </span>
        );
      })}
      {next && (
        <span className="rm-next" data-value="gen.next">
          → {t('realModel.gen.predicted')} <TokenChip token={model.vocab[next.id]} index={ids.length} lang={wordLang(model.vocab[next.id])} />
        </span>
      )}
    </div>
  );
}
