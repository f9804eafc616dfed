import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';

/** Index of the button to move to from `i` for an arrow key: ±1 sideways, nearest in the next/previous line up or down. */
function target(buttons: HTMLElement[], i: number, key: string): number {
  const last = buttons.length - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  if (key === 'ArrowLeft') return Math.max(0, i - 1);
  if (key === 'ArrowRight') return Math.min(last, i + 1);
  const here = buttons[i].getBoundingClientRect();
  const down = key === 'ArrowDown';
  // The buttons of the nearest line below (above), then the one closest in x; without layout (tests) step by one.
  const line = buttons
    .map((b, j) => ({ j, r: b.getBoundingClientRect() }))
    .filter(({ r }) => (down ? r.top > here.top + 2 : r.top < here.top - 2));
  if (line.length === 0 || here.height === 0) return down ? Math.min(last, i + 1) : Math.max(0, i - 1);
  const top = down ? Math.min(...line.map((c) => c.r.top)) : Math.max(...line.map((c) => c.r.top));
  const x = here.left + here.width / 2;
  const row = line.filter((c) => Math.abs(c.r.top - top) < 2);
  return row.reduce((a, b) => (Math.abs(b.r.left + b.r.width / 2 - x) < Math.abs(a.r.left + a.r.width / 2 - x) ? b : a)).j;
}

interface Props {
  /** Words of each language in vocabulary order (lesson/real-model/sentence.ts pickerGroups). */
  groups: { en: readonly string[]; zh: readonly string[] };
  /** Called with the word chosen (click, Enter or Space). */
  onPick: (word: string) => void;
  /** Called on Escape: close the picker and return focus. */
  onClose: () => void;
  /** Element id (the toggle's aria-controls). */
  id: string;
}

/**
 * The model's vocabulary as buttons, one tab stop for all (roving tabindex): arrow keys move (up and down by
 * line), Home / End jump, Enter or Space adds the word, Escape closes. Words carry their language (lang).
 */
export function VocabPicker({ groups, onPick, onClose, id }: Props) {
  const { t } = useI18n();
  const hintId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
      return;
    }
    if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(e.key)) return;
    e.preventDefault(); // the step keys (← → Home End) stay with the picker while it has focus
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button[data-word]') ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const j = target(buttons, i < 0 ? active : i, e.key);
    setActive(j);
    buttons[j]?.focus();
  };

  const button = (w: string, lang: string, j: number) => (
    <button key={w} type="button" className="vocab-word" data-word={w} lang={lang} tabIndex={j === active ? 0 : -1} onFocus={() => setActive(j)} onClick={() => onPick(w)}>
      {w}
    </button>
  );
  return (
    <div className="vocab-picker" id={id} ref={ref} role="group" aria-label={t('composer.vocab.label')} aria-describedby={hintId} onKeyDown={onKeyDown}>
      <p className="hint" id={hintId}>
        {t('composer.vocab.hint')}
      </p>
      <div className="vocab-group" role="group" aria-label={t('composer.vocab.en')}>
        <span className="vocab-lang" aria-hidden="true">
          {t('composer.vocab.en')}
        </span>
        {groups.en.map((w, j) => button(w, 'en', j))}
      </div>
      <div className="vocab-group" role="group" aria-label={t('composer.vocab.zh')}>
        <span className="vocab-lang" aria-hidden="true">
          {t('composer.vocab.zh')}
        </span>
        {groups.zh.map((w, j) => button(w, 'zh', groups.en.length + j))}
      </div>
    </div>
  );
}
