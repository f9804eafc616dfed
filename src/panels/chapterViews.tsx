/**
 * Which React view shows which chapter (one line per chapter). Every chapter after the first
 * loads lazily, so the first screen stays within its size budget:
 *   origin: lazy(() => import('./origin/OriginView').then((m) => ({ default: m.OriginView }))),
 */
import { type ComponentType, lazy } from 'react';
import type { ChapterStates, ModelId } from '../state/models';
import type { ChapterViewProps } from './chapterView';
import { WorkedView } from './worked/WorkedView';

void lazy; // used by the lazily loaded chapters below

export const chapterViews: { [K in ModelId]: ComponentType<ChapterViewProps<ChapterStates[K]>> } = {
  worked: WorkedView,
  origin: lazy(() => import('./origin/OriginView').then((m) => ({ default: m.OriginView }))),
  mask: lazy(() => import('./mask/MaskView').then((m) => ({ default: m.MaskView }))),
  'no-q-cache': lazy(() => import('./no-q-cache/NoQView').then((m) => ({ default: m.NoQView }))),
  generate: lazy(() => import('./generate/GenerateView').then((m) => ({ default: m.GenerateView }))),
  scaling: lazy(() => import('./scaling/ScalingView').then((m) => ({ default: m.ScalingView }))),
  heads: lazy(() => import('./heads/HeadsView').then((m) => ({ default: m.HeadsView }))),
  memory: lazy(() => import('./memory/MemoryView').then((m) => ({ default: m.MemoryView }))),
  cross: lazy(() => import('./cross/CrossView').then((m) => ({ default: m.CrossView }))),
  cost: lazy(() => import('./cost/CostView').then((m) => ({ default: m.CostView }))),
  'real-model': lazy(() => import('./real-model/RealModelView').then((m) => ({ default: m.RealModelView }))),
  serve: lazy(() => import('./serve/ServeView').then((m) => ({ default: m.ServeView }))),
  rope: lazy(() => import('./rope/RopeView').then((m) => ({ default: m.RopeView }))),
  reuse: lazy(() => import('./reuse/ReuseView').then((m) => ({ default: m.ReuseView }))),
  shrink: lazy(() => import('./shrink/ShrinkView').then((m) => ({ default: m.ShrinkView }))),
};
