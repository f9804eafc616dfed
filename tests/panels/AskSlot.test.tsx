import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { Predict, PredictScope } from '../../src/panels/common/Predict';
import { StepLayout } from '../../src/panels/common/StepLayout';
import { ViewProvider } from '../../src/panels/ViewContext';
import { initialViewPrefs } from '../../src/state/viewPrefs';

/** A staged step whose panel holds a question (jsdom lays nothing out: the question "fits" wherever it is). */
function Step({ projector = false }: { projector?: boolean }) {
  return (
    <I18nProvider lang="en">
      <ViewProvider value={{ ...initialViewPrefs(), theme: 'light', projector }}>
        <PredictScope>
          <StepLayout
            narrative={<p>narrative</p>}
            stage={<div className="stage">stage</div>}
            panel={
              <Predict question="What weight?" options={[{ id: 'a', label: 'about 10 %' }, { id: 'b', label: 'about 20 %' }]} correct={['b']} explanation="It is 0.219.">
                <p>weights 0.390 0.390 0.219</p>
              </Predict>
            }
          />
        </PredictScope>
      </ViewProvider>
    </I18nProvider>
  );
}

/** Pretends the window is `width` px wide for the layout's (min-width: 900px) query. */
function screenWidth(width: number) {
  vi.stubGlobal('matchMedia', (q: string) => ({ matches: width >= 900 && q.includes('min-width: 900px'), addEventListener() {}, removeEventListener() {} }));
}

describe('StepLayout: where the step question sits', () => {
  beforeEach(() => screenWidth(1280));
  afterEach(() => vi.unstubAllGlobals());

  it('on a wide screen in the normal view: under the narrative, and its answer in the panel after the guess', () => {
    const { container } = render(<Step />);
    const ask = container.querySelector('.step-narrative .step-ask .predict');
    expect(ask).not.toBeNull();
    expect(container.querySelector('.step-panel .predict')).toBeNull();
    fireEvent.click(screen.getByLabelText('about 10 %'));
    fireEvent.click(screen.getByRole('button', { name: 'Check my guess' }));
    expect(container.querySelector('.step-ask .predict-feedback')).toHaveTextContent('It is 0.219.');
    expect(container.querySelector('.step-panel .predict-answer')).toHaveTextContent('0.219');
    expect(container.querySelector('.step-ask .predict-answer')).toBeNull();
  });

  it('on a slide and on a phone: in its place in the panel', () => {
    const slide = render(<Step projector />);
    expect(slide.container.querySelector('.step-panel .predict')).not.toBeNull();
    expect(slide.container.querySelector('.step-ask')).toBeNull();
    slide.unmount();
    screenWidth(390);
    const phone = render(<Step />);
    expect(phone.container.querySelector('.step-panel .predict')).not.toBeNull();
    expect(phone.container.querySelector('.step-ask')).toBeNull();
  });

  it('keeps the learner’s choice when the question moves (projector mode switched on mid-question)', () => {
    const { container, rerender } = render(<Step />);
    fireEvent.click(screen.getByLabelText('about 20 %'));
    rerender(<Step projector />);
    expect(container.querySelector('.step-panel .predict')).not.toBeNull();
    expect(screen.getByLabelText('about 20 %')).toBeChecked();
    expect(screen.getByRole('button', { name: 'Check my guess' })).toBeEnabled();
  });
});
