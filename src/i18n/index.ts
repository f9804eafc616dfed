/**
 * The message catalogs. Each chapter has its own en-*.json / zh-*.json pair; keys are typed from
 * the English catalogs (add one `import type` line per language below and the type to En / Zh;
 * the files themselves are found by import.meta.glob), and the Chinese ones must have exactly the
 * same keys (checked here by tsc and by tests/i18n/catalogs.test.ts). A chapter's catalog is named
 * after its id (CATALOG_OF lists the exceptions).
 *
 * Only what a screen needs is loaded (issue 10 §5): the current language's common, share and
 * print catalogs and the current chapter's catalog, plus every chapter's title and question
 * (virtual:chapter-titles, built by vite.config.ts, for the chapter bar). Everything else is
 * fetched when the browser is idle (prefetchMessages) or when a chapter or language is opened.
 */
import titles from 'virtual:chapter-titles';
import type enCommon from './en-common.json';
import type enComposer from './en-composer.json';
import type enCost from './en-cost.json';
import type enCross from './en-cross.json';
import type enGenerate from './en-generate.json';
import type enHeads from './en-heads.json';
import type enMask from './en-mask.json';
import type enMemory from './en-memory.json';
import type enNoq from './en-noq.json';
import type enOrigin from './en-origin.json';
import type enPrint from './en-print.json';
import type enScaling from './en-scaling.json';
import type enServe from './en-serve.json';
import type enShare from './en-share.json';
import type enWorked from './en-worked.json';
import type enRealModel from './en-realmodel.json';
import type enReuse from './en-reuse.json';
import type enRope from './en-rope.json';
import type enShrink from './en-shrink.json';
import type zhCommon from './zh-common.json';
import type zhComposer from './zh-composer.json';
import type zhCost from './zh-cost.json';
import type zhCross from './zh-cross.json';
import type zhGenerate from './zh-generate.json';
import type zhHeads from './zh-heads.json';
import type zhMask from './zh-mask.json';
import type zhMemory from './zh-memory.json';
import type zhNoq from './zh-noq.json';
import type zhOrigin from './zh-origin.json';
import type zhPrint from './zh-print.json';
import type zhScaling from './zh-scaling.json';
import type zhServe from './zh-serve.json';
import type zhShare from './zh-share.json';
import type zhWorked from './zh-worked.json';
import type zhRealModel from './zh-realmodel.json';
import type zhReuse from './zh-reuse.json';
import type zhRope from './zh-rope.json';
import type zhShrink from './zh-shrink.json';

type En = typeof enCommon & typeof enShare & typeof enPrint & typeof enWorked & typeof enOrigin & typeof enMask & typeof enNoq &
  typeof enGenerate & typeof enScaling & typeof enHeads & typeof enMemory & typeof enCross & typeof enCost & typeof enServe & typeof enComposer & typeof enReuse & typeof enRealModel & typeof enRope & typeof enShrink;
type Zh = typeof zhCommon & typeof zhShare & typeof zhPrint & typeof zhWorked & typeof zhOrigin & typeof zhMask & typeof zhNoq &
  typeof zhGenerate & typeof zhScaling & typeof zhHeads & typeof zhMemory & typeof zhCross & typeof zhCost & typeof zhServe & typeof zhComposer & typeof zhReuse & typeof zhRealModel & typeof zhRope & typeof zhShrink;

/** Every message key of the app. */
export type MsgKey = keyof En;
import type { Lang } from './lang';
export { isLang, LANGS, type Lang } from './lang';

// Compile-time check: the Chinese catalogs have exactly the English keys.
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false;
const zhComplete: SameKeys<En, Zh> = true;
void zhComplete;

/** The catalogs loaded so far, keyed by language (complete after loadAllMessages). */
export const catalogs: Record<Lang, Partial<Record<MsgKey, string>>> = {
  en: { ...(titles.en as Partial<Record<MsgKey, string>>) },
  zh: { ...(titles.zh as Partial<Record<MsgKey, string>>) },
};

/** Catalogs every screen needs besides its chapter's (the chrome, sharing, the print button, the shared sentence composer). */
const BASE = ['common', 'share', 'print', 'composer'] as const;
/** A chapter's catalog name when it differs from its id. */
const CATALOG_OF: Readonly<Record<string, string>> = { 'no-q-cache': 'noq', 'real-model': 'realmodel' };

/** The catalog file stem of a chapter: its id unless listed in CATALOG_OF. */
export function catalogOf(chapter: string): string {
  return CATALOG_OF[chapter] ?? chapter;
}

const files = import.meta.glob<Record<string, string>>('./*-*.json', { import: 'default' });

/** A promise React's `use` can read at once when already settled (status fields, as React documents). */
type Tracked = Promise<void> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: undefined; reason?: unknown };
/** What loadMessages returns: a plain promise for callers, read synchronously by React's `use` once settled. */
export type MessagesPromise = Promise<void>;
const pending = new Map<string, Tracked>();

/** Marks `promise` with its status as it settles (`status` starts as given: 'fulfilled' when already known to be done). */
function track(promise: Promise<void>, status: Tracked['status'] = 'pending'): Tracked {
  const p = promise as Tracked;
  p.status = status;
  p.then(
    () => {
      p.status = 'fulfilled';
    },
    (e) => {
      p.status = 'rejected';
      p.reason = e;
    },
  );
  return p;
}

/** Loads one catalog file ("en-worked") into `catalogs`, once. */
function loadFile(name: string): Tracked {
  let p = pending.get(name);
  if (p) return p;
  const lang = name.slice(0, 2) as Lang;
  const load = files[`./${name}.json`];
  p = track(load ? load().then((m) => void Object.assign(catalogs[lang], m)) : Promise.resolve());
  pending.set(name, p);
  return p;
}

const groups = new Map<string, Tracked>();

/** Loads what a screen of `chapter` in `lang` needs; the same promise for the same pair (React's `use` reads it). */
export function loadMessages(lang: Lang, chapter: string): MessagesPromise {
  const key = `${lang}/${chapter}`;
  let p = groups.get(key);
  if (p) return p;
  const parts = [...BASE, catalogOf(chapter)].map((c) => loadFile(`${lang}-${c}`));
  p = track(
    Promise.all(parts).then(() => undefined),
    parts.every((x) => x.status === 'fulfilled') ? 'fulfilled' : 'pending',
  );
  groups.set(key, p);
  return p;
}

/** True when everything a screen of `chapter` in `lang` needs is loaded (no wait before showing it). */
export function messagesLoaded(lang: Lang, chapter: string): boolean {
  return [...BASE, catalogOf(chapter)].every((c) => pending.get(`${lang}-${c}`)?.status === 'fulfilled' || !files[`./${lang}-${c}.json`]);
}

/** Loads every catalog of both languages (tests, the printed handout of any chapter, idle prefetch). */
export function loadAllMessages(): Promise<void> {
  return Promise.all(Object.keys(files).map((f) => loadFile(f.slice(2, -5)))).then(() => undefined);
}

/** Message parameters: numbers should already be formatted by the caller. */
export type MsgParams = Record<string, string | number>;

/** The message for key in lang, with {name} placeholders filled from params (the key itself if its catalog is not loaded). */
export function translate(lang: Lang, key: MsgKey, params?: MsgParams): string {
  const template = catalogs[lang][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const PLURAL: Record<Lang, Intl.PluralRules> = { en: new Intl.PluralRules('en'), zh: new Intl.PluralRules('zh-CN') };

/**
 * A message that counts something: the key's ".one" form when `count` is singular in lang
 * ("1 row"; the catalog has `key.one` beside `key`), else the key itself ("2 rows"). Chinese has
 * one form, so its ".one" entry repeats the other.
 */
export function translateCount(lang: Lang, key: MsgKey, count: number, params?: MsgParams): string {
  const one = `${key}.one`;
  const singular = PLURAL[lang].select(count) === 'one' && Object.hasOwn(catalogs[lang], one);
  return translate(lang, singular ? (one as MsgKey) : key, params);
}
