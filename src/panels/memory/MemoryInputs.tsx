import { useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { applyPreset, matchingPreset } from '../../lesson/memory/derive';
import { type DType, DTYPES, type IntField, type MemoryState } from '../../lesson/memory/model';
import { findPreset, PRESETS } from '../../lesson/memory/presets';
import { WithCode } from '../common/WithCode';
import { IntInput } from './IntInput';

interface Props {
  state: MemoryState;
  onChange: (s: MemoryState) => void;
  highlight: readonly string[];
}

/** The calculator's inputs: preset, layout, bytes per number and every size, each validated. */
export function MemoryInputs({ state, onChange, highlight }: Props) {
  const { t } = useI18n();
  const ids = { preset: useId(), dtype: useId() };
  const presetId = matchingPreset(state);
  const preset = presetId ? findPreset(presetId) : undefined;
  const hi = (part: string) => (highlight.includes(part) ? 'emph' : 'quiet');
  const fields: IntField[] = state.layout === 'mla' ? ['layers', 'qHeads', 'latentDim', 'ropeDim'] : ['layers', 'qHeads', 'kvHeads', 'headDim'];
  const set = (f: IntField) => (v: number) => onChange({ ...state, [f]: v });
  return (
    <section className="inputs memory-inputs" aria-label={t('memory.result.caption')}>
      <div className={`memory-row ${hi('presets')}`}>
        <label htmlFor={ids.preset}>{t('memory.preset.label')}</label>
        <select id={ids.preset} data-cell="preset" value={presetId ?? 'custom'} onChange={(e) => onChange(applyPreset(state, e.target.value))}>
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id} lang="en">
              {p.name}
            </option>
          ))}
          {presetId === null && <option value="custom">{t('memory.preset.custom')}</option>}
        </select>
        <p className="hint preset-source">
          {preset ? (
            <>
              <WithCode text={t('memory.preset.source', { repo: '\u0000' })} code={preset.repo} /> <code lang="en">{preset.fields}</code>
            </>
          ) : (
            t('memory.preset.custom')
          )}
        </p>
      </div>
      <fieldset className={`memory-layout ${hi('layout')}`}>
        <legend>{t('memory.layout.label')}</legend>
        {(['kv', 'mla'] as const).map((l) => (
          <label key={l}>
            <input type="radio" name={`${ids.preset}-layout`} value={l} checked={state.layout === l} onChange={() => onChange({ ...state, layout: l })} />{' '}
            {t(`memory.layout.${l}`)}
          </label>
        ))}
      </fieldset>
      <div className="memory-grid">
        {fields.map((f) => (
          <IntInput key={f} field={f} state={state} onCommit={set(f)} />
        ))}
        <IntInput field="tokens" state={state} onCommit={set('tokens')} />
        <IntInput field="batch" state={state} onCommit={set('batch')} />
        <IntInput field="window" state={state} onCommit={set('window')} />
        <div className="int-input">
          <label htmlFor={ids.dtype}>{t('memory.dtype.label')}</label>
          <select id={ids.dtype} data-cell="dtype" value={state.dtype} onChange={(e) => onChange({ ...state, dtype: e.target.value as DType })}>
            {DTYPES.map((d) => (
              <option key={d} value={d}>
                {t(`memory.dtype.${d}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </section>
  );
}
