/** Base64 (RFC 4648, standard alphabet, `=` padding) without DOM or Node APIs, so the core runs anywhere. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** Decodes base64 text into bytes: (4n chars) -> (≤ 3n bytes). Throws naming the first bad character or length. */
export function decodeBase64(text: string): Uint8Array {
  if (text.length % 4 !== 0) throw new Error(`base64: length ${text.length} is not a multiple of 4 (truncated data?)`);
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const c = text.charCodeAt(i + j);
      const isPad = c === 61 && i + j >= text.length - pad; // '=' only at the very end
      const v = isPad ? 0 : c < 128 ? LOOKUP[c] : -1;
      if (v < 0) throw new Error(`base64: character ${JSON.stringify(text[i + j])} at ${i + j} is not base64`);
      n = (n << 6) | v;
    }
    // One group of 4 characters carries 24 bits = 3 bytes (fewer in the padded last group).
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
