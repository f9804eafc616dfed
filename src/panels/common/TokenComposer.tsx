import { type ChangeEvent, type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Lexicon } from '../../core/model';
import { useI18n } from '../../i18n/I18nContext';
import { fmtInt } from '../../lesson/format';
import {
  appendWord,
  editSentence,
  pickerGroups,
  quoteText,
  readSentence,
  removeLast,
  replaceRange,
  type Sentence,
  type SentenceProblem,
  sentenceOf,
  textProblem,
  wordLang,
} from '../../lesson/real-model/sentence';
import { SETTLE_MS } from './NumberCell';
import { TokenChip } from './TokenChip';
import { VocabPicker } from './VocabPicker';
import './composer.css';

/** Unknown words quoted one by one; the rest are counted. */
const MAX_LISTED = 3;

export interface TokenComposerProps {
  /** The chapter's sentence state: `text` as typed, `words` the last valid sequence (lesson/real-model/sentence.ts). */
  value: Sentence;
  /** Called with the next state on every edit (text kept as typed; words updated only when the text is valid). */
  onChange: (next: Sentence) => void;
  /** The model's vocabulary (lexiconOf(model)); the composer is shown once the model has loaded. */
  lexicon: Lexicon;
  /** Most tokens allowed: the model's context (config.maxSeqLen), or less to leave room (generation, other chunks). */
  maxTokens: number;
  /** Used when neither the text nor `words` reads (a hand-edited link): usually the chapter's default sentence. */
  fallback: Sentence;
  /** Visible label of the text field, e.g. "Your sentence". */
  label: string;
  /** Stable name for tests and several composers on one step (data-composer). */
  name: string;
  /** RoPE position of the first token, shown on the token chips (default 0; a later chunk starts later). */
  firstPosition?: number;
  /** Example sentences offered as buttons (e.g. one English, one Chinese). */
  examples?: readonly Sentence[];
  /** List the tokens in use under the field (default true); false when the step already shows them (a stage): then only the "still using the last valid sentence" line shows, when it applies. */
  showTokens?: boolean;
  /** A field that wraps over lines (a textarea; Enter still settles, never adds a line): for prompts longer than one line on a phone. */
  multiline?: boolean;
}

/** One message line per problem of the typed text; unknown words offer their suggestions as buttons. */
function Problem({ p, onReplace }: { p: SentenceProblem; onReplace: (start: number, end: number, word: string) => void }) {
  const { t } = useI18n();
  switch (p.kind) {
    case 'empty':
      return <p>{t('composer.empty')}</p>;
    case 'too-long':
      return <p>{t('composer.tooLong', { count: fmtInt(p.count), max: fmtInt(p.max) })}</p>;
    case 'text-too-long':
      return <p>{t('composer.textTooLong', { length: fmtInt(p.length), max: fmtInt(p.max) })}</p>;
    case 'unknown':
      return (
        <p>
          {t('composer.unknown', { word: quoteText(p.text) })}{' '}
          {p.suggestions.length === 0 ? (
            t('composer.noSuggestion')
          ) : (
            <>
              {t('composer.didYouMean')}{' '}
              {p.suggestions.map((s) => (
                <button key={s} type="button" className="composer-suggestion" lang={wordLang(s)} data-suggestion={s} onClick={() => onReplace(p.start, p.end, s)}>
                  {s}
                </button>
              ))}
            </>
          )}
        </p>
      );
  }
}

/**
 * The shared sentence input for the real model (used by the real-model, rope and reuse chapters): type words
 * in English or Chinese (Chinese without spaces is fine), or pick them from the vocabulary (keyboard:
 * one tab stop, arrows, Enter, Escape). Every edit is kept as typed. Editing is live: while the text reads
 * as a valid sentence it drives the numbers; when it does not, the sentence in use goes back to the one the
 * field had when the edit began (on focus) — never a valid prefix typed on the way ("狗" on the way to
 * "狗abc"). Unknown words get a message with clickable close words; an empty sentence, more than
 * `maxTokens` tokens and a paste longer than SENTENCE_TEXT_MAX get messages too — shown when typing pauses,
 * on Enter or on leaving the field, in the current language. Escape cancels the edit: the text goes back
 * to the sentence in use when the edit began.
 * The tokens in use are listed under the field with their positions. The chapter reads the same state with
 * readSentence(value, lexicon, maxTokens, fallback) to get the token ids its numbers use.
 */
export function TokenComposer({ value, onChange, lexicon, maxTokens, fallback, label, name, firstPosition = 0, examples = [], showTokens = true, multiline = false }: TokenComposerProps) {
  const { t } = useI18n();
  const inputId = useId();
  const msgId = useId();
  const statusId = useId();
  const pickerId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  /**
   * Text too long to keep in the state (a huge paste): it stays in the field while the state keeps the text
   * it was typed over (`on`); any other change of the state's text (link, reset, example) replaces it.
   */
  const [long, setLong] = useState<{ text: string; on: string } | null>(null);
  const draft = long !== null && long.on === value.text ? long.text : null;
  const [settled, setSettled] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  /** The sentence when this edit in the field began (set on focus or the first keystroke; cleared on leaving the field). */
  const start = useRef<Sentence | null>(null);

  const reading = useMemo(() => readSentence(value, lexicon, maxTokens, fallback), [value, lexicon, maxTokens, fallback]);
  const text = draft ?? value.text;
  const over = draft === null ? null : textProblem(draft);
  const problems = over ? [over] : reading.problems;
  const current = over === null && reading.current;
  const shown = problems.length > 0 && settled === text;
  const groups = useMemo(() => pickerGroups(lexicon), [lexicon]);

  useEffect(() => {
    if (problems.length === 0 || settled === text) return;
    const timer = window.setTimeout(() => setSettled(text), SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [problems.length, settled, text]);

  /** The sentence in use now, as a valid sentence (what Escape and a new edit go back to). */
  const inUse = (): Sentence => ({ text: value.text, words: reading.tokens.map((tk) => tk.word).join(' ') });
  const edit = (next: string, typed = false) => {
    if (typed && start.current === null) start.current = inUse();
    const from = (typed && start.current) || value;
    if (textProblem(next)) {
      const back = editSentence(value, next, lexicon, maxTokens, from);
      setLong({ text: next, on: back.text });
      if (back.text !== value.text || back.words !== value.words) onChange(back);
      return;
    }
    setLong(null);
    onChange(editSentence(value, next, lexicon, maxTokens, from));
  };
  /** Escape: the text of the sentence in use when the edit began. */
  const cancel = () => {
    const back = start.current ?? inUse();
    // The text as it was typed when it was valid then; else the words in use, written out.
    const text = readSentence(back, lexicon, maxTokens, fallback).current ? back.text : sentenceOf(back.words.split(' ')).text;
    if (text !== (draft ?? value.text)) editNow(text);
  };
  const editNow = (next: string) => {
    edit(next);
    setSettled(next); // a button's edit is complete: its problems (if any) show at once
  };
  /** The text field's props, the same for a one-line input and a wrapping textarea (Enter settles, never adds a line). */
  const field = {
    id: inputId,
    className: shown ? 'invalid' : undefined,
    value: text,
    autoComplete: 'off',
    autoCapitalize: 'off',
    spellCheck: false,
    'aria-invalid': shown ? ('true' as const) : ('false' as const),
    'aria-describedby': `${msgId} ${statusId}`,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => edit(e.target.value.replace(/[\r\n]+/g, ' '), true),
    onFocus: () => {
      start.current = inUse();
    },
    onBlur: () => {
      start.current = null;
      setSettled(text);
    },
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        setSettled(text);
      } else if (e.key === 'Escape') cancel();
    },
  };
  const unknown = problems.filter((p) => p.kind === 'unknown');
  const listed = [...problems.filter((p) => p.kind !== 'unknown'), ...unknown.slice(0, MAX_LISTED)];

  return (
    <div className="composer" data-composer={name}>
      <label htmlFor={inputId} className="composer-label">
        {label}
      </label>
      <div className="composer-row">
        {multiline ? <textarea rows={2} {...field} /> : <input type="text" {...field} />}
        <button
          ref={toggleRef}
          type="button"
          aria-expanded={open}
          aria-controls={pickerId}
          onClick={() => setOpen(!open)}
        >
          {t('composer.vocab.toggle', { n: fmtInt(lexicon.vocab.length) })}
        </button>
        <button type="button" onClick={() => editNow(removeLast(text, lexicon))} disabled={text.trim() === ''}>
          {t('composer.removeLast')}
        </button>
      </div>
      {open && (
        <VocabPicker
          id={pickerId}
          groups={groups}
          onPick={(w) => editNow(appendWord(text, w))}
          onClose={() => {
            setOpen(false);
            toggleRef.current?.focus();
          }}
        />
      )}
      {examples.length > 0 && (
        <p className="composer-examples">
          <span>{t('composer.examples')}</span>
          {examples.map((s) => (
            <button key={s.words} type="button" lang={wordLang(s.words.split(' ')[0])} onClick={() => editNow(s.text)}>
              {s.text}
            </button>
          ))}
        </p>
      )}
      <div id={msgId} className="composer-problems" aria-live="polite" data-problems={shown ? problems.map((p) => p.kind).join(' ') : ''}>
        {shown && listed.map((p) => <Problem key={p.kind === 'unknown' ? `unknown-${p.start}` : p.kind} p={p} onReplace={(s, e, w) => editNow(replaceRange(text, s, e, w))} />)}
        {shown && unknown.length > MAX_LISTED && <p>{t('composer.moreUnknown', { n: fmtInt(unknown.length - MAX_LISTED) })}</p>}
      </div>
      <div id={statusId} className={`composer-tokens${current ? '' : ' stale'}${!showTokens && current ? ' sr-only' : ''}`} data-tokens={reading.tokens.map((tk) => tk.word).join(' ')}>
        <span className="composer-tokens-label">
          {t(current ? 'composer.tokens' : 'composer.lastValid', { n: fmtInt(reading.tokens.length), max: fmtInt(maxTokens) })}
        </span>
        <span className="composer-chips">
          {reading.tokens.map((tk, i) => (
            <span key={tk.start} className="composer-token">
              <span className="composer-pos" aria-hidden="true">
                {fmtInt(firstPosition + i)}
              </span>
              <TokenChip token={tk.word} index={firstPosition + i} lang={wordLang(tk.word)} />
            </span>
          ))}
        </span>
      </div>
    </div>
  );
}
