import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { AfterGuess, Predict, PredictScope } from '../../src/panels/common/Predict';
import { ViewProvider } from '../../src/panels/ViewContext';
import { initialViewPrefs } from '../../src/state/viewPrefs';

const OPTIONS = [
  { id: 'a', label: 'about 10 %' },
  { id: 'b', label: 'about 20 %' },
];

function Step({ predictions = true, forced = false, resetKey = '' }: { predictions?: boolean; forced?: boolean; resetKey?: string }) {
  return (
    <I18nProvider lang="en">
      <ViewProvider value={{ ...initialViewPrefs(), theme: 'light', predictions }}>
        <PredictScope revealed={forced}>
          <Predict question="What weight?" options={OPTIONS} correct={['b']} explanation="It is 0.219." answers={['0.219']} resetKey={resetKey}>
            <p>weights 0.390 0.390 0.219</p>
          </Predict>
          <AfterGuess placeholder={<p>formula after the guess</p>}>
            <p>w_sat = 0.219 (formula)</p>
          </AfterGuess>
        </PredictScope>
      </ViewProvider>
    </I18nProvider>
  );
}

/** A step whose question changes when "flip" is pressed (like the mask switch under a prediction). */
function Flip() {
  const [k, setK] = useState('on');
  return (
    <>
      <button type="button" onClick={() => setK('off')}>
        flip
      </button>
      <Step resetKey={k} />
    </>
  );
}

describe('Predict', () => {
  it('keeps a keyboard user in place: Check moves focus to Ask me again, that to the first option, Just show me to the feedback', () => {
    render(<Step />);
    fireEvent.click(screen.getByLabelText('about 20 %'));
    fireEvent.click(screen.getByRole('button', { name: 'Check my guess' }));
    const again = screen.getByRole('button', { name: 'Ask me again' });
    expect(again).toHaveFocus();
    fireEvent.click(again);
    expect(screen.getByLabelText('about 10 %')).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'Just show me' }));
    expect(screen.getByRole('button', { name: 'Ask me again' })).toHaveFocus();
  });

  it('renders nothing that states the answer before the guess: not its children, not AfterGuess parts', () => {
    const { container } = render(<Step />);
    expect(container.textContent).not.toContain('0.219');
    expect(screen.getByText('formula after the guess')).toBeInTheDocument();
  });

  it('after a wrong guess marks the right option and the guess, and shows every hidden part', () => {
    const { container } = render(<Step />);
    fireEvent.click(screen.getByLabelText('about 10 %'));
    fireEvent.click(screen.getByRole('button', { name: 'Check my guess' }));
    expect(screen.getByText(/Not quite/)).toBeInTheDocument();
    const right = container.querySelector('[data-option="b"]');
    const guess = container.querySelector('[data-option="a"]');
    expect(right).toHaveTextContent('right answer');
    expect(right).toHaveClass('correct');
    expect(guess).toHaveTextContent('your guess');
    expect(screen.getByText('w_sat = 0.219 (formula)')).toBeInTheDocument();
    expect(screen.getByText('weights 0.390 0.390 0.219')).toBeInTheDocument();
    expect(container.querySelector('[data-answers]')?.getAttribute('data-answers')).toBe('["0.219"]');
  });

  it('"Just show me" reveals without marking a guess; "Ask me again" hides the answer again', () => {
    const { container } = render(<Step />);
    fireEvent.click(screen.getByRole('button', { name: 'Just show me' }));
    expect(container.textContent).toContain('0.219');
    expect(container.textContent).not.toContain('your guess');
    expect(container.querySelector('[data-option="b"]')).toHaveTextContent('right answer');
    fireEvent.click(screen.getByRole('button', { name: 'Ask me again' }));
    expect(container.textContent).not.toContain('0.219');
  });

  it('a new question (resetKey) forgets the previous guess', () => {
    const { container } = render(<Flip />);
    fireEvent.click(screen.getByRole('button', { name: 'Just show me' }));
    expect(container.textContent).toContain('0.219');
    fireEvent.click(screen.getByRole('button', { name: 'flip' }));
    expect(container.textContent).not.toContain('0.219');
  });

  it('shows everything when predictions are off (projector) or the scope is forced open (print)', () => {
    const off = render(<Step predictions={false} />);
    expect(off.container.textContent).toContain('w_sat = 0.219');
    expect(off.container.textContent).toContain('weights 0.390');
    off.unmount();
    const printed = render(<Step forced />);
    expect(printed.container.textContent).toContain('w_sat = 0.219');
  });
});
