import { useI18n } from '../../i18n/I18nContext';
import { isSpeed, SPEEDS } from '../../lesson/playback';
import { usePlayback } from './usePlayback';

/**
 * ▶ Play / ❚❚ Pause, Step ▸ and the speed, for any chapter that walks through positions min…max
 * (decoding token by token, serving step by step). Playing is app state, written into the URL.
 */
export function PlaybackControls({ position, min, max, onPosition }: { position: number; min: number; max: number; onPosition: (p: number) => void }) {
  const { t } = useI18n();
  const pb = usePlayback(position, min, max, onPosition);
  return (
    <div className="playback" role="group" aria-label={t('playback.label')}>
      <button type="button" onClick={pb.toggle} data-control="play">
        {t(pb.playing ? 'playback.pause' : 'playback.play')}
      </button>
      <button type="button" onClick={pb.stepOnce} disabled={position >= max} data-control="step-once">
        {t('playback.step')}
      </button>
      <label className="playback-speed">
        <span>{t('playback.speed')}</span>
        <select
          value={String(pb.speed)}
          onChange={(e) => {
            const s = Number(e.target.value);
            if (isSpeed(s)) pb.setSpeed(s);
          }}
          data-control="speed"
        >
          {SPEEDS.map((s) => (
            <option key={s} value={String(s)}>
              {t('playback.speedValue', { s })}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
