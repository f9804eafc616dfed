import { useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fmtShort } from '../../lesson/format';
import { MAX_DK, MIN_DK, nextSeed, type ScalingState } from '../../lesson/scaling/model';
import { NumberCell } from '../common/NumberCell';

/** d_k as a slider and a validated number, and the re-roll button. */
export function ScalingInputs({ state, onChange }: { state: ScalingState; onChange: (s: ScalingState) => void }) {
  const { t } = useI18n();
  const sliderId = useId();
  return (
    <section className="inputs" aria-label={t('scaling.inputs')}>
      <div className="input-tools">
        <label htmlFor={sliderId} className="dim-label">{t('scaling.dk.label')}</label>
        <input
          id={sliderId}
          className="dk-slider"
          type="range"
          min={MIN_DK}
          max={MAX_DK}
          step={1}
          value={state.dk}
          aria-label={t('scaling.dk.slider')}
          data-control="dk-slider"
          onChange={(e) => onChange({ ...state, dk: Number(e.target.value) })}
        />
        <NumberCell value={state.dk} rule={{ integer: true, min: MIN_DK, max: MAX_DK }} cellId="dk" label={t('scaling.dk.cell')} onCommit={(dk) => onChange({ ...state, dk })} />
      </div>
      <div className="input-tools">
        <button type="button" data-control="reroll" onClick={() => onChange({ ...state, seed: nextSeed(state.seed) })}>
          {t('scaling.reroll')}
        </button>
        <span className="hint">{t('scaling.seed', { seed: fmtShort(state.seed) })}</span>
      </div>
      <p className="hint">{t('scaling.inputs.hint')}</p>
    </section>
  );
}
