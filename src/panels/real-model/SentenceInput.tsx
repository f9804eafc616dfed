import type { Model } from '../../core/model';
import { useI18n } from '../../i18n/I18nContext';
import { defaultSentence, EXAMPLES, type RealModelState } from '../../lesson/real-model/model';
import { lexiconOf } from '../../lesson/real-model/sentence';
import { TokenComposer } from '../common/TokenComposer';

/** The chapter's sentence, typed or picked (the shared composer), at most the model's context. */
export function SentenceInput({ model, state, onChange }: { model: Model; state: RealModelState; onChange: (s: RealModelState) => void }) {
  const { t, lang } = useI18n();
  return (
    <TokenComposer
      value={state}
      onChange={(s) => onChange({ ...state, text: s.text, words: s.words })}
      lexicon={lexiconOf(model)}
      maxTokens={model.config.maxSeqLen}
      fallback={defaultSentence(lang)}
      label={t('realModel.composer.label')}
      name="sentence"
      examples={EXAMPLES}
      showTokens={false}
    />
  );
}
