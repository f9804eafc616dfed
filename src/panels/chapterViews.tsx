/** Which React view shows which chapter (add one line per chapter; later chapters load lazily). */
import type { ComponentType } from 'react';
import type { ChapterStates, ModelId } from '../state/models';
import type { ChapterViewProps } from './chapterView';
import { WorkedView } from './worked/WorkedView';

export const chapterViews: { [K in ModelId]: ComponentType<ChapterViewProps<ChapterStates[K]>> } = {
  worked: WorkedView,
};
