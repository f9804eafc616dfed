import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../src/i18n';
import { chapters } from '../../src/lesson/chapters';

// The page loads only the current language's base catalogs and the open chapter's (issue 10 §5).
// So every key a chapter's code names must live in one of those, and shared code may use only the
// base catalogs. A key found in no loaded catalog would show raw on the page.
const dir = join(__dirname, '../../src');
const BASE = ['common', 'share', 'print', 'composer'];
const owner = new Map<string, string>();
for (const f of readdirSync(join(dir, 'i18n'))) {
  const m = /^en-([a-z-]+)\.json$/.exec(f);
  if (!m) continue;
  for (const k of Object.keys(JSON.parse(readFileSync(join(dir, 'i18n', f), 'utf8')))) owner.set(k, m[1]);
}

function files(path: string): string[] {
  try {
    return statSync(path).isDirectory() ? readdirSync(path).flatMap((f) => files(join(path, f))) : /\.tsx?$/.test(path) ? [path] : [];
  } catch {
    return [];
  }
}

/** Catalogs whose keys a file names (string literals that are message keys). */
function catalogsUsed(file: string): Set<string> {
  const used = new Set<string>();
  for (const m of readFileSync(file, 'utf8').matchAll(/'([a-zA-Z]+(?:\.[a-zA-Z0-9]+)+)'/g)) {
    const c = owner.get(m[1]);
    if (c) used.add(c);
  }
  return used;
}

describe('messages load per language and chapter', () => {
  it('every chapter names keys only from the base catalogs and its own', () => {
    for (const c of chapters) {
      const own = catalogOf(c.id);
      expect(owner.size).toBeGreaterThan(100);
      for (const f of [...files(join(dir, 'lesson', c.id)), ...files(join(dir, 'panels', c.id))]) {
        const stray = [...catalogsUsed(f)].filter((x) => !BASE.includes(x) && x !== own);
        expect(stray, `${f} (chapter ${c.id}, catalog ${own})`).toEqual([]);
      }
    }
  });

  it('shared code names keys only from the base catalogs (chapter titles and questions come with every page)', () => {
    // A chapter being built (its own catalog and folders, not registered yet) counts as chapter code.
    const own = new Set([...chapters.map((c) => c.id), ...[...owner.values()].filter((c) => !BASE.includes(c))]);
    const shared = files(dir).filter((f) => !/\/(lesson|panels)\/([a-z-]+)\//.test(f) || !own.has(/\/(lesson|panels)\/([a-z-]+)\//.exec(f)?.[2] ?? ''));
    for (const f of shared) {
      const text = readFileSync(f, 'utf8');
      const stray = [...text.matchAll(/'([a-zA-Z]+(?:\.[a-zA-Z0-9]+)+)'/g)]
        .map((m) => m[1])
        .filter((k) => owner.has(k) && !BASE.includes(owner.get(k) ?? '') && !/^[a-zA-Z]+\.(title|question)$/.test(k));
      expect(stray, f).toEqual([]);
    }
  });
});
