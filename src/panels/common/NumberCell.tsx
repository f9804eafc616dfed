import { type CSSProperties, memo, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fmtFull, fmtShort } from '../../lesson/format';
import { parseCellWhenReady } from '../../state/cellParserLoader';
import { checkRule, type NumberRule, parserLimit, type RuleError } from '../../state/numberRule';
import { plainText } from './richText';

/** How long typing must pause before a problem is shown and announced (once, not per keystroke). */
export const SETTLE_MS = 700;

interface Props {
  value: number;
  /** Called with the new value and this cell's id; keep it stable (useCallback) so unchanged cells skip re-rendering. */
  onCommit: (value: number, cellId: string) => void;
  /** Accessible name, e.g. "k of “cat”, dimension 2" (contains the visible label when there is one). */
  label: string;
  /** Stable id for tests and the benchmark, e.g. "K.1.0" (data-cell). */
  cellId: string;
  /** Marks the cell as differing from the article's value. */
  edited?: boolean;
  disabled?: boolean;
  /** What the field accepts beyond a finite number within ±10⁶ (whole number, bounds, a condition). */
  rule?: NumberRule;
  /** The input's id, for a visible <label htmlFor>. */
  id?: string;
  /** How the value reads when not being edited (fmtShort; fmtId for a seed, which is never grouped). */
  show?: (x: number) => string;
}

const same = (a: RuleError | null, b: RuleError | null) => a === b || (a !== null && b !== null && a.error === b.error && JSON.stringify(a.params) === JSON.stringify(b.params));

/** The widest a field grows for text that is not (yet) a number in use, in characters. */
const DRAFT_MAX_CH = 24;

/**
 * The one numeric input of the app (every vector and matrix cell, d_k, S, ε, the memory
 * calculator's sizes). Accepts numbers and simple expressions, full-width digits and grouped
 * thousands. Focusing selects the whole content, so typing replaces it. Editing is live: each
 * keystroke that leaves a valid value is used at once. When the text becomes invalid, the value in
 * use goes back to the one the field had when the edit began (on focus) — never a valid prefix of
 * the bad text (typing 99 where 0–63 is allowed does not leave 9 in use). A problem is shown and
 * announced once — when typing pauses, on Enter or on leaving the field — in the current language
 * (it follows a language switch), with aria-invalid and aria-describedby, and clears as soon as the
 * text is valid again. Leaving the field keeps the typed text with its message (nothing typed is
 * lost); Escape cancels the edit: the value and the text go back to those of the edit's start.
 * The field grows to fit its text, so nothing is cut off.
 */
export const NumberCell = memo(function NumberCell({ value, onCommit, label, cellId, edited = false, disabled = false, rule, id, show = fmtShort }: Props) {
  const { t } = useI18n();
  const msgId = useId();
  const ref = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<string | null>(null);
  /** The problem with the current text (live), and the one on screen (settled). */
  const [error, setError] = useState<RuleError | null>(null);
  const [shown, setShown] = useState<RuleError | null>(null);
  const [focused, setFocused] = useState(false);
  const selectNext = useRef(false);
  const clickFocus = useRef(false);
  const parseSeq = useRef(0);
  /** The value when this edit began (set on focus, or on the first keystroke; cleared on leaving the field). */
  const base = useRef<number | null>(null);
  /** The value in use now (the parser answers asynchronously, after renders the closure has not seen). */
  const current = useRef(value);
  current.current = value;

  // A value changed from outside (reset, preset, shared link) replaces a stale draft when not editing.
  const [seen, setSeen] = useState(value);
  if (!Object.is(seen, value)) {
    setSeen(value);
    if (!focused) {
      setDraft(null);
      setError(null);
      setShown(null);
    }
  }

  useEffect(() => {
    if (error === null || same(error, shown)) return;
    const timer = window.setTimeout(() => setShown(error), SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [error, shown]);

  useLayoutEffect(() => {
    if (selectNext.current && ref.current && document.activeElement === ref.current) ref.current.select();
    selectNext.current = false;
  });

  /** Uses v unless it is already the value in use. */
  const use = (v: number) => {
    if (!Object.is(v, current.current)) onCommit(v, cellId);
  };
  const onChange = (text: string) => {
    setDraft(text);
    if (base.current === null) base.current = current.current;
    const start = base.current;
    const seq = ++parseSeq.current;
    parseCellWhenReady(text, parserLimit(rule), (r) => {
      if (seq !== parseSeq.current) return; // a later keystroke has already been read
      const problem: RuleError | null = r.ok ? checkRule(r.value, rule) : { error: r.error, params: r.params };
      setError(problem);
      if (problem) {
        use(start); // back to the value before this edit, not a valid prefix of the bad text
        return;
      }
      setShown(null);
      if (r.ok) use(r.value);
    });
  };
  const settleNow = () => {
    if (error) setShown(error);
  };
  const restore = () => {
    parseSeq.current++;
    const start = base.current ?? current.current;
    use(start);
    setDraft(fmtFull(start));
    setError(null);
    setShown(null);
    selectNext.current = true;
  };

  const text = draft ?? (focused ? fmtFull(value) : show(value));
  const message = shown ? t(shown.error, { ...shown.params, last: show(value) }) : '';
  // Grows with a number (never cut); a long paste being corrected scrolls inside the field instead of pushing the page aside.
  const width = { '--cell-ch': Math.max(3, Math.min(text.length, draft === null ? Number.POSITIVE_INFINITY : DRAFT_MAX_CH) + 1) } as CSSProperties;
  const numeric = rule?.integer && (rule.min ?? -1) >= 0;
  return (
    <span className={`cell${edited ? ' edited' : ''}${shown ? ' invalid' : ''}`}>
      <span className="cell-box">
      <input
        ref={ref}
        id={id}
        type="text"
        inputMode={numeric ? 'numeric' : 'text'}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        data-cell={cellId}
        aria-label={plainText(edited ? `${label} ${t('punct.paren', { text: t('cell.edited') })}` : label)}
        aria-invalid={shown ? 'true' : 'false'}
        aria-describedby={msgId}
        title={`${fmtFull(value)}${edited ? ` · ${t('cell.editedHint')}` : ''}`}
        value={text}
        style={width}
        disabled={disabled}
        onMouseDown={() => {
          clickFocus.current = document.activeElement !== ref.current;
        }}
        onMouseUp={(e) => {
          // Keep the select-all of a click that focused the cell (the browser would place the caret).
          if (clickFocus.current) e.preventDefault();
          clickFocus.current = false;
        }}
        onFocus={() => {
          setFocused(true);
          base.current = value;
          if (draft === null) setDraft(fmtFull(value));
          selectNext.current = true;
        }}
        onBlur={() => {
          setFocused(false);
          base.current = null;
          if (error) settleNow();
          else setDraft(null);
        }}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') restore();
          else if (e.key === 'Enter') settleNow();
        }}
      />
      {/* On paper the value is printed as text: no form control on a handout. */}
      <span className="cell-print" aria-hidden="true">
        {show(value)}
      </span>
      {edited && (
        <span className="edited-mark" aria-hidden="true" title={t('cell.editedHint')}>
          ✎
        </span>
      )}
      </span>
      <span className="cell-error" id={msgId} role="alert" data-error={cellId}>
        {message}
      </span>
    </span>
  );
});
