/**
 * A QR code of a share link, as data: the module matrix (rows × columns of dark/light) and one
 * SVG path drawing every dark module, so the panel only renders attributes (no innerHTML, no
 * inline styles: the site's CSP forbids them).
 */
import qrcode from 'qrcode-generator';

/** Light modules around the code that scanners need (the standard asks for 4). */
export const QUIET_ZONE = 4;

/** A QR code: modules[row][col] = dark, and the side length including the quiet zone. */
export interface QrMatrix {
  modules: boolean[][];
  /** Module count + 2 × QUIET_ZONE: the SVG viewBox side. */
  side: number;
  /** Error correction level used (M for short links; L when it makes a long link's code coarser, or M does not fit). */
  level: 'M' | 'L';
}

/** The smallest module size (CSS px) at which phone cameras reliably read a code off a screen; the panel draws at least this when it fits. */
export const MIN_PX_PER_MODULE = 3;
/** Above this many modules (version 10) a code is dense enough that the coarser level L is worth its lower redundancy on a screen. */
const DENSE_MODULES = 57;

function encode(ascii: string, level: 'M' | 'L'): QrMatrix | null {
  try {
    const qr = qrcode(0, level); // 0 = the smallest version that holds the text
    qr.addData(ascii, 'Byte');
    qr.make();
    const n = qr.getModuleCount();
    const modules = Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
    return { modules, side: n + 2 * QUIET_ZONE, level };
  } catch {
    return null; // too long at this level
  }
}

/** The QR code of text (a URL), or null when it is too long for any QR code (about 2,900 bytes at level L). */
export function qrMatrix(text: string): QrMatrix | null {
  // Byte mode reads one byte per character: make sure every character is ASCII.
  const ascii = /^[\x20-\x7e]*$/.test(text) ? text : encodeURI(text);
  const m = encode(ascii, 'M');
  if (m && m.modules.length <= DENSE_MODULES) return m;
  // A long link: fewer, larger modules read better off a screen than extra redundancy.
  const l = encode(ascii, 'L');
  return l && (!m || l.modules.length < m.modules.length) ? l : m;
}

/** One SVG path (`M x y h1 v1 h-1 z` per run of dark modules in a row), offset by the quiet zone. */
export function qrPath(m: QrMatrix): string {
  const parts: string[] = [];
  m.modules.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      if (!row[c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < row.length && row[c]) c++;
      parts.push(`M${start + QUIET_ZONE} ${r + QUIET_ZONE}h${c - start}v1h${start - c}z`);
    }
  });
  return parts.join('');
}

/** Links longer than this may be cut by chat apps and make dense QR codes (GUIDE §6: keep links under ~2,000 characters). */
export const LONG_LINK_CHARS = 2000;

/** True when a link is longer than LONG_LINK_CHARS. */
export const isLongLink = (link: string): boolean => link.length > LONG_LINK_CHARS;
