/**
 * MD5 of a string's UTF-8 bytes, as lowercase hex: what aws-cdk-lib's `core/lib/private/md5.js`
 * `md5hash(s)` returns (node:crypto's `createHash('md5').update(s).digest('hex')`, or its own JS
 * fallback over `Buffer.from(s, 'utf-8')`). Like both, an unpaired surrogate is encoded as U+FFFD.
 * Written from RFC 1321 so that it runs in the browser too.
 */

/** Per-step left-rotation amounts, four per round. */
const SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

/** floor(2^32 * |sin(i + 1)|), written out rather than computed (Math.sin is not exact everywhere). */
const SINES = [
  0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
  0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
  0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
  0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
  0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
  0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
  0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
  0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
];

export function md5(text: string): string {
  const bytes = utf8(text);
  // Message words (little-endian), padded with 0x80, zeros and the 64-bit bit length to 64-byte blocks.
  const blockCount = Math.floor((bytes.length + 8) / 64) + 1;
  const words = Array.from({ length: blockCount * 16 }, () => 0);
  bytes.forEach((byte, i) => {
    words[i >> 2] = at(words, i >> 2) | (byte << ((i % 4) * 8));
  });
  words[bytes.length >> 2] = at(words, bytes.length >> 2) | (0x80 << ((bytes.length % 4) * 8));
  words[blockCount * 16 - 2] = (bytes.length * 8) >>> 0;
  words[blockCount * 16 - 1] = Math.floor(bytes.length / 0x20000000);

  const state = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  for (let block = 0; block < words.length; block += 16) {
    let [a, b, c, d] = [at(state, 0), at(state, 1), at(state, 2), at(state, 3)];
    // Four rounds of 16 steps, each with its own mixing function (F, G, H, I) and word order.
    for (let i = 0; i < 64; i++) {
      const round = i >> 4;
      const mix = round === 0 ? (b & c) | (~b & d) : round === 1 ? (d & b) | (~d & c) : round === 2 ? b ^ c ^ d : c ^ (b | ~d);
      const word = round === 0 ? i : round === 1 ? (5 * i + 1) % 16 : round === 2 ? (3 * i + 5) % 16 : (7 * i) % 16;
      const sum = (a + mix + at(SINES, i) + at(words, block + word)) | 0;
      [a, b, c, d] = [d, (b + rotateLeft(sum, at(SHIFTS, round * 4 + (i % 4)))) | 0, b, c];
    }
    state[0] = (at(state, 0) + a) | 0;
    state[1] = (at(state, 1) + b) | 0;
    state[2] = (at(state, 2) + c) | 0;
    state[3] = (at(state, 3) + d) | 0;
  }
  // The digest is the state words' bytes, little-endian.
  return state.map((w) => [0, 8, 16, 24].map((s) => ((w >>> s) & 0xff).toString(16).padStart(2, '0')).join('')).join('');
}

function at(values: readonly number[], index: number): number {
  return values[index] ?? 0;
}

function rotateLeft(x: number, n: number): number {
  return (x << n) | (x >>> (32 - n));
}

/** UTF-8 bytes of a UTF-16 string; an unpaired surrogate becomes U+FFFD, as in TextEncoder and Buffer. */
function utf8(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdfff) {
      const low = text.charCodeAt(i + 1);
      if (cp <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      } else {
        cp = 0xfffd;
      }
    }
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return out;
}
