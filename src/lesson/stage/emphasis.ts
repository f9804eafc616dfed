import type { ChapterDef, StepDef } from '../types';
import type { StageDef, StagePart } from './types';

/** Every part of a stage, flow first, then store. */
export function stageParts(stage: StageDef): readonly StagePart[] {
  return [...stage.flow, ...(stage.store ?? [])];
}

/** 'emph' when the step highlights the part, otherwise 'quiet' (shown, but lower contrast). */
export function partEmphasis(step: StepDef, partId: string): 'emph' | 'quiet' {
  return step.highlight?.includes(partId) ? 'emph' : 'quiet';
}

/** True while the part's numbers must stay hidden: the step conceals it and its prediction is not answered. */
export function partConcealed(step: StepDef, partId: string, revealed: boolean): boolean {
  return !revealed && (step.conceal?.includes(partId) ?? false);
}

/**
 * What is wrong with a chapter's stage data, as readable lines (empty when consistent): every step
 * highlights at least one part, and every highlighted or concealed id is a part of the stage.
 */
export function stageProblems(chapter: ChapterDef): string[] {
  const stage = chapter.stage;
  if (!stage) return [];
  const ids = new Set(stageParts(stage).map((p) => p.id));
  const problems: string[] = [];
  if (ids.size !== stageParts(stage).length) problems.push(`${chapter.id}: duplicate part ids in stage ${stage.id}`);
  for (const step of chapter.steps) {
    if (!step.highlight?.length) problems.push(`${chapter.id}/${step.id}: highlights no stage part`);
    for (const id of [...(step.highlight ?? []), ...(step.conceal ?? [])]) {
      if (!ids.has(id)) problems.push(`${chapter.id}/${step.id}: "${id}" is not a part of stage ${stage.id}`);
    }
  }
  return problems;
}

/**
 * The flow parts a step shows numbers for. A progressive stage fills as the chapter advances: a flow
 * part is reached once this step or an earlier one highlights it or a later flow part, so a step
 * never shows a result the chapter has not computed yet (nor the answer of a later prediction).
 * Store parts and non-progressive stages are always shown.
 */
export function reachedParts(chapter: ChapterDef, stepId: string): Set<string> {
  const stage = chapter.stage;
  if (!stage) return new Set();
  const all = stageParts(stage).map((p) => p.id);
  if (!stage.progressive) return new Set(all);
  const upTo = Math.max(0, chapter.steps.findIndex((s) => s.id === stepId));
  let furthest = -1;
  for (const step of chapter.steps.slice(0, upTo + 1)) {
    for (const id of step.highlight ?? []) furthest = Math.max(furthest, stage.flow.findIndex((p) => p.id === id));
  }
  return new Set([...stage.flow.slice(0, furthest + 1).map((p) => p.id), ...(stage.store ?? []).map((p) => p.id)]);
}
