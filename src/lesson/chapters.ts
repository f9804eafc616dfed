/** The tutorial's chapters, in reading order (add one line per chapter). */
import type { ChapterDef } from './types';
import { workedChapter } from './worked/chapter';
import { headsChapter } from './heads/chapter';
import { memoryChapter } from './memory/chapter';
import { originChapter } from './origin/chapter';
import { maskChapter } from './mask/chapter';
import { scalingChapter } from './scaling/chapter';
import { costChapter } from './cost/chapter';
import { noQCacheChapter } from './no-q-cache/chapter';
import { crossChapter } from './cross/chapter';
import { generateChapter } from './generate/chapter';
import { serveChapter } from './serve/chapter';
import { realModelChapter } from './real-model/chapter';
import { ropeChapter } from './rope/chapter';
import { reuseChapter } from './reuse/chapter';
import { shrinkChapter } from './shrink/chapter';

export const chapters: readonly ChapterDef[] = [
  workedChapter,
  originChapter,
  maskChapter,
  noQCacheChapter,
  generateChapter,
  scalingChapter,
  headsChapter,
  memoryChapter,
  crossChapter,
  costChapter,
  realModelChapter,
  ropeChapter,
  reuseChapter,
  serveChapter,
  shrinkChapter,
];

/** The chapter with this id, or undefined. */
export function findChapter(id: string): ChapterDef | undefined {
  return chapters.find((c) => c.id === id);
}
