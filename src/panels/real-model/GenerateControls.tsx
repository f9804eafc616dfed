import { useCallback, useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { fmtInt } from '../../lesson/format';
import type { RealModelRun } from '../../lesson/real-model/derive';
import type { RealModelState } from '../../lesson/real-model/model';
import { NumberCell } from '../common/NumberCell';
import { PlaybackControls } from '../playback/PlaybackControls';
import { plainText, richText } from '../common/richText';

/** Back / next token through the generation, play / pause (the shared playback), the position, and how many tokens to generate (at most the context left). */
export function GenerateControls({ run, state, onChange }: { run: RealModelRun; state: RealModelState; onChange: (s: RealModelState) => void }) {
  const { t } = useI18n();
  const countId = useId();
  const go = (decoded: number) => onChange({ ...state, decoded });
  const onCount = useCallback((count: number) => onChange({ ...state, count, decoded: Math.min(state.decoded, count) }), [state, onChange]);
  const max = Math.max(1, run.room);
  return (
    <div className="rm-controls" role="group" aria-label={plainText(t('realModel.gen.controls'))}>
      <button type="button" onClick={() => go(run.decoded - 1)} disabled={run.decoded <= 0} data-control="gen-prev">
        {richText(t('realModel.gen.prev'))}
      </button>
      <output aria-live="polite" data-value="gen.position">
        {richText(t('realModel.gen.position', { n: fmtInt(run.decoded), total: fmtInt(run.n) }))}
      </output>
      <button type="button" onClick={() => go(run.decoded + 1)} disabled={run.decoded >= run.n} data-control="gen-next">
        {richText(t('realModel.gen.next'))}
      </button>
      <PlaybackControls position={run.decoded} min={0} max={run.n} onPosition={go} />
      <span className="rm-count">
        <label htmlFor={countId}>{richText(t('realModel.gen.count'))}</label>
        <NumberCell id={countId} value={Math.min(state.count, max)} onCommit={onCount} label={t('realModel.gen.count')} cellId="count" rule={{ integer: true, min: 1, max }} />
      </span>
    </div>
  );
}
