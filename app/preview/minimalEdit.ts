/** The smallest single edit that turns one text into another: what lies between their common prefix and suffix. */
export interface TextEdit {
  /** Offset in the old text where the replaced part starts. */
  start: number;
  /** Offset in the old text where the replaced part ends (exclusive). */
  end: number;
  /** What replaces it. */
  text: string;
}

/**
 * Characters compared at once while the texts agree: comparing two slices is one native string
 * comparison, many times faster than a JavaScript loop over the characters of a preview of a
 * megabyte (a keystroke's edit is found in well under a millisecond).
 */
const CHUNK = 2048;

export function minimalEdit(old: string, next: string): TextEdit | undefined {
  if (old === next) return undefined;
  const max = Math.min(old.length, next.length);
  let prefix = 0;
  while (prefix + CHUNK <= max && old.slice(prefix, prefix + CHUNK) === next.slice(prefix, prefix + CHUNK)) prefix += CHUNK;
  while (prefix < max && old.charCodeAt(prefix) === next.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix + CHUNK <= max - prefix && old.slice(old.length - suffix - CHUNK, old.length - suffix) === next.slice(next.length - suffix - CHUNK, next.length - suffix)) suffix += CHUNK;
  while (suffix < max - prefix && old.charCodeAt(old.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)) suffix++;
  // Never split a surrogate pair: the edit starts before a high surrogate and ends after a low one.
  if (prefix > 0 && isHigh(old.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLow(old.charCodeAt(old.length - suffix))) suffix--;
  return { start: prefix, end: old.length - suffix, text: next.slice(prefix, next.length - suffix) };
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
