import { createContext, type ReactNode, useContext, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useI18n } from '../../i18n/I18nContext';
import { useViewPrefs } from '../ViewContext';
import { useAskSlot } from './AskSlot';
import { richText } from './richText';

export interface PredictOption {
  id: string;
  label: ReactNode;
}

interface Props {
  question: string;
  options: PredictOption[];
  /** Ids of every correct option (ties allowed). */
  correct: readonly string[];
  /** Why the answer is what it is, with the live numbers (a LinkedText links them to the same numbers on the step). */
  explanation: ReactNode;
  /**
   * The answer's values as the page prints them after the guess (e.g. ["0.219"]). None of them may
   * appear anywhere on the step before the guess (tests/e2e/predict.spec.ts checks every predict step).
   */
  answers?: readonly string[];
  /** The answer (numbers, bars) that is not rendered at all until the learner guesses or skips. */
  children?: ReactNode;
  /** When this changes (e.g. the question now asks about the mask switched off), the guess starts over. */
  resetKey?: string;
  /** Told the option the learner checked (e.g. to compare it with a measurement later). */
  onGuess?: (id: string) => void;
}

interface Reveal {
  revealed: boolean;
  setRevealed: (r: boolean) => void;
}

const RevealCtx = createContext<Reveal | null>(null);

/**
 * One step's "has the learner guessed yet?", shared by its Predict and every AfterGuess on the
 * step (formula, erratum, tables). Mount one per step (ChapterHost keys it by step) so it resets on
 * arrival. `revealed` forces it open (the printed handout shows the answers).
 */
export function PredictScope({ children, revealed: forced = false }: { children: ReactNode; revealed?: boolean }) {
  const [revealed, setRevealed] = useState(forced);
  const value = useMemo(() => ({ revealed: revealed || forced, setRevealed }), [revealed, forced]);
  return <RevealCtx.Provider value={value}>{children}</RevealCtx.Provider>;
}

/** True while the step's answer may be shown: after the guess, when predictions are off, or outside any scope. */
export function useRevealed(): boolean {
  const scope = useContext(RevealCtx);
  const { predictions } = useViewPrefs();
  return !predictions || (scope?.revealed ?? true);
}

/**
 * Renders its children only once the step's prediction is answered (or skipped): anything that
 * states the answer (a formula, an erratum note, a table) goes inside. Until then `placeholder`.
 */
export function AfterGuess({ children, placeholder = null }: { children: ReactNode; placeholder?: ReactNode }) {
  return <>{useRevealed() ? children : placeholder}</>;
}

/** A quiet line standing where a hidden formula or note will appear after the guess. */
export function HiddenUntilGuess() {
  const { t } = useI18n();
  return <p className="predict-hidden">{t('predict.afterGuess')}</p>;
}

/**
 * Predict, then reveal: the learner commits to a guess before the answer is rendered. Where the step's
 * layout offers a slot for its question (StepLayout: the narrative column, normal view, wide screen) the
 * question, its buttons and the feedback are drawn there and the answer (children) stays here; the
 * guess is kept in this component, so moving between slot and place (resize, projector) keeps it.
 */
export function Predict({ question, options, correct, explanation, answers, children, resetKey = '', onGuess }: Props) {
  const { t } = useI18n();
  const name = useId();
  const [choice, setChoice] = useState<string | null>(null);
  const { predictions } = useViewPrefs();
  const scope = useContext(RevealCtx);
  const [localRevealed, setLocalRevealed] = useState(false);
  const guessRevealed = scope ? scope.revealed : localRevealed;
  const setRevealed = scope ? scope.setRevealed : setLocalRevealed;
  // A teacher may turn predictions off (projector mode) to reveal directly.
  const revealed = guessRevealed || !predictions;
  const [checked, setChecked] = useState(false);
  const asked = useRef(resetKey);
  useLayoutEffect(() => {
    // A new question: forget the guess before the browser paints the old answer under it.
    if (asked.current === resetKey) return;
    asked.current = resetKey;
    setRevealed(false);
    setChecked(false);
    setChoice(null);
  }, [resetKey, setRevealed]);
  // A keyboard user keeps their place: after Check / Just show me, focus moves to the feedback's "Try again";
  // after Try again, to the first option (the button pressed is gone either way).
  const section = useRef<HTMLElement>(null);
  const focusNext = useRef<'feedback' | 'options' | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the answer is shown or hidden (the DOM it focuses changed)
  useEffect(() => {
    const where = focusNext.current;
    focusNext.current = null;
    const el = section.current;
    if (!where || !el) return;
    const target =
      where === 'feedback'
        ? (el.querySelector<HTMLElement>('.predict-feedback button') ?? el.querySelector<HTMLElement>('.predict-feedback'))
        : el.querySelector<HTMLElement>('.predict-options input');
    target?.focus();
  }, [revealed]);
  const right = choice !== null && correct.includes(choice);
  const mark = (id: string) => {
    if (!revealed) return null;
    if (correct.includes(id)) return <span className="predict-mark right">✓ <span className="predict-mark-words">{t('predict.correctAnswer')}</span></span>;
    if (checked && id === choice) return <span className="predict-mark wrong">✗ <span className="predict-mark-words">{t('predict.yourGuess')}</span></span>;
    return null;
  };
  const slot = useAskSlot();
  const answer = revealed && <div className="predict-answer">{children}</div>;
  const asking = (
    <section className="predict" aria-label={t('predict.title')} ref={section}>
      <fieldset disabled={revealed}>
        <legend>
          <strong>{t('predict.lead')}</strong> {richText(question)}
        </legend>
        <div className="predict-options">
          {options.map((o) => (
            <label
              key={o.id}
              className={`predict-option${choice === o.id ? ' chosen' : ''}${revealed && correct.includes(o.id) ? ' correct' : ''}`}
              data-option={o.id}
            >
              <input type="radio" name={name} value={o.id} checked={choice === o.id} onChange={() => setChoice(o.id)} />
              {typeof o.label === 'string' ? richText(o.label) : o.label}
              {mark(o.id)}
            </label>
          ))}
        </div>
      </fieldset>
      {!revealed && (
        <div className="predict-actions">
          <button
            type="button"
            disabled={choice === null}
            onClick={() => {
              focusNext.current = 'feedback';
              setChecked(true);
              setRevealed(true);
              if (choice !== null) onGuess?.(choice);
            }}
          >
            {t('predict.submit')}
          </button>
          <button
            type="button"
            className="quiet"
            onClick={() => {
              focusNext.current = 'feedback';
              setRevealed(true);
            }}
          >
            {t('predict.skip')}
          </button>
          <span className="predict-hidden">{t('predict.hidden')}</span>
        </div>
      )}
      {revealed && (
        <div className="predict-feedback" role="status" tabIndex={-1} data-answers={JSON.stringify(answers ?? [])}>
          {checked && <strong className={right ? 'right' : 'wrong'}>{right ? `✓ ${t('predict.right')}` : `✗ ${t('predict.wrong')}`} </strong>}
          <span>{typeof explanation === 'string' ? richText(explanation) : explanation}</span>{' '}
          {predictions && (
            <button
              type="button"
              className="quiet"
              onClick={() => {
                focusNext.current = 'options';
                setRevealed(false);
                setChecked(false);
                setChoice(null);
              }}
            >
              {t('predict.again')}
            </button>
          )}
        </div>
      )}
      {!slot && answer}
    </section>
  );
  if (!slot) return asking;
  return (
    <>
      {createPortal(asking, slot)}
      {answer}
    </>
  );
}
