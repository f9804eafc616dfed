/** The tutorial's chapters, in reading order (add one line per chapter). */
import type { ChapterDef } from './types';
import { workedChapter } from './worked/chapter';
import { noQCacheChapter } from './no-q-cache/chapter';

export const chapters: readonly ChapterDef[] = [
  workedChapter,
  noQCacheChapter,
];

/** The chapter with this id, or undefined. */
export function findChapter(id: string): ChapterDef | undefined {
  return chapters.find((c) => c.id === id);
}
