import { useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { DTYPES, type DType, GPU_GIB, type GpuGiB, type ServeState, WEIGHT_DTYPES, type WeightDType } from '../../lesson/serve/model';
import { PRESETS } from '../../lesson/memory/presets';
import { fq } from '../../lesson/serve/links';

interface Props {
  state: ServeState;
  onChange: (s: ServeState) => void;
  /** Which pickers to show. */
  show: readonly ('preset' | 'wDtype' | 'kvDtype' | 'gpu')[];
}

/** Selects for the model, the weights' and the cache's number formats and the GPU size. */
export function ModelPicker({ state, onChange, show }: Props) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="serve-pickers">
      {show.includes('preset') && (
        <label className="serve-pick">
          <span>{t('serve.pick.model')}</span>
          <select id={`${id}-p`} data-cell="preset" value={state.preset} onChange={(e) => onChange({ ...state, preset: e.target.value })}>
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id} lang="en">
                {p.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {show.includes('wDtype') && (
        <label className="serve-pick">
          <span>{t('serve.pick.wDtype')}</span>
          <select data-cell="wDtype" value={state.wDtype} onChange={(e) => onChange({ ...state, wDtype: e.target.value as WeightDType })}>
            {WEIGHT_DTYPES.map((d) => (
              <option key={d} value={d}>
                {t(`serve.dtype.${d}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {show.includes('kvDtype') && (
        <label className="serve-pick">
          <span>{t('serve.pick.kvDtype')}</span>
          <select data-cell="kvDtype" value={state.kvDtype} onChange={(e) => onChange({ ...state, kvDtype: e.target.value as DType })}>
            {DTYPES.map((d) => (
              <option key={d} value={d}>
                {t(`serve.dtype.${d}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {show.includes('gpu') && (
        <label className="serve-pick" data-q={fq.gpu}>
          <span>{t('serve.pick.gpu')}</span>
          <select data-cell="gpu" value={state.gpu} onChange={(e) => onChange({ ...state, gpu: e.target.value as GpuGiB })}>
            {GPU_GIB.map((g) => (
              <option key={g} value={g}>
                {t('serve.gpu.option', { gib: g })}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
