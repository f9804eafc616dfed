import { useI18n } from '../../i18n/I18nContext';
import { fmtInt } from '../../lesson/format';
import { lexiconOf, wordLang } from '../../lesson/real-model/sentence';
import { fullCacheBytes } from '../../lesson/shrink/derive';
import { CONTEXT, DEFAULT_PROMPT, DEFAULT_PROMPT_ZH, EXAMPLES, wordCount } from '../../lesson/shrink/model';
import { cacheTex } from '../../lesson/shrink/tex';
import { Formula } from '../common/Formula';
import { TokenComposer } from '../common/TokenComposer';
import type { PanelProps } from './panelProps';
import { ShrinkInt } from './ShrinkInt';
import { LinkedText } from '../common/LinkedText';
import { sq } from '../../lesson/shrink/links';

/** The prompt (the shared sentence composer) and how many tokens the model adds to it. */
export function Composer({ model, state, onChange }: PanelProps) {
  const { t, lang } = useI18n();
  const promptWords = wordCount(state.words);
  return (
    <div className="detail shrink-controls">
      <TokenComposer
        key={lang}
        value={state}
        onChange={(s) => onChange({ ...state, ...s })}
        lexicon={lexiconOf(model)}
        maxTokens={CONTEXT - state.gen}
        fallback={lang === 'zh' ? DEFAULT_PROMPT_ZH : DEFAULT_PROMPT}
        label={t('shrink.prompt')}
        name="shrink-prompt"
        examples={EXAMPLES}
        multiline
      />
      <ShrinkInt
        value={state.gen}
        min={1}
        max={CONTEXT - 1}
        label={t('shrink.gen')}
        cellId="shrink.gen"
        q={sq.gen}
        check={(v) => (v + promptWords > CONTEXT ? { error: 'shrink.gen.tooMany', params: { max: fmtInt(CONTEXT - promptWords), prompt: fmtInt(promptWords), context: fmtInt(CONTEXT) } } : null)}
        onCommit={(gen) => onChange({ ...state, gen })}
      />
    </div>
  );
}

/** The text's length, what the model generated, and the full cache's size with its formula. */
export function TextSummary({ model, view }: PanelProps) {
  const { t } = useI18n();
  const generated = view.tokens.filter((tk) => tk.generated);
  const bytes = fullCacheBytes(model, view.T);
  const { nLayers, nKvHeads, headDim } = model.config;
  return (
    <>
      <p className="shrink-summary" data-value="text-summary">
        <LinkedText
          k="shrink.text.summary"
          params={{ T: fmtInt(view.T), P: fmtInt(view.promptLength), G: fmtInt(generated.length), bytes: fmtInt(bytes) }}
          links={{ T: sq.T, P: sq.P, G: sq.G, bytes: sq.bytes }}
        />{' '}
        <span className="generated-words">
          {generated.map((tk) => (
            <span key={tk.t} lang={wordLang(tk.word)}>
              {tk.word}{' '}
            </span>
          ))}
        </span>
      </p>
      <div className="step-formula">
        <Formula tex={cacheTex({ layers: nLayers, kvHeads: nKvHeads, headDim }, view.T, bytes, t('shrink.bytesUnit'))} />
      </div>
    </>
  );
}
