import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';

/** Milliseconds between steps while playing. */
const PLAY_MS = 450;

interface Props {
  t: number;
  last: number;
  onStep: (t: number) => void;
}

/**
 * The simulation's clock: first, back, forward, last, and play/pause. Each press moves the run one
 * serving step (every running request writes one token); the step is announced in words.
 */
export function SimStepper({ t, last, onStep }: Props) {
  const { t: tr } = useI18n();
  const [playing, setPlaying] = useState(false);
  const shown = Math.min(t, last);
  useEffect(() => {
    if (!playing) return;
    if (shown >= last) {
      setPlaying(false);
      return;
    }
    const timer = window.setTimeout(() => onStep(shown + 1), PLAY_MS);
    return () => window.clearTimeout(timer);
  }, [playing, shown, last, onStep]);
  return (
    <div className="serve-stepper" role="group" aria-label={tr('serve.sim.label')}>
      <button type="button" data-action="sim-first" onClick={() => onStep(0)} disabled={shown <= 0}>
        {tr('serve.sim.first')}
      </button>
      <button type="button" data-action="sim-prev" onClick={() => onStep(shown - 1)} disabled={shown <= 0} aria-label={tr('serve.sim.prev')}>
        −1
      </button>
      <output data-value="sim-step" aria-live={playing ? 'off' : 'polite'}>
        {tr('serve.sim.value', { t: shown, last })}
      </output>
      <button type="button" data-action="sim-next" onClick={() => onStep(shown + 1)} disabled={shown >= last} aria-label={tr('serve.sim.next')}>
        +1
      </button>
      <button type="button" data-action="sim-last" onClick={() => onStep(last)} disabled={shown >= last}>
        {tr('serve.sim.last')}
      </button>
      <button type="button" data-action="sim-play" aria-pressed={playing} onClick={() => setPlaying(!playing)} disabled={!playing && shown >= last}>
        {playing ? tr('serve.sim.pause') : tr('serve.sim.play')}
      </button>
    </div>
  );
}
