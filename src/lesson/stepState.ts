/**
 * Steps open in the state that shows their lesson, and their text follows the switches (GUIDE §8).
 * Both are data on the step (StepDef.opens, StepDef.variants); these pure helpers apply them. The
 * reducer applies `opens` when the reader arrives at a step; the URL codec writes the current
 * chapter's fields relative to `stepBaseline`, so a shared link reproduces exactly what was on screen.
 */
import type { MsgKey } from '../i18n';
import type { ChapterDef, StepDef, StepState } from './types';

/** True when every field named in `when` has that value in s (a chapter's state, any shape). */
export function matches(when: StepState, s: object): boolean {
  const rec = s as Record<string, unknown>;
  return Object.entries(when).every(([k, v]) => rec[k] === v);
}

/** s with the step's declared fields set (fields the state does not have are ignored); s itself when nothing changes. */
export function openState<S extends object>(step: StepDef | undefined, s: S): S {
  const opens = step?.opens;
  if (!opens || matches(opens, s)) return s;
  const rec = s as Record<string, unknown>;
  const next = { ...rec };
  for (const [k, v] of Object.entries(opens)) if (Object.hasOwn(rec, k)) next[k] = v;
  return next as S;
}

/** The baseline a shared link of this step is written against: the chapter's defaults as the step opens them. */
export function stepBaseline<S extends object>(step: StepDef | undefined, defaults: S): S {
  return openState(step, defaults);
}

/** The title and body keys for the current state: the first variant whose `when` matches, else the step's own. */
export function stepText(step: StepDef, s: object | undefined): { titleKey: MsgKey; bodyKey: MsgKey } {
  const v = s === undefined ? undefined : step.variants?.find((x) => matches(x.when, s));
  return { titleKey: v?.titleKey ?? step.titleKey, bodyKey: v?.bodyKey ?? step.bodyKey };
}

/** A step's title as the current state shows it, with the chapter's placeholders filled: what the step dots, tooltips and announcements print. */
export function stepTitle(t: (key: MsgKey, params?: Readonly<Record<string, string | number>>) => string, chapter: ChapterDef, step: StepDef, s: object | undefined): string {
  return t(stepText(step, s).titleKey, chapter.params);
}

/** The step with its title and body keys resolved for the current state (what every view, the step bar and the handout show). */
export function resolveStep(step: StepDef, s: object | undefined): StepDef {
  const { titleKey, bodyKey } = stepText(step, s);
  return titleKey === step.titleKey && bodyKey === step.bodyKey ? step : { ...step, titleKey, bodyKey };
}
