import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { type QrMatrix, QUIET_ZONE, qrMatrix, qrPath } from '../../src/lesson/qr/qrMatrix';

/** The code as an RGBA image, `px` pixels per module, black on white (what the SVG draws). */
function toImage(m: QrMatrix, px = 4): { data: Uint8ClampedArray; size: number } {
  const size = m.side * px;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  m.modules.forEach((row, r) => {
    row.forEach((dark, c) => {
      if (!dark) return;
      for (let y = 0; y < px; y++)
        for (let x = 0; x < px; x++) {
          const i = (((r + QUIET_ZONE) * px + y) * size + (c + QUIET_ZONE) * px + x) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
    });
  });
  return { data, size };
}

/** The dark modules the path draws, read back from its `M x y h w v1 h-w z` runs. */
function pathModules(d: string): Set<string> {
  const out = new Set<string>();
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) for (let k = 0; k < Number(w); k++) out.add(`${Number(x) + k},${y}`);
  return out;
}

describe('qrMatrix', () => {
  const link = 'http://127.0.0.1:4173/#v1/worked/self-attend?l=zh&worked=d:4;q:0.5,-1.25,2,0.125;K:1,0,1,0.333_0,1,1,-0.5_1,1,0,2';

  it('encodes the link so that a QR reader gets exactly the link back', () => {
    const m = qrMatrix(link);
    expect(m).not.toBeNull();
    const { data, size } = toImage(m as QrMatrix);
    expect(jsQR(data, size, size)?.data).toBe(link);
  });

  it('still encodes a long (2,000-character) link, with a lower error-correction level if needed', () => {
    const long = `${link}&x=${'1,'.repeat(985)}`;
    const m = qrMatrix(long) as QrMatrix;
    const { data, size } = toImage(m);
    expect(jsQR(data, size, size)?.data).toBe(long);
  }, 30_000);

  it('returns null for a link too long for any QR code instead of throwing', () => {
    expect(qrMatrix('x'.repeat(3000))).toBeNull();
  });

  it('is square with the quiet zone around it', () => {
    const m = qrMatrix('hello') as QrMatrix;
    expect(m.modules.every((row) => row.length === m.modules.length)).toBe(true);
    expect(m.side).toBe(m.modules.length + 2 * QUIET_ZONE);
  });

  it('draws exactly the dark modules, each once, shifted by the quiet zone', () => {
    const m = qrMatrix(link) as QrMatrix;
    const dark = new Set<string>();
    m.modules.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v) dark.add(`${c + QUIET_ZONE},${r + QUIET_ZONE}`);
      });
    });
    expect(pathModules(qrPath(m))).toEqual(dark);
  });
});
