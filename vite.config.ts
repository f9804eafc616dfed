import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

/** The Content-Security-Policy of the built site (GUIDE §6); the dev server injects styles, so only builds get it. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";

/** KaTeX's CSS lists woff2, woff and ttf for every font; keep only woff2 (every browser we support reads it). */
function katexWoff2Only(): Plugin {
  return {
    name: 'katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('katex') || !id.endsWith('.css')) return null;
      return code.replace(/,\s*url\([^)]*\.(woff|ttf)\)\s*format\("(woff|truetype)"\)/g, '');
    },
  };
}

/**
 * `virtual:chapter-titles`: every chapter's title, short name and question ("worked.title", "worked.short",
 * "noq.question": keys of two segments ending in .title, .short or .question) from every src/i18n catalog, in both languages, so
 * the chapter bar can name every chapter while only the open chapter's catalog is loaded.
 */
export function chapterTitles(): Plugin {
  const id = 'virtual:chapter-titles';
  const dir = join(import.meta.dirname, 'src/i18n');
  return {
    name: 'chapter-titles',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const out: Record<string, Record<string, string>> = { en: {}, zh: {} };
      for (const f of readdirSync(dir)) {
        const m = /^(en|zh)-([a-z-]+)\.json$/.exec(f);
        if (!m || m[2] === 'common') continue;
        this.addWatchFile(join(dir, f));
        const catalog = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, string>;
        for (const [k, v] of Object.entries(catalog)) if (/^[a-zA-Z]+\.(title|short|question)$/.test(k)) out[m[1]][k] = v;
      }
      return `export default ${JSON.stringify(out)};`;
    },
  };
}

/** Adds the CSP meta tag to production builds (not to the single-file build, whose inline script CSP would block). */
function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (ctx.server) return html;
        return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    base: './',
    plugins: [react(), katexWoff2Only(), chapterTitles(), ...(single ? [viteSingleFile()] : [cspMeta()])],
    build: {
      outDir: single ? 'dist-single' : 'dist',
      target: 'es2022',
      chunkSizeWarningLimit: 600,
      // Fonts inlined as data: URLs would break the CSP (font-src 'self'); the single file inlines everything anyway.
      assetsInlineLimit: single ? 100_000_000 : 0,
    },
    preview: { port: 4173, host: '127.0.0.1', strictPort: true },
  };
});
