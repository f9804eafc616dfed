/**
 * The message catalogs. Each chapter has its own en-*.json / zh-*.json pair (add one import per
 * language and spread it below); keys are typed from the English catalogs, and the Chinese ones
 * must have exactly the same keys (checked by tsc here and by tests/i18n/catalogs.test.ts).
 */
import enCommon from './en-common.json';
import enShare from './en-share.json';
import enGenerate from './en-generate.json';
import enCost from './en-cost.json';
import enScaling from './en-scaling.json';
import enNoq from './en-noq.json';
import enCross from './en-cross.json';
import enPrint from './en-print.json';
import enWorked from './en-worked.json';
import enHeads from './en-heads.json';
import enMemory from './en-memory.json';
import enOrigin from './en-origin.json';
import enMask from './en-mask.json';
import enServe from './en-serve.json';
import enComposer from './en-composer.json';
import enShrink from './en-shrink.json';
import zhCommon from './zh-common.json';
import zhShare from './zh-share.json';
import zhGenerate from './zh-generate.json';
import zhCost from './zh-cost.json';
import zhScaling from './zh-scaling.json';
import zhNoq from './zh-noq.json';
import zhCross from './zh-cross.json';
import zhPrint from './zh-print.json';
import zhWorked from './zh-worked.json';
import zhHeads from './zh-heads.json';
import zhMemory from './zh-memory.json';
import zhOrigin from './zh-origin.json';
import zhMask from './zh-mask.json';
import zhServe from './zh-serve.json';
import zhComposer from './zh-composer.json';
import zhShrink from './zh-shrink.json';

const en = {
  ...enCommon,
  ...enShare,
  ...enGenerate,
  ...enCost,
  ...enScaling,
  ...enNoq,
  ...enCross,
  ...enPrint,
  ...enWorked,
  ...enHeads,
  ...enMemory,
  ...enOrigin,
  ...enMask,
  ...enServe,
  ...enComposer,
  ...enShrink,
};

/** Every message key of the app. */
export type MsgKey = keyof typeof en;
/** The two languages the tutorial ships in. */
export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['zh', 'en'];

const zh: Record<MsgKey, string> = {
  ...zhCommon,
  ...zhShare,
  ...zhGenerate,
  ...zhCost,
  ...zhScaling,
  ...zhNoq,
  ...zhCross,
  ...zhPrint,
  ...zhWorked,
  ...zhHeads,
  ...zhMemory,
  ...zhOrigin,
  ...zhMask,
  ...zhServe,
  ...zhComposer,
  ...zhShrink,
};

/** Both catalogs, keyed by language. */
export const catalogs: Record<Lang, Record<MsgKey, string>> = { en, zh };

/** Message parameters: numbers should already be formatted by the caller. */
export type MsgParams = Record<string, string | number>;

/** The message for key in lang, with {name} placeholders filled from params. */
export function translate(lang: Lang, key: MsgKey, params?: MsgParams): string {
  const template = catalogs[lang][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Narrows an unknown string to a language. */
export function isLang(x: unknown): x is Lang {
  return x === 'en' || x === 'zh';
}
