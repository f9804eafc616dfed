import { useI18n } from '../../i18n/I18nContext';
import { goToStep } from '../../lesson/cross/edits';
import { type CrossState, DEC_TOKENS } from '../../lesson/cross/model';
import { TokenChip } from '../common/TokenChip';

/** ◀ / ▶ through the decoding steps; the current step is announced in words. */
export function DecodeStepper({ state, onChange }: { state: CrossState; onChange: (s: CrossState) => void }) {
  const { t } = useI18n();
  const i = state.t - 1;
  return (
    <div className="cross-stepper" role="group" aria-label={t('cross.stepper.label')}>
      <button type="button" data-action="decode-prev" onClick={() => onChange(goToStep(state, state.t - 1))} disabled={state.t <= 1}>
        {t('cross.stepper.prev')}
      </button>
      <output aria-live="polite" data-value="decode-step">
        {t('cross.stepper.value', { t: state.t, total: DEC_TOKENS.length })} · <TokenChip token={DEC_TOKENS[i]} index={i} />
      </output>
      <button type="button" data-action="decode-next" onClick={() => onChange(goToStep(state, state.t + 1))} disabled={state.t >= DEC_TOKENS.length}>
        {t('cross.stepper.next')}
      </button>
    </div>
  );
}
