import { useId, useState } from 'react';
import type { Model } from '../../core/model';
import { useI18n } from '../../i18n/I18nContext';
import { MAX_TOKENS } from '../../lesson/rope/model';
import { readSentence, type SentenceProblem } from '../../lesson/rope/sentence';

/** One problem of typed text, in the page's language (unknown words with suggestions, empty, too long). */
export function ProblemText({ p }: { p: SentenceProblem }) {
  const { t } = useI18n();
  switch (p.kind) {
    case 'empty':
      return <>{t('rope.sentence.empty')}</>;
    case 'too-long':
      return <>{t('rope.sentence.tooLong', { count: p.count, max: p.max })}</>;
    case 'too-many-chars':
      return <>{t('rope.sentence.tooManyChars', { count: p.count, max: p.max })}</>;
    case 'unknown':
      return (
        <>
          {t('rope.sentence.unknown', { word: p.text.length > 24 ? `${p.text.slice(0, 24)}…` : p.text })}
          {p.suggestions.length > 0 && ` ${t('rope.sentence.suggest', { words: p.suggestions.join(t('rope.sentence.listSep')) })}`}
        </>
      );
  }
}

/**
 * The sentence the real model reads, typed in the page's language. Every keystroke is tokenized; a sentence
 * made of the model's words is used at once, anything else shows what is wrong under the field (in the
 * current language) while the last good sentence stays in every computation. Escape restores it.
 */
export function SentenceField({ model, text, words, onCommit }: { model: Model; text: string; words: readonly { word: string; lang: string }[]; onCommit: (text: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const msgId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? text;
  const read = draft === null ? null : readSentence(model, draft);
  const problems = read && !read.ok ? read.problems.slice(0, 3) : [];
  return (
    <div className="rope-sentence">
      <label htmlFor={id}>{t('rope.sentence.label', { max: MAX_TOKENS })}</label>
      <input
        id={id}
        type="text"
        value={value}
        autoComplete="off"
        spellCheck={false}
        data-action="sentence"
        aria-invalid={problems.length > 0 ? 'true' : 'false'}
        aria-describedby={msgId}
        onChange={(e) => {
          const next = e.target.value;
          const r = readSentence(model, next);
          setDraft(next);
          if (r.ok) onCommit(next);
        }}
        onBlur={() => {
          if (read === null || read.ok) setDraft(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setDraft(null);
        }}
      />
      <p className="rope-words" aria-live="polite">
        {t('rope.sentence.words', { n: words.length })}{' '}
        {words.map((w, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the sentence's words in order
          <span key={i} className="rope-word" lang={w.lang}>
            {w.word}
          </span>
        ))}
      </p>
      <p className="cell-error rope-problems" id={msgId} role="alert" data-error="sentence">
        {problems.length > 0 && (
          <>
            {problems.map((p) => (
              <span key={`${p.kind}-${'start' in p ? p.start : ''}`}>
                <ProblemText p={p} />{' '}
              </span>
            ))}
            {t('rope.sentence.kept')}
          </>
        )}
      </p>
    </div>
  );
}
