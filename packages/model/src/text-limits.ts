/**
 * Cheap checks that run before any parser sees a text nobody here wrote: its size in UTF-8 bytes
 * and its bracket nesting, both in one pass without allocating, so a 50 MB paste or a document of a
 * million `[` is refused in milliseconds instead of being parsed.
 */

/** The nesting limit of every document the model reads (designs, imports, share links). */
export const MAX_NESTING = 64;

/**
 * The UTF-8 length of `text` (what TextEncoder would produce: a lone surrogate counts as the 3
 * bytes of U+FFFD), computed without encoding. A text with more UTF-16 code units than
 * `stopAbove` is not scanned: its length in code units, a lower bound, is returned instead.
 */
export function utf8Length(text: string, stopAbove = Number.POSITIVE_INFINITY): number {
  // UTF-8 never takes fewer bytes than UTF-16 has code units: a 50 MB paste stops here at once.
  if (text.length > stopAbove) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * True when the JSON text opens more than `limit` arrays or objects inside each other (brackets in
 * strings do not count). Only an early refusal: a document within the limit is still measured
 * after parsing, and an invalid one still gets its syntax error.
 */
export function jsonNestingExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return false;
}

/**
 * The nesting depth of parsed data (a scalar is 1, `[1]` is 2), without recursion; stops as soon
 * as it exceeds `limit`.
 */
export function depthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, d] = stack.pop() as [unknown, number];
    if (d > limit) return true;
    if (v !== null && typeof v === 'object') for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return false;
}
