import { useI18n } from '../../i18n/I18nContext';
import { goToStep } from '../../lesson/cross/edits';
import { type CrossState, DEC_TOKENS } from '../../lesson/cross/model';
import { TokenChip } from '../common/TokenChip';
import { PlaybackControls } from '../playback/PlaybackControls';
import { plainText } from '../common/richText';

/** Decoding token by token: back one token, where we are (announced), and the shared play / pause / step / speed controls. */
export function CrossPlayback({ state, onChange }: { state: CrossState; onChange: (s: CrossState) => void }) {
  const { t } = useI18n();
  return (
    <div className="decode-controls cross-playback" role="group" aria-label={plainText(t('cross.stepper.label'))}>
      <button type="button" data-action="decode-prev" onClick={() => onChange(goToStep(state, state.t - 1))} disabled={state.t <= 1}>
        {t('cross.stepper.prevIcon')}
        <span className="cross-prev-word">
          {' '}
          {t('cross.stepper.prevName')}
        </span>
      </button>
      {/* On a slide the readout is short (3 / 4) so the controls keep one line; the full sentence is what is announced. */}
      <output aria-live="polite" data-value="decode-step">
        <span className="cross-readout-full">{t('cross.stepper.value', { t: state.t, total: DEC_TOKENS.length })}</span>
        <span className="cross-readout-short" aria-hidden="true">
          {t('cross.stepper.short', { t: state.t, total: DEC_TOKENS.length })}
        </span>{' '}
        · <TokenChip token={DEC_TOKENS[state.t - 1]} index={state.t - 1} />
      </output>
      <PlaybackControls position={state.t} min={1} max={DEC_TOKENS.length} onPosition={(t1) => onChange(goToStep(state, t1))} />
    </div>
  );
}
