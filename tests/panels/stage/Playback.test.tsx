import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../src/i18n/I18nContext';
import { type Playback, STOPPED, stepDelay } from '../../../src/lesson/playback';
import { PlaybackCtx } from '../../../src/panels/playback/PlaybackContext';
import { PlaybackControls } from '../../../src/panels/playback/PlaybackControls';

function Harness({ start = 1 }: { start?: number }) {
  const [play, setPlay] = useState<Playback>(STOPPED);
  const [pos, setPos] = useState(start);
  return (
    <I18nProvider lang="en">
      <PlaybackCtx.Provider value={{ play, setPlay }}>
        <PlaybackControls position={pos} min={1} max={3} onPosition={setPos} />
        <output data-testid="pos">{pos}</output>
        <output data-testid="state">{`${play.playing}/${play.speed}`}</output>
      </PlaybackCtx.Provider>
    </I18nProvider>
  );
}

describe('PlaybackControls', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const tick = (ms: number) => act(() => vi.advanceTimersByTime(ms));

  it('plays one position per step delay and stops at the end', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: '▶ Play' }));
    expect(screen.getByTestId('state')).toHaveTextContent('true/1');
    tick(stepDelay(1) - 1);
    expect(screen.getByTestId('pos')).toHaveTextContent('1');
    tick(1);
    expect(screen.getByTestId('pos')).toHaveTextContent('2');
    tick(stepDelay(1));
    expect(screen.getByTestId('pos')).toHaveTextContent('3');
    expect(screen.getByTestId('state')).toHaveTextContent('false/1');
    tick(stepDelay(1) * 3);
    expect(screen.getByTestId('pos')).toHaveTextContent('3');
  });

  it('pause stops it; Step moves one position; speed shortens the wait; Play at the end starts over', () => {
    render(<Harness />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: '▶ Play' }));
    tick(stepDelay(4));
    expect(screen.getByTestId('pos')).toHaveTextContent('2');
    fireEvent.click(screen.getByRole('button', { name: '❚❚ Pause' }));
    tick(stepDelay(4) * 3);
    expect(screen.getByTestId('pos')).toHaveTextContent('2');
    fireEvent.click(screen.getByRole('button', { name: 'Step ▸' }));
    expect(screen.getByTestId('pos')).toHaveTextContent('3');
    expect(screen.getByRole('button', { name: 'Step ▸' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: '▶ Play' }));
    expect(screen.getByTestId('pos')).toHaveTextContent('1');
  });
});
