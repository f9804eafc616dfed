import { useCallback, useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { MAX_SEED, MAX_TEMPERATURE, MIN_TEMPERATURE, type RealModelState, SAMPLING } from '../../lesson/real-model/model';
import { fmtId } from '../../lesson/format';
import { NumberCell } from '../common/NumberCell';
import { mq } from '../../lesson/real-model/links';
import { richText } from '../common/richText';

const TEMPERATURE_RULE = { min: MIN_TEMPERATURE, max: MAX_TEMPERATURE } as const;
const SEED_RULE = { integer: true, min: 0, max: MAX_SEED } as const;

/** Greedy or sampling; when sampling, the temperature and the seed (both in the share link). */
export function SamplingControls({ state, onChange }: { state: RealModelState; onChange: (s: RealModelState) => void }) {
  const { t } = useI18n();
  const labelId = useId();
  const tempId = useId();
  const seedId = useId();
  const onTemp = useCallback((temperature: number) => onChange({ ...state, temperature }), [state, onChange]);
  const onSeed = useCallback((seed: number) => onChange({ ...state, seed }), [state, onChange]);
  return (
    <div className="rm-sampling">
      <div role="group" aria-labelledby={labelId} className="rm-picker">
        <span id={labelId} className="rm-picker-label">
          {richText(t('realModel.sampling.label'))}
        </span>
        {SAMPLING.map((m) => (
          <button key={m} type="button" aria-pressed={state.sampling === m} data-control={`sampling-${m}`} onClick={() => onChange({ ...state, sampling: m })}>
            {richText(t(`realModel.sampling.${m}`))}
          </button>
        ))}
      </div>
      {state.sampling === 'sample' && (
        <div className="rm-sampling-cells">
          <span className="rm-linked" data-q={mq.t}>
            <label htmlFor={tempId}>{richText(t('realModel.sampling.temperature'))}</label>
            <NumberCell id={tempId} value={state.temperature} onCommit={onTemp} label={t('realModel.sampling.temperature')} cellId="temperature" rule={TEMPERATURE_RULE} />
          </span>
          <span className="rm-linked" data-q={mq.seed}>
            <label htmlFor={seedId}>{richText(t('realModel.sampling.seed'))}</label>
            <NumberCell id={seedId} value={state.seed} onCommit={onSeed} label={t('realModel.sampling.seed')} cellId="seed" rule={SEED_RULE} show={fmtId} />
          </span>
        </div>
      )}
    </div>
  );
}
