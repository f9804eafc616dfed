import type { Page } from '@playwright/test';
import jsQR from 'jsqr';

/**
 * Reads the share panel's QR code as a phone would: the SVG rasterised in the page (SVG → canvas,
 * `size` px square, or the size it is drawn at in CSS pixels when omitted), thresholded to dark and
 * light, then decoded with jsQR. Returns the decoded text, or undefined when it does not read.
 */
export async function readQr(page: Page, size?: number): Promise<string | undefined> {
  const { bits, n } = await page.getByTestId('share-qr').evaluate(async (svg, wanted) => {
    const n = wanted ?? Math.round(svg.getBoundingClientRect().width);
    const img = new Image(n, n);
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = n;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0, n, n);
    const rgba = ctx.getImageData(0, 0, n, n).data;
    let out = '';
    for (let i = 0; i < rgba.length; i += 4) out += rgba[i] < 128 ? '1' : '0'; // one character per pixel: dark or light
    return { bits: out, n };
  }, size);
  const data = new Uint8ClampedArray(n * n * 4);
  for (let i = 0; i < bits.length; i++) data.fill(bits[i] === '1' ? 0 : 255, i * 4, i * 4 + 3);
  for (let i = 3; i < data.length; i += 4) data[i] = 255;
  return jsQR(data, n, n)?.data;
}
