import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chapters, findChapter } from '../../src/lesson/chapters';
import { type AppState, initialState } from '../../src/state/appState';
import { readField, sameValue, writeField } from '../../src/state/fields';
import { decodeHash, encodeHash, MAX_HASH_CHARS } from '../../src/state/urlCodec';
import { appStateArb, modelEntries, modelStateArb } from './arbitraries';

const fallback = (): AppState => initialState('en');

/** A decoded state a learner can use: known chapter and step, every field valid for its spec, every model's check passing. */
function usable(s: AppState): boolean {
  const c = findChapter(s.chapter);
  if (!c?.steps.some((st) => st.id === s.step) || (s.lang !== 'en' && s.lang !== 'zh')) return false;
  return modelEntries.every(([id, m]) => {
    const st = (s.models as unknown as Record<string, Record<string, unknown>>)[id];
    const fieldsOk = Object.entries(m.fields).every(([name, spec]) => sameValue(readField(spec, writeField(spec, st[name])), st[name]));
    return fieldsOk && m.check(st) === null;
  });
}

/**
 * decodeHash's promise: no throw; a usable state; a link that is not ours means exactly the defaults
 * plus a notice; a damaged parameter (partDamaged) keeps the rest of the link — the usable check holds it.
 */
function expectSafe(hash: string): AppState {
  const base = fallback();
  const out = decodeHash(hash, base);
  expect(usable(out)).toBe(true);
  if (out.notice && out.notice.key !== 'notice.url.unknownStep' && out.notice.key !== 'notice.url.partDamaged') expect({ ...out, notice: null }).toEqual(base);
  return out;
}

describe('decodeHash(encodeHash(s))', () => {
  it('gives back every valid state of every registered chapter model (round trip)', () => {
    fc.assert(
      fc.property(appStateArb(), (s) => {
        const hash = encodeHash(s);
        expect(hash.length).toBeLessThanOrEqual(MAX_HASH_CHARS);
        expect(decodeHash(hash, fallback())).toEqual(s);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('covers changed dimensions, not just changed numbers (the generator really varies shapes)', () => {
    for (const [id, m] of modelEntries) {
      const ints = Object.entries(m.fields).filter(([, spec]) => spec.kind === 'int');
      if (ints.length === 0) continue;
      const samples = fc.sample(modelStateArb(m), 200);
      const moved = samples.some((s) => ints.some(([name]) => s[name] !== m.defaults[name]));
      expect(moved, `${id}: some sample changes an int field`).toBe(true);
    }
  }, 60_000);

  it('writes only what differs from the defaults: the default state is a short link', () => {
    const s = initialState('zh');
    expect(encodeHash(s)).toBe(`#v1/${chapters[0].id}/${chapters[0].steps[0].id}?l=zh`);
    expect(decodeHash(encodeHash(s), initialState('en'))).toEqual(s);
  });

  it('keeps the worked example with every cell edited to a 3-decimal value under 2,000 characters', () => {
    const d = 8;
    const row = (sign: number) => Array.from({ length: d }, (_, j) => sign * Number((999_999.999 - j / 1000).toFixed(3)));
    const s = initialState('zh');
    s.chapter = 'worked';
    s.step = 'self-attend';
    s.models.worked = { ...s.models.worked, d, q: row(-1), K: [row(-1), row(-1), row(-1)], V: [row(-1), row(-1), row(-1)], kOn: row(-1), vOn: row(-1) };
    const hash = encodeHash(s);
    expect(hash.length).toBeLessThan(2000);
    expect(`http://127.0.0.1:4173/${hash}`.length).toBeLessThan(2000);
    expect(decodeHash(hash, fallback())).toEqual(s);
  });

  it('keeps chapter, step and language exactly', () => {
    for (const c of chapters) {
      for (const st of c.steps) {
        const s: AppState = { ...initialState('zh'), chapter: c.id, step: st.id };
        const out = decodeHash(encodeHash(s), fallback());
        expect([out.chapter, out.step, out.lang, out.notice]).toEqual([c.id, st.id, 'zh', null]);
      }
    }
  });

  it('still opens a link whose separators a mail or chat app percent-encoded', () => {
    const s = initialState('zh');
    s.models.worked = { ...s.models.worked, q: [0.5, -1.25, 2] };
    const hash = encodeHash(s);
    const mangled = `#${encodeURIComponent(hash.slice(1))}`;
    expect(mangled).toContain('%3F');
    expect(decodeHash(mangled, fallback())).toEqual(s);
  });
});

describe('decodeHash on broken links', () => {
  const validHash = fc.sample(appStateArb(), { numRuns: 40, seed: 7 }).map(encodeHash);
  const hashArb = fc.constantFrom(...validHash);

  it('opens the defaults with no notice for an empty hash', () => {
    expect(decodeHash('', fallback())).toEqual(fallback());
    expect(decodeHash('#', fallback())).toEqual(fallback());
  });

  it('never throws and never yields an unusable state for randomly truncated links', () => {
    fc.assert(
      fc.property(hashArb, fc.nat(), (h, n) => {
        expectSafe(h.slice(0, n % (h.length + 1)));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('never throws for random character substitutions, insertions and deletions', () => {
    const nasty = fc.constantFrom(...'0123456789.,_;:=&?/#%-+eEaz~ !\'"<>()[]{}\\xNI−é中'.split(''), '%', '%E0%A4%A', '%00', '%ZZ', 'NaN', 'Infinity', '1e999', '-1e999');
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 3 }), ins: fc.array(nasty, { maxLength: 3 }) });
    fc.assert(
      fc.property(hashArb, fc.array(edit, { minLength: 1, maxLength: 4 }), (h, edits) => {
        let s = h;
        for (const e of edits) {
          const at = e.at % (s.length + 1);
          s = s.slice(0, at) + e.ins.join('') + s.slice(at + e.del);
        }
        expectSafe(s);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('never throws for arbitrary strings, including percent-encoding garbage', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (s) => {
        expectSafe(`#${s}`);
        expectSafe(`#v1/worked/scores?l=en&worked=${s}`);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  const known = '#v1/worked/scores?l=zh&worked=';
  it.each([
    ['huge number', `${known}q:1e999,1,2`, 'notice.url.partDamaged'],
    ['NaN', `${known}q:NaN,1,2`, 'notice.url.partDamaged'],
    ['Infinity', `${known}q:Infinity,1,2`, 'notice.url.partDamaged'],
    ['beyond ±1e6', `${known}q:-1000001,1,2`, 'notice.url.partDamaged'],
    ['hex number', `${known}q:0x10,1,2`, 'notice.url.partDamaged'],
    ['vector too short for d', `${known}q:1,2`, 'notice.url.partDamaged'],
    ['wrong matrix shape', `${known}K:1,0,1_0,1,1`, 'notice.url.partDamaged'],
    ['ragged matrix', `${known}K:1,0,1_0,1_1,1,0`, 'notice.url.partDamaged'],
    ['too many rows', `${known}K:1,0,1_0,1,1_1,1,0_1,1,1`, 'notice.url.partDamaged'],
    ['d out of range', `${known}d:9`, 'notice.url.partDamaged'],
    ['d not an integer', `${known}d:2.5`, 'notice.url.partDamaged'],
    ['duplicated field', `${known}d:3;d:3`, 'notice.url.partDamaged'],
    ['duplicated chapter key', `${known}d:3&worked=d:3`, 'notice.url.partDamaged'],
    ['duplicated language', '#v1/worked/scores?l=zh&l=en', 'notice.url.partDamaged'],
    ['unknown language', '#v1/worked/scores?l=fr', 'notice.url.partDamaged'],
    ['unknown field', `${known}zz:1`, 'notice.url.partDamaged'],
    ['prototype field', `${known}__proto__:1`, 'notice.url.partDamaged'],
    ['unknown parameter', '#v1/worked/scores?l=en&constructor=1', 'notice.url.partDamaged'],
    ['percent garbage', '#v1/worked/scores?l=zh&worked=q:%E0%A4%A', 'notice.url.partDamaged'],
  ])('%s → that part at its defaults, the chapter, step and language kept, and a notice', (_name, hash, key) => {
    const out = expectSafe(hash);
    expect(out.notice?.key).toBe(key);
    expect([out.chapter, out.step]).toEqual(['worked', 'scores']);
    if (hash.includes('l=zh')) expect(out.lang).toBe('zh');
    expect(out.models.worked).toEqual(fallback().models.worked);
  });

  it('a damaged parameter costs only itself: every other value of a shared link still opens', () => {
    fc.assert(
      fc.property(appStateArb(), fc.constantFrom('zz=1', 'worked=q:abc', 'l=fr', 'speed=9'), (s, bad) => {
        const out = decodeHash(`${encodeHash(s)}&${bad}`, fallback());
        expect(out.notice?.key).toBe('notice.url.partDamaged');
        expect([out.chapter, out.step, out.lang]).toEqual([s.chapter, s.step, s.lang]);
        if (!bad.startsWith('worked')) expect(out.models).toEqual(s.models);
      }),
      { numRuns: 100 },
    );
  }, 60_000); // 100 whole app states encoded and decoded: about 4.5 s alone, over 5 s while the browser tests run

  it.each([
    ['unknown chapter', '#v1/no-such-chapter/intro?l=en', 'notice.url.malformed'],
    ['old version', '#v0/worked/scores?l=en', 'notice.url.version'],
    ['future version', '#v2/worked/scores?l=en', 'notice.url.version'],
    ['not a link of ours', '#section-3', 'notice.url.malformed'],
    ['100 KB hash', `#v1/worked/scores?l=en&worked=q:${'1,'.repeat(50_000)}`, 'notice.url.tooLong'],
  ])('%s → the defaults and a notice', (_name, hash, key) => {
    const out = expectSafe(hash);
    expect(out.notice?.key).toBe(key);
  });

  it('keeps the chapter and starts at its first step when only the step is unknown', () => {
    const out = expectSafe('#v1/worked/no-such-step?l=zh');
    expect([out.chapter, out.step, out.lang, out.notice?.key]).toEqual(['worked', chapters[0].steps[0].id, 'zh', 'notice.url.unknownStep']);
  });

  it('opens a step by the number the step bar shows (…/3 is step 3), and refuses a number past the last step', () => {
    const worked = chapters[0];
    const third = expectSafe(`#v1/${worked.id}/3?l=en`);
    expect([third.step, third.notice]).toEqual([worked.steps[2].id, null]);
    expect(encodeHash(third)).toContain(`/${worked.steps[2].id}`);
    for (const bad of [`${worked.steps.length + 1}`, '0', '01']) {
      const out = expectSafe(`#v1/${worked.id}/${bad}?l=en`);
      expect([out.step, out.notice?.key]).toEqual([worked.steps[0].id, 'notice.url.unknownStep']);
    }
  });

  it('caps the hash before decoding (a 100 KB hash is refused, not parsed)', () => {
    expect(MAX_HASH_CHARS).toBeLessThan(100_000);
    expect(decodeHash(`#${'x'.repeat(MAX_HASH_CHARS + 1)}`, fallback()).notice?.key).toBe('notice.url.tooLong');
  });
});
