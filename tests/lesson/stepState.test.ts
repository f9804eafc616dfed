import { describe, expect, it } from 'vitest';
import { chapters } from '../../src/lesson/chapters';
import { matches, openState, resolveStep, stepText } from '../../src/lesson/stepState';
import type { StepDef } from '../../src/lesson/types';
import { arrive, initialState, reducer, type AppState } from '../../src/state/appState';
import { readField, sameValue, writeField } from '../../src/state/fields';
import { models, type ModelId } from '../../src/state/models';
import { decodeHash, encodeHash } from '../../src/state/urlCodec';

const step: StepDef = {
  id: 'x',
  titleKey: 'worked.scale.title',
  bodyKey: 'worked.scale.body',
  opens: { scaled: true },
  variants: [{ when: { scaled: false }, titleKey: 'worked.scale.titleOff', bodyKey: 'worked.scale.bodyOff' }],
};

const modelOf = (id: string) => (models as unknown as Record<string, { defaults: Record<string, unknown>; fields: Record<string, Parameters<typeof readField>[0]> }>)[id];
const stepsWithState = chapters.flatMap((c) => c.steps.filter((s) => s.opens || s.variants).map((s) => ({ chapter: c.id, step: s })));

describe('step state: helpers', () => {
  it('openState sets only the declared fields the state has, and returns the same object when nothing changes', () => {
    const s = { scaled: false, d: 3 };
    expect(openState(step, s)).toEqual({ scaled: true, d: 3 });
    const on = { scaled: true, d: 3 };
    expect(openState(step, on)).toBe(on);
    expect(openState({ ...step, opens: { nope: 1 } }, on)).toEqual(on);
  });
  it('text follows the switches: the first matching variant wins, else the step keys', () => {
    expect(stepText(step, { scaled: false })).toEqual({ titleKey: 'worked.scale.titleOff', bodyKey: 'worked.scale.bodyOff' });
    expect(stepText(step, { scaled: true })).toEqual({ titleKey: 'worked.scale.title', bodyKey: 'worked.scale.body' });
    expect(resolveStep(step, { scaled: true })).toBe(step);
    expect(matches({ a: 1, b: true }, { a: 1, b: false })).toBe(false);
  });
});

describe('step state: every chapter', () => {
  it('has steps that declare state (the mechanism is in use), including the ones named in issue 9', () => {
    const ids = stepsWithState.map((x) => `${x.chapter}/${x.step.id}`);
    for (const id of ['no-q-cache/mask-off', 'mask/weights', 'worked/scale']) expect(ids).toContain(id);
    const maskOff = chapters.find((c) => c.id === 'no-q-cache')?.steps.find((s) => s.id === 'mask-off');
    expect(maskOff?.opens).toEqual({ added: true, causal: false });
  });
  it.each(stepsWithState)('$chapter/$step.id declares only real fields with valid values', ({ chapter, step: st }) => {
    const model = modelOf(chapter);
    expect(model, `${chapter} has a state model`).toBeDefined();
    const declared = [st.opens ?? {}, ...(st.variants ?? []).map((v) => v.when)];
    for (const fields of declared) {
      for (const [name, value] of Object.entries(fields)) {
        expect(Object.hasOwn(model.fields, name), `${chapter}/${st.id}: ${name} is a field`).toBe(true);
        expect(sameValue(readField(model.fields[name], writeField(model.fields[name], value)), value), `${chapter}/${st.id}: ${name}=${value}`).toBe(true);
        expect(typeof value, `${chapter}/${st.id}: ${name} has the field's type`).toBe(typeof model.defaults[name]);
      }
    }
  });
});

/** Every step that declares state, reached every way a reader can reach it. */
const opening = chapters.flatMap((c) => c.steps.flatMap((s, i) => (s.opens ? [{ chapter: c, i, opens: s.opens, id: `${c.id}/${s.id}` }] : [])));

describe('steps open in the state that shows their lesson', () => {
  it.each(opening)('$id: by Next, Back, a step button, and a link without fields', ({ chapter, i, opens }) => {
    const id = chapter.id as ModelId;
    // Start from the opposite of what the step needs, on a neighbouring step.
    const flipped = Object.fromEntries(Object.entries(opens).map(([k, v]) => [k, typeof v === 'boolean' ? !v : v]));
    const from = (j: number): AppState => {
      const s = arrive(initialState('en'), chapter.id, chapter.steps[j].id);
      return { ...s, models: { ...s.models, [id]: { ...s.models[id], ...flipped } } };
    };
    const ways: [string, AppState][] = [['go', reducer(from(i === 0 ? chapter.steps.length - 1 : 0), { type: 'go', chapter: chapter.id, step: chapter.steps[i].id })]];
    if (i > 0) ways.push(['next', reducer(from(i - 1), { type: 'next' })]);
    if (i + 1 < chapter.steps.length) ways.push(['prev', reducer(from(i + 1), { type: 'prev' })]);
    ways.push(['link', decodeHash(`#v1/${chapter.id}/${chapter.steps[i].id}?l=en`, initialState('en'))]);
    for (const [how, s] of ways) {
      expect(s.step, how).toBe(chapter.steps[i].id);
      expect(matches(opens, s.models[id]), `${how}: ${JSON.stringify(opens)}`).toBe(true);
    }
  });

  it.each(opening)('$id: a shared link reproduces what the reader saw, also after flipping a switch back', ({ chapter, i, opens }) => {
    const id = chapter.id as ModelId;
    const at = reducer(initialState('zh'), { type: 'go', chapter: chapter.id, step: chapter.steps[i].id });
    for (const [k, v] of Object.entries(opens)) {
      if (typeof v !== 'boolean') continue;
      const seen = { ...at, models: { ...at.models, [id]: { ...at.models[id], [k]: !v } } };
      expect(decodeHash(encodeHash(seen), initialState('en'))).toEqual(seen);
    }
    expect(decodeHash(encodeHash(at), initialState('en'))).toEqual(at);
  });

  it('arriving at the same step again keeps what the reader changed there', () => {
    const at = reducer(initialState('en'), { type: 'go', chapter: 'no-q-cache', step: 'mask-off' });
    expect(at.models['no-q-cache'].causal).toBe(false);
    const flipped = reducer(at, { type: 'model', id: 'no-q-cache', state: { ...at.models['no-q-cache'], causal: true } });
    expect(reducer(flipped, { type: 'go', chapter: 'no-q-cache', step: 'mask-off' }).models['no-q-cache'].causal).toBe(true);
  });
});
