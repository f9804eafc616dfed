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
  /** Error correction level used (M when it fits, else L). */
  level: 'M' | 'L';
}

/** The QR code of text (a URL), or null when it is too long for any QR code (about 2,900 bytes). */
export function qrMatrix(text: string): QrMatrix | null {
  // Byte mode reads one byte per character: make sure every character is ASCII.
  const ascii = /^[\x20-\x7e]*$/.test(text) ? text : encodeURI(text);
  for (const level of ['M', 'L'] as const) {
    try {
      const qr = qrcode(0, level); // 0 = the smallest version that holds the text
      qr.addData(ascii, 'Byte');
      qr.make();
      const n = qr.getModuleCount();
      const modules = Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
      return { modules, side: n + 2 * QUIET_ZONE, level };
    } catch {
      // too long at this level: try the next, lower one
    }
  }
  return null;
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
