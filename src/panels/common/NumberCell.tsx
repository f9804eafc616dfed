import { memo, useId, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fmtFull, fmtShort } from '../../lesson/format';
import type { CellResult } from '../../state/cellParser';
import { parseCellWhenReady } from '../../state/cellParserLoader';

interface Props {
  value: number;
  /** Called with the new value and this cell's id; keep it stable (useCallback) so unchanged cells skip re-rendering. */
  onCommit: (value: number, cellId: string) => void;
  /** Accessible name, e.g. "k of “cat”, dimension 2". */
  label: string;
  /** Stable id for tests and the benchmark, e.g. "K.1.0". */
  cellId: string;
  /** Marks the cell as differing from the article's value. */
  edited?: boolean;
  disabled?: boolean;
}

/**
 * One editable number. Accepts numbers and simple expressions; bad input shows an inline message
 * in the current language, sets aria-invalid, and the last valid value stays in every computation.
 */
export const NumberCell = memo(function NumberCell({ value, onCommit, label, cellId, edited = false, disabled = false }: Props) {
  const { t } = useI18n();
  const msgId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<Extract<CellResult, { ok: false }> | null>(null);
  const [focused, setFocused] = useState(false);

  // A value changed from outside (reset, shared link) replaces a stale draft when not editing.
  const [seen, setSeen] = useState(value);
  if (!Object.is(seen, value)) {
    setSeen(value);
    if (!focused) {
      setDraft(null);
      setError(null);
    }
  }

  const onChange = (text: string) => {
    setDraft(text);
    parseCellWhenReady(text, (r) => {
      if (r.ok) {
        setError(null);
        if (r.value !== value) onCommit(r.value, cellId);
      } else {
        setError(r);
      }
    });
  };

  const shown = draft ?? (focused ? fmtFull(value) : fmtShort(value));
  const message = error ? t(error.error, { ...error.params, last: fmtShort(value) }) : null;
  return (
    <span className={`cell${edited ? ' edited' : ''}${error ? ' invalid' : ''}`}>
      <input
        type="text"
        inputMode="text"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        data-cell={cellId}
        aria-label={edited ? `${label} (${t('cell.edited')})` : label}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={message ? msgId : undefined}
        title={`${fmtFull(value)}${edited ? ` · ${t('cell.editedHint')}` : ''}`}
        value={shown}
        disabled={disabled}
        onFocus={() => {
          setFocused(true);
          if (draft === null) setDraft(fmtFull(value));
        }}
        onBlur={() => {
          setFocused(false);
          if (!error) setDraft(null);
        }}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setDraft(fmtFull(value));
            setError(null);
          }
        }}
      />
      {edited && (
        <span className="edited-mark" aria-hidden="true" title={t('cell.editedHint')}>
          ✎
        </span>
      )}
      {message && (
        <span className="cell-error" id={msgId} role="alert">
          {message}
        </span>
      )}
    </span>
  );
});
