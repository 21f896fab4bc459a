/**
 * base64url (RFC 4648 §5) without padding, as URL fragments carry it. Strict when decoding: any
 * character outside the alphabet, or a length no encoder produces, is refused (not skipped), so a
 * damaged link fails loudly instead of decoding to something else.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

export function encodeBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out += ALPHABET.charAt(n >> 18) + ALPHABET.charAt((n >> 12) & 63) + ALPHABET.charAt((n >> 6) & 63) + ALPHABET.charAt(n & 63);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] as number) << 16;
    out += ALPHABET.charAt(n >> 18) + ALPHABET.charAt((n >> 12) & 63);
  } else if (rest === 2) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8);
    out += ALPHABET.charAt(n >> 18) + ALPHABET.charAt((n >> 12) & 63) + ALPHABET.charAt((n >> 6) & 63);
  }
  return out;
}

export type Base64Decoded = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

export function decodeBase64Url(text: string): Base64Decoded {
  if (text.length % 4 === 1) return { ok: false, reason: `its length (${text.length}) cannot be base64` };
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? (VALUES[c] as number) : -1;
    if (v < 0) return { ok: false, reason: `character ${i + 1} (${JSON.stringify(text[i])}) is not base64url` };
    acc = ((acc << 6) | v) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[o++] = (acc >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, as an encoder writes them (otherwise the text was altered).
  if ((acc & ((1 << bits) - 1)) !== 0) return { ok: false, reason: 'its last character has bits no encoder sets' };
  return { ok: true, bytes: bytes.subarray(0, o) };
}
