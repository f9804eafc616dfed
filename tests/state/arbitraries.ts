/**
 * fast-check generators of valid app states, built from each chapter model's field table, so
 * that chapters added later are covered without touching these tests.
 *
 * Shapes first: every int field (e.g. d) gets a value, and the vectors/matrices whose size equals
 * that field's current value are resized along with it (trying a few plans: vector lengths, matrix
 * rows, matrix columns, in every combination) until the model's check accepts the shapes. Then
 * every number, switch, choice and text is drawn at random within its spec.
 */
import fc from 'fast-check';
import { LANGS } from '../../src/i18n';
import { chapters } from '../../src/lesson/chapters';
import { SPEEDS } from '../../src/lesson/playback';
import type { AppState } from '../../src/state/appState';
import type { ChapterModel } from '../../src/state/chapterModel';
import { type FieldSpec, MAX_ABS } from '../../src/state/fields';
import { type ChapterStates, models } from '../../src/state/models';

type AnyModel = ChapterModel<Record<string, unknown>>;
type Rec = Record<string, unknown>;

/** Every registered model, as [id, model]. */
export const modelEntries = Object.entries(models) as unknown as [string, AnyModel][];

/** A number as a learner's cell gives it: mostly 3-decimal values, sometimes any double, never -0. */
export function numArb(min = -MAX_ABS, max = MAX_ABS): fc.Arbitrary<number> {
  const parts: fc.WeightedArbitrary<number>[] = [{ arbitrary: fc.double({ min, max, noNaN: true, noDefaultInfinity: true }), weight: 1 }];
  const [lo, hi] = [Math.ceil(min * 1000), Math.floor(max * 1000)];
  if (lo <= hi) parts.push({ arbitrary: fc.integer({ min: lo, max: hi }).map((n) => n / 1000), weight: 3 });
  const [slo, shi] = [Math.ceil(Math.max(min, -3)), Math.floor(Math.min(max, 3))];
  if (slo <= shi) parts.push({ arbitrary: fc.integer({ min: slo, max: shi }), weight: 1 });
  // -0 is written as "0" and reads back as 0: the same number to every panel.
  return fc.oneof(...parts).map((x) => (x === 0 ? 0 : x));
}

/** Text arbitraries built once per spec: parsing a pattern into a generator is the costly part, and chapters share specs. */
const textArbs = new WeakMap<FieldSpec, fc.Arbitrary<string>>();
function textArb(spec: Extract<FieldSpec, { kind: 'text' }>): fc.Arbitrary<string> {
  let arb = textArbs.get(spec);
  if (!arb) {
    arb = fc.stringMatching(spec.pattern).filter((s) => s.length <= spec.maxLen);
    textArbs.set(spec, arb);
  }
  return arb;
}

/** A random valid value for one field of the given shape (shape taken from `like`). */
function valueArb(spec: FieldSpec, like: unknown): fc.Arbitrary<unknown> {
  switch (spec.kind) {
    case 'int':
      return fc.constant(like);
    case 'num':
      return numArb(spec.min, spec.max);
    case 'bool':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...spec.values);
    case 'text':
      return textArb(spec);
    case 'vec':
      return fc.tuple(...(like as number[]).map(() => numArb()));
    case 'mat':
      return fc.tuple(...(like as number[][]).map((row) => fc.tuple(...row.map(() => numArb()))));
  }
}

type Plan = { vec: boolean; rows: boolean; cols: boolean };
const PLANS: Plan[] = [0, 1, 2, 3, 4, 5, 6, 7].map((b) => ({ vec: !!(b & 1), rows: !!(b & 2), cols: !!(b & 4) }));

const resizeTo = (xs: unknown[], n: number, pad: () => unknown) => (xs.length >= n ? xs.slice(0, n) : [...xs, ...Array.from({ length: n - xs.length }, pad)]);

/** The state with int field `name` set to n and every vector/matrix size that equalled its old value resized per plan. */
function resized(model: AnyModel, s: Rec, name: string, n: number, plan: Plan): Rec {
  const n0 = s[name] as number;
  const out: Rec = { ...s, [name]: n };
  for (const [f, spec] of Object.entries(model.fields)) {
    const v = s[f];
    if (spec.kind === 'vec' && plan.vec && (v as number[]).length === n0) out[f] = resizeTo(v as number[], n, () => 0);
    if (spec.kind === 'mat') {
      let m = v as number[][];
      const cols = m[0]?.length ?? 0;
      if (plan.cols && cols === n0 && m.length > 0) m = m.map((row) => resizeTo(row, n, () => 0) as number[]);
      if (plan.rows && m.length === n0) m = resizeTo(m, n, () => Array.from({ length: m[0]?.length ?? 0 }, () => 0)) as number[][];
      out[f] = m;
    }
  }
  return out;
}

/** Valid shapes: defaults with each int field moved to a random value whose resized shapes pass the check. */
function shapesArb(model: AnyModel): fc.Arbitrary<Rec> {
  const ints = Object.entries(model.fields).filter(([, spec]) => spec.kind === 'int');
  const memo = new Map<string, Rec[]>(); // the same shapes come up again and again: search each once
  const candidatesFor = (s: Rec, name: string, spec: FieldSpec): Rec[] => {
    const key = `${name}|${JSON.stringify(s)}`;
    const known = memo.get(key);
    if (known) return known;
    const out: Rec[] = [];
    if (spec.kind === 'int') {
      const span = spec.max - spec.min;
      const values = span <= 64 ? Array.from({ length: span + 1 }, (_, k) => spec.min + k) : [spec.min, spec.max, s[name] as number];
      for (const n of values) {
        const ok = PLANS.map((p) => resized(model, s, name, n, p)).find((c) => model.check(c) === null);
        if (ok) out.push(ok);
      }
    }
    memo.set(key, out);
    return out;
  };
  return fc.array(fc.nat(), { minLength: ints.length, maxLength: ints.length }).map((picks) => {
    let s: Rec = structuredClone(model.defaults);
    ints.forEach(([name, spec], i) => {
      const candidates = candidatesFor(s, name, spec);
      if (candidates.length > 0) s = structuredClone(candidates[picks[i] % candidates.length]);
    });
    return s;
  });
}

/** A random valid state of one chapter model (falls back to random shapes with the defaults' kind of values if the check rejects the random values). */
export function modelStateArb(model: AnyModel): fc.Arbitrary<Rec> {
  return shapesArb(model).chain((shape) => {
    const entries = Object.entries(model.fields);
    return fc.tuple(...entries.map(([name, spec]) => valueArb(spec, shape[name]))).map((vals) => {
      const s: Rec = Object.fromEntries(entries.map(([name], i) => [name, vals[i]]));
      return model.check(s) === null ? s : shape;
    });
  });
}

/** A random valid app state: any chapter and step, any language, every chapter's inputs random. */
export function appStateArb(): fc.Arbitrary<AppState> {
  const chapterArb = fc.constantFrom(...chapters).chain((c) => fc.record({ chapter: fc.constant(c.id), step: fc.constantFrom(...c.steps.map((st) => st.id)) }));
  const modelsArb = fc.record(Object.fromEntries(modelEntries.map(([id, m]) => [id, modelStateArb(m)])));
  const playArb = fc.record({ playing: fc.boolean(), speed: fc.constantFrom(...SPEEDS) });
  return fc.record({ where: chapterArb, lang: fc.constantFrom(...LANGS), models: modelsArb, play: playArb }).map(({ where, lang, models: ms, play }) => ({
    lang,
    chapter: where.chapter,
    step: where.step,
    models: ms as unknown as ChapterStates,
    notice: null,
    play,
  }));
}
