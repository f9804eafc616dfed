/**
 * The shareable link: `#v1/<chapter>/<step>?l=<lang>[&play=1][&speed=2]&<chapter>=<field>:<value>;…`.
 * Versioned, capped before decoding, strictly validated field by field (GUIDE §6).
 * Only fields that differ from the defaults are written, so links stay short. For the chapter on
 * screen the defaults are those of the step as it opens (StepDef.opens), so a link to a step that
 * opens with a switch flipped, and a reader who flipped it back, both read back exactly.
 */
import { isLang } from '../i18n/lang';
import { findChapter } from '../lesson/chapters';
import { playbackParams, readPlaybackParam } from '../lesson/playback';
import { stepBaseline } from '../lesson/stepState';
import type { AppState, Notice } from './appState';
import type { ChapterModel } from './chapterModel';
import { maxFieldChars, readField, sameValue, writeField } from './fields';
import { type ModelId, models } from './models';

export const URL_VERSION = 1;
/** Longest hash we try to decode: room for every chapter with every field at its longest (so every link we write reads back), within [4,000, 32,000]. */
export const MAX_HASH_CHARS = Math.min(
  32_000,
  Math.max(
    4000,
    Object.entries(models).reduce(
      (n, [id, m]) => n + id.length + 2 + Object.entries(m.fields).reduce((k, [name, spec]) => k + name.length + 2 + maxFieldChars(spec), 0),
      100,
    ),
  ),
);

const HEAD = /^v(\d{1,4})\/([a-z0-9-]{1,40})(?:\/([a-z0-9-]{1,40}))?$/;

type AnyModel = ChapterModel<Record<string, unknown>>;
const modelOf = (id: string): AnyModel | undefined =>
  Object.hasOwn(models, id) ? (models[id as ModelId] as unknown as AnyModel) : undefined;

/** The defaults a chapter's fields are written against: the step's opening state for the chapter on screen. */
function baselineOf(id: string, model: AnyModel, chapter: string, step: string): Record<string, unknown> {
  return id === chapter ? stepBaseline(findChapter(chapter)?.steps.find((st) => st.id === step), model.defaults) : model.defaults;
}

/** The chapter fields that differ from the baseline, as `name:value;…`, or '' when none do. */
function writeModel(model: AnyModel, state: Record<string, unknown>, baseline: Record<string, unknown>): string {
  return Object.entries(model.fields)
    .filter(([name]) => !sameValue(state[name], baseline[name]))
    .map(([name, spec]) => `${name}:${writeField(spec, state[name])}`)
    .join(';');
}

/** The hash for a state. */
export function encodeHash(s: AppState): string {
  const params = [`l=${s.lang}`, ...playbackParams(s.play)];
  for (const [id, state] of Object.entries(s.models)) {
    const model = modelOf(id);
    const text = model ? writeModel(model, state as unknown as Record<string, unknown>, baselineOf(id, model, s.chapter, s.step)) : '';
    if (text) params.push(`${id}=${text}`);
  }
  return `#v${URL_VERSION}/${s.chapter}/${s.step}?${params.join('&')}`;
}

class Broken extends Error {}

/** Reads one chapter's fields over its baseline; throws Broken naming the bad field. */
function readModel(id: string, model: AnyModel, text: string, baseline: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = structuredClone(baseline);
  const seen = new Set<string>();
  for (const part of text.split(';')) {
    const colon = part.indexOf(':');
    const name = colon < 0 ? part : part.slice(0, colon);
    if (colon < 0 || !Object.hasOwn(model.fields, name) || seen.has(name)) throw new Broken(`${id}.${name.slice(0, 20)}`);
    seen.add(name);
    const value = readField(model.fields[name], part.slice(colon + 1));
    if (value === undefined) throw new Broken(`${id}.${name}`);
    out[name] = value;
  }
  const bad = model.check(out);
  if (bad) throw new Broken(`${id}.${bad}`);
  return out;
}

/** The state a hash describes, or `fallback` with a notice saying what was wrong. Never throws. */
export function decodeHash(hash: string, fallback: AppState): AppState {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const out = decodeRaw(raw, fallback);
  if (out.notice === null || !raw.includes('%') || raw.length > MAX_HASH_CHARS) return out;
  // A mail or chat app may have percent-encoded the separators (? = & ; :): try once more, decoded.
  const plain = safeDecode(raw);
  const again = plain === undefined || plain === raw ? out : decodeRaw(plain, fallback);
  return again.notice === null ? again : out;
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

function decodeRaw(raw: string, fallback: AppState): AppState {
  if (raw === '') return fallback;
  const fail = (notice: Notice): AppState => ({ ...fallback, notice });
  if (raw.length > MAX_HASH_CHARS) return fail({ key: 'notice.url.tooLong' });
  try {
    return decodeChecked(raw, fallback, fail);
  } catch {
    return fail({ key: 'notice.url.malformed', params: { detail: '?' } }); // e.g. a chapter's check that throws
  }
}

function decodeChecked(raw: string, fallback: AppState, fail: (n: Notice) => AppState): AppState {
  const q = raw.indexOf('?');
  const head = HEAD.exec(q < 0 ? raw : raw.slice(0, q));
  if (!head) return fail({ key: 'notice.url.malformed', params: { detail: 'path' } });
  if (Number(head[1]) !== URL_VERSION) return fail({ key: 'notice.url.version' });
  const chapter = findChapter(head[2]);
  if (!chapter) return fail({ key: 'notice.url.malformed', params: { detail: 'chapter' } });
  const next: AppState = { ...fallback, chapter: chapter.id, step: chapter.steps[0].id, models: structuredClone(fallback.models), notice: null };
  if (head[3] !== undefined) {
    // A step by its id, or by the number the step bar shows ("Step 3 of 5": …/3); the page then writes its id.
    const byNumber = /^[1-9]\d{0,2}$/.test(head[3]) ? chapter.steps[Number(head[3]) - 1] : undefined;
    if (chapter.steps.some((st) => st.id === head[3])) next.step = head[3];
    else if (byNumber) next.step = byNumber.id;
    else next.notice = { key: 'notice.url.unknownStep' };
  }
  // The chapter on screen opens as its step declares, unless the link says otherwise.
  const own = modelOf(chapter.id);
  if (own) (next.models as Record<string, unknown>)[chapter.id] = baselineOf(chapter.id, own, next.chapter, next.step);
  // A damaged parameter costs only itself: the chapter, step, language and every other parameter still open.
  const seen = new Set<string>();
  let broken: string | null = null;
  for (const pair of q < 0 ? [] : raw.slice(q + 1).split('&')) {
    if (pair === '') continue;
    try {
      const eq = pair.indexOf('=');
      const key = eq < 0 ? pair : pair.slice(0, eq);
      const value = eq < 0 ? '' : pair.slice(eq + 1);
      if (seen.has(key) || eq < 0) throw new Broken(key.slice(0, 20));
      seen.add(key);
      if (key === 'l') {
        if (!isLang(value)) throw new Broken('l');
        next.lang = value;
        continue;
      }
      if (key === 'play' || key === 'speed') {
        const play = readPlaybackParam(next.play, key, value);
        if (!play) throw new Broken(key);
        next.play = play;
        continue;
      }
      const model = modelOf(key);
      if (!model) throw new Broken(key.slice(0, 20));
      (next.models as Record<string, unknown>)[key] = readModel(key, model, value, baselineOf(key, model, next.chapter, next.step));
    } catch (e) {
      broken ??= e instanceof Broken ? e.message : '?';
    }
  }
  if (broken !== null) next.notice = { key: 'notice.url.partDamaged', params: { detail: broken } };
  return next;
}
