import { useId, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { IntField, MemoryState } from '../../lesson/memory/model';
import { parseIntInput } from '../../lesson/memory/validate';

interface Props {
  field: IntField;
  state: MemoryState;
  onCommit: (value: number) => void;
  disabled?: boolean;
}

/** A validated whole-number input: bad text shows an inline message and the last valid value stays in use. */
export function IntInput({ field, state, onCommit, disabled = false }: Props) {
  const { t } = useI18n();
  const id = useId();
  const value = state[field];
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    // A value set from outside (a preset, a link) replaces a stale draft.
    setSeen(value);
    setDraft(null);
    setError(null);
  }
  const onChange = (text: string) => {
    setDraft(text);
    const r = parseIntInput(text, field, state);
    if (r.ok) {
      setError(null);
      if (r.value !== value) {
        setSeen(r.value);
        onCommit(r.value);
      }
    } else {
      setError(t(r.key, r.params));
    }
  };
  return (
    <div className={`int-input${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{t(`memory.field.${field}`)}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        data-cell={field}
        value={draft ?? String(value)}
        disabled={disabled}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={error ? `${id}-err` : undefined}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => {
          if (!error) setDraft(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setDraft(null);
            setError(null);
          }
        }}
      />
      {error && (
        <span className="cell-error" id={`${id}-err`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
