import { useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { headOptions, identicalKV, isEdited, kvChoices, setHeads } from '../../lesson/heads/edits';
import { HEADS_DEFAULTS, type HeadsState } from '../../lesson/heads/model';

/** Radio groups for the query heads h and the K/V heads (only divisors of h are offered), plus reset. */
export function HeadsControls({ state, onChange, showKv }: { state: HeadsState; onChange: (s: HeadsState) => void; showKv: boolean }) {
  const { t } = useI18n();
  const name = useId();
  return (
    <div className="heads-controls">
      <fieldset>
        <legend>{t('heads.controls.h')}</legend>
        {headOptions().map(({ h, d }) => (
          <label key={h}>
            <input type="radio" name={`${name}-h`} data-cell={`h.${h}`} checked={state.h === h} onChange={() => onChange(setHeads(state, h))} />{' '}
            {t('heads.hOption', { h, d })}
          </label>
        ))}
      </fieldset>
      {showKv && (
        <fieldset>
          <legend>{t('heads.controls.kv')}</legend>
          {kvChoices(state.h).map(({ g, per, kind }) => (
            <label key={g}>
              <input type="radio" name={`${name}-kv`} data-cell={`kv.${g}`} checked={state.kvHeads === g} onChange={() => onChange({ ...state, kvHeads: g })} />{' '}
              {t(`heads.kv.${kind}`, { g, per })}
            </label>
          ))}
        </fieldset>
      )}
      <div className="input-tools">
        {showKv && (
          <button type="button" onClick={() => onChange(identicalKV(state))}>
            {t('heads.identical')}
          </button>
        )}
        <button type="button" onClick={() => onChange(structuredClone(HEADS_DEFAULTS))} disabled={!isEdited(state)}>
          {t('heads.reset')}
        </button>
      </div>
    </div>
  );
}
