import type { Model } from '../../core/model';
import { useI18n } from '../../i18n/I18nContext';
import { defaultSentence, type ReuseState, type Slot, sentenceAt, withSentence } from '../../lesson/reuse/model';
import { maxTokensOf, type Prompt, slotsInUse } from '../../lesson/reuse/prompt';
import { lexiconOf } from '../../lesson/real-model/sentence';
import { TokenComposer } from '../common/TokenComposer';

/** The prompt's inputs: one shared composer per chunk and one for the question, and a switch for a third chunk. */
export function PromptPanel({ model, prompt, state, onChange }: { model: Model; prompt: Prompt; state: ReuseState; onChange: (s: ReuseState) => void }) {
  const { t, lang } = useI18n();
  const lexicon = lexiconOf(model);
  const first: Record<Slot, number> = { c1: 0, c2: 0, c3: 0, q: prompt.N };
  let at = 0;
  for (const slot of slotsInUse(state)) {
    if (slot === 'q') break;
    first[slot] = at;
    at += prompt.readings[slot]?.tokens.length ?? 0;
  }
  const label = (slot: Slot) => (slot === 'q' ? t('reuse.input.question') : t('reuse.input.chunk', { n: Number(slot[1]) }));
  return (
    <div className="reuse-inputs">
      {slotsInUse(state).map((slot) => (
        <TokenComposer
          key={`${lang}-${slot}`}
          name={slot}
          label={label(slot)}
          value={sentenceAt(state, lang, slot)}
          onChange={(v) => onChange(withSentence(state, lang, slot, v))}
          lexicon={lexicon}
          maxTokens={maxTokensOf(slot)}
          fallback={defaultSentence(lang, slot)}
          firstPosition={first[slot]}
          showTokens={false}
        />
      ))}
      <p className="reuse-chunk-count">
        <button type="button" onClick={() => onChange({ ...state, chunks: state.chunks === 3 ? 2 : 3 })}>
          {t(state.chunks === 3 ? 'reuse.input.removeThird' : 'reuse.input.addThird')}
        </button>
      </p>
    </div>
  );
}
