import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../src/i18n/I18nContext';
import { workedChapter } from '../../../src/lesson/worked/chapter';
import { ARTICLE } from '../../../src/lesson/worked/model';
import { PredictScope } from '../../../src/panels/common/Predict';
import { ViewProvider } from '../../../src/panels/ViewContext';
import { WorkedView } from '../../../src/panels/worked/WorkedView';

const step = (id: string) => {
  const s = workedChapter.steps.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s;
};

function show(id: string, predictions = true) {
  return render(
    <I18nProvider lang="en">
      <ViewProvider value={{ theme: 'system', projector: false, predictions, blank: false }}>
        <PredictScope>
          <WorkedView chapter={workedChapter} step={step(id)} state={structuredClone(ARTICLE)} onChange={() => {}} />
        </PredictScope>
      </ViewProvider>
    </I18nProvider>,
  );
}

const part = (id: string) => [...document.querySelectorAll(`[data-stage-part="${id}"]`)];

describe('the worked example on its stage', () => {
  it('the strip names the flow and emphasises the step’s parts', () => {
    show('scores');
    const strip = screen.getByRole('list', { name: 'Where this step is in the data flow' });
    expect(strip.querySelectorAll('li')).toHaveLength(6); // the cache, then q → q·kᵢ → ÷√d_k → softmax → Σ wᵢ·vᵢ
    expect(part('scores').every((e) => e.classList.contains('part-emph'))).toBe(true);
    expect(part('weights').every((e) => e.classList.contains('part-quiet'))).toBe(true);
  });

  it('shows only what the chapter has computed so far: no weight on the scores step', () => {
    show('scores');
    expect(document.querySelector('[data-q="s.1"]')).toHaveTextContent('3.000');
    expect(document.querySelector('[data-q="w.1"]')).toBeNull();
  });

  it('the weights stay hidden on the stage until the guess, then appear', () => {
    show('weights');
    expect(document.querySelector('[data-q="w.0"]')).toBeNull();
    expect(document.querySelectorAll('.concealed').length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Just show me' }));
    expect(document.querySelector('[data-q="w.0"]')).toHaveTextContent('0.390');
  });

  it('with predictions off (a teacher revealing directly) the weights show at once', () => {
    show('weights', false);
    expect(document.querySelector('[data-q="w.0"]')).toHaveTextContent('0.390');
  });

  it('the real decoder appends "on" as a new cache row with its own k, v and the numbers over four tokens', () => {
    show('self-attend');
    expect(document.querySelector('tr.new-row [data-cell="kOn.0"]')).not.toBeNull();
    expect(document.querySelector('[data-q="w.3"]')).toHaveTextContent('0.410');
  });

  it('the ÷√d_k switch sits on its column and its name contains the visible label', () => {
    show('scale');
    const sw = screen.getByRole('checkbox', { name: /÷√d\s?k/ });
    expect(sw.closest('[data-stage-part="scaled"]')).not.toBeNull();
  });
});
