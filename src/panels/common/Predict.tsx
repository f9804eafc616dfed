import { type ReactNode, useId, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { useReportReveal } from '../stage/reveal';
import { useViewPrefs } from '../ViewContext';

export interface PredictOption {
  id: string;
  label: ReactNode;
}

interface Props {
  question: string;
  options: PredictOption[];
  /** Ids of every correct option (ties allowed). */
  correct: readonly string[];
  /** Why the answer is what it is, with the live numbers. */
  explanation: string;
  /** The answer (numbers, bars) that stays hidden until the learner guesses or skips. */
  children: ReactNode;
}

/** Predict, then reveal: the learner commits to a guess before the answer is shown. */
export function Predict({ question, options, correct, explanation, children }: Props) {
  const { t } = useI18n();
  const name = useId();
  const [choice, setChoice] = useState<string | null>(null);
  const { predictions } = useViewPrefs();
  const [guessRevealed, setRevealed] = useState(false);
  // A teacher may turn predictions off (projector mode) to reveal directly.
  const revealed = guessRevealed || !predictions;
  useReportReveal(revealed); // the stage hides the parts this step conceals until then
  const [checked, setChecked] = useState(false);
  const right = choice !== null && correct.includes(choice);
  return (
    <section className="predict" aria-label={t('predict.title')}>
      <fieldset disabled={revealed}>
        <legend>
          <strong>{t('predict.title')}:</strong> {question}
        </legend>
        <div className="predict-options">
          {options.map((o) => (
            <label key={o.id} className={`predict-option${choice === o.id ? ' chosen' : ''}`}>
              <input type="radio" name={name} value={o.id} checked={choice === o.id} onChange={() => setChoice(o.id)} />
              {o.label}
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
              setChecked(true);
              setRevealed(true);
            }}
          >
            {t('predict.submit')}
          </button>
          <button type="button" className="quiet" onClick={() => setRevealed(true)}>
            {t('predict.skip')}
          </button>
          <span className="predict-hidden">{t('predict.hidden')}</span>
        </div>
      )}
      {revealed && (
        <div className="predict-feedback" role="status">
          {checked && <strong className={right ? 'right' : 'wrong'}>{right ? `✓ ${t('predict.right')}` : `✗ ${t('predict.wrong')}`} </strong>}
          <span>{explanation}</span>{' '}
          <button
            type="button"
            className="quiet"
            onClick={() => {
              setRevealed(false);
              setChecked(false);
              setChoice(null);
            }}
          >
            {t('predict.again')}
          </button>
        </div>
      )}
      <div className="predict-answer" hidden={!revealed}>
        {children}
      </div>
    </section>
  );
}
