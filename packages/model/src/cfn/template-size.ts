/**
 * The size of a template's JSON text without writing it: validation needs the size of
 * `JSON.stringify(template, undefined, 1)` (what aws-cdk-lib writes and measures) on every edit,
 * and a large design's template is over a megabyte of text.
 *
 * A value's text at any indentation width is its text without indentation plus the width times the
 * number of indentation steps on its lines (a value nested one level deeper gets one more step on
 * each of its line breaks). So one measure per object serves every width; it is kept per object,
 * and the template's objects are shared between renders of designs that share them (cfn/template.ts),
 * so after an edit only the new objects are measured.
 */

/** A value's JSON text (as JSON.stringify writes it with an indentation of `width` spaces) at nesting depth 0. */
interface Measure {
  /** UTF-16 code units (String#length) of the text without the indentation spaces. */
  readonly units: number;
  /** UTF-8 bytes of the same text. */
  readonly bytes: number;
  /** Indentation steps over all lines: the text has `width * steps` indentation spaces. */
  readonly steps: number;
  /** Line breaks in the text. */
  readonly breaks: number;
}

const cache = new WeakMap<object, Measure>();

/** UTF-8 bytes of a string whose surrogates are all paired (JSON.stringify escapes lone ones). */
function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff) {
      // A surrogate pair: 2 code units, 4 bytes.
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

function scalar(text: string): Measure {
  return { units: text.length, bytes: utf8Bytes(text), steps: 0, breaks: 0 };
}

function measure(value: unknown): Measure | undefined {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (value === null || typeof value !== 'object') return scalar(JSON.stringify(value));
  const hit = cache.get(value);
  if (hit) return hit;
  const m = Array.isArray(value) ? measureArray(value) : measureObject(value as Record<string, unknown>);
  cache.set(value, m);
  return m;
}

/**
 * `[\n` item (`,\n` item)* `\n]`, every item line one step in; `[]` when empty. Items JSON cannot
 * write are written `null`.
 */
function measureArray(items: readonly unknown[]): Measure {
  if (items.length === 0) return scalar('[]');
  let units = 4 + 2 * (items.length - 1);
  let steps = 0;
  let breaks = items.length + 1;
  let bytes = units;
  for (const item of items) {
    const m = measure(item) ?? scalar('null');
    units += m.units;
    bytes += m.bytes;
    steps += 1 + m.steps + m.breaks;
    breaks += m.breaks;
  }
  return { units, bytes, steps, breaks };
}

/** `{\n` "key": value (`,\n` ...)* `\n}`, every entry line one step in; `{}` without entries. */
function measureObject(object: Record<string, unknown>): Measure {
  let units = 0;
  let bytes = 0;
  let steps = 0;
  let breaks = 0;
  let entries = 0;
  for (const key of Object.keys(object)) {
    const m = measure(object[key]);
    if (!m) continue;
    const k = scalar(JSON.stringify(key));
    entries++;
    // "key": value
    units += k.units + 2 + m.units;
    bytes += k.bytes + 2 + m.bytes;
    steps += 1 + m.steps + m.breaks;
    breaks += m.breaks;
  }
  if (entries === 0) return scalar('{}');
  const frame = 4 + 2 * (entries - 1);
  return { units: units + frame, bytes: bytes + frame, steps, breaks: breaks + entries + 1 };
}

/** `JSON.stringify(value, undefined, width).length` (width 1 to 10), from the measures kept per object. */
export function jsonTextLength(value: object, width: number): number {
  const m = measure(value);
  return m ? m.units + width * m.steps : 0;
}

/** The UTF-8 bytes of `JSON.stringify(value, undefined, width)` (width 1 to 10). */
export function jsonTextBytes(value: object, width: number): number {
  const m = measure(value);
  return m ? m.bytes + width * m.steps : 0;
}
