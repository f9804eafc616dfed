/**
 * KaTeX options in one place. GUIDE §6 keeps `trust` off; linked highlighting needs one exception:
 * formula terms carry their quantity id as `\htmlData{q=w.1}{…}` (lesson/links.ts texLink). The
 * trust callback allows exactly that and nothing else: only \htmlData (never \href, \url,
 * \includegraphics, \htmlStyle, \htmlClass, \htmlId), only one attribute named data-q, and only
 * a value matching the quantity-id pattern (letters, digits, '-' and '.'), so no URL, style or
 * markup can enter the page through TeX. Our TeX is built from numbers and our own ids only.
 */
import type { KatexOptions, TrustContext } from 'katex';
import { isQuantityId } from '../../lesson/links';

/** True only for \htmlData{q=<quantity id>}. */
export function katexTrust(ctx: TrustContext): boolean {
  if (ctx.command !== '\\htmlData') return false;
  const keys = Object.keys(ctx.attributes);
  return keys.length === 1 && keys[0] === 'data-q' && isQuantityId(ctx.attributes['data-q']);
}

/** What the page uses: errors shown as plain TeX, never thrown. */
export const KATEX_OPTIONS = { trust: katexTrust, throwOnError: false, strict: 'ignore', maxSize: 20, maxExpand: 200 } satisfies KatexOptions;

/** What tests use to catch bugs in our own TeX: every strictness warning throws, except the one \htmlData raises by design. */
export const KATEX_STRICT_OPTIONS = {
  trust: katexTrust,
  throwOnError: true,
  strict: (code: string) => (code === 'htmlExtension' ? 'ignore' : 'error'),
} satisfies KatexOptions;
