import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { minimalEdit } from './minimalEdit.ts';

/** The definition, one character at a time: what the chunked comparison must agree with. */
function reference(old: string, next: string) {
  if (old === next) return undefined;
  const max = Math.min(old.length, next.length);
  let prefix = 0;
  while (prefix < max && old[prefix] === next[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && old[old.length - 1 - suffix] === next[next.length - 1 - suffix]) suffix++;
  if (prefix > 0 && /[\ud800-\udbff]/.test(old[prefix - 1] as string)) prefix--;
  if (suffix > 0 && /[\udc00-\udfff]/.test(old[old.length - suffix] as string)) suffix--;
  return { start: prefix, end: old.length - suffix, text: next.slice(prefix, next.length - suffix) };
}

const apply = (old: string, edit: ReturnType<typeof minimalEdit>) => (edit ? old.slice(0, edit.start) + edit.text + old.slice(edit.end) : old);

describe('minimalEdit', () => {
  it('turns every text of a small set into every other, replacing no more than the differing middle', () => {
    const texts = ['', 'a', 'ab', 'abc', 'aXc', 'abab', 'ba', 'a\nb\n', 'a\nbc\n', 'aaa', 'aa', 'Description: x\n  Rules: []\n', 'Description: xy\n  Rules: []\n', '😀', '😀a', '😁', 'a😀', '😀😁'];
    for (const old of texts) {
      for (const next of texts) {
        const edit = minimalEdit(old, next);
        expect(apply(old, edit), `${JSON.stringify(old)} -> ${JSON.stringify(next)}`).toBe(next);
        if (edit) {
          // Nothing outside the replaced range is touched: its ends differ (or it is empty).
          expect(edit.end - edit.start + edit.text.length).toBeGreaterThan(0);
          expect(edit.start).toBeLessThanOrEqual(edit.end);
          // Surrogate pairs stay whole on both sides of the edit.
          expect(old.slice(0, edit.start) + edit.text + old.slice(edit.end)).toBe(next);
          expect(/^[\udc00-\udfff]/.test(edit.text) || /[\ud800-\udbff]$/.test(edit.text)).toBe(false);
        }
      }
    }
  });

  it('returns nothing for equal texts, and one character for a keystroke in a large text', () => {
    const big = 'x: 1\n'.repeat(20_000);
    expect(minimalEdit(big, big)).toBeUndefined();
    const typed = big.slice(0, 50_000) + 'k' + big.slice(50_000);
    expect(minimalEdit(big, typed)).toEqual({ start: 50_000, end: 50_000, text: 'k' });
  });

  it('agrees with the character-by-character definition on long texts edited anywhere (chunk edges included)', () => {
    // Texts of a few chunks (2,048 characters) built from a small alphabet, so that repeats near
    // the edit (where prefix and suffix could overlap) are common.
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '\n', '😀'), maxLength: 6000, size: 'max' });
    // Edits land near the chunk edges counted from either end as often as anywhere else.
    const nearEdge = fc.oneof(fc.nat(6000), fc.integer({ min: 2040, max: 2056 }), fc.integer({ min: 4088, max: 4104 }));
    fc.assert(
      fc.property(text, nearEdge, fc.boolean(), fc.nat(3000), fc.string({ maxLength: 6 }), (old, at, fromEnd, cut, inserted) => {
        const start = Math.max(0, Math.min(old.length, fromEnd ? old.length - at : at));
        const end = Math.min(old.length, start + cut);
        const next = old.slice(0, start) + inserted + old.slice(end);
        const edit = minimalEdit(old, next);
        expect(edit).toEqual(reference(old, next));
        expect(apply(old, edit)).toBe(next);
      }),
      // Shrinking texts of thousands of characters takes minutes: the first counterexample is reported.
      { numRuns: 500, endOnFailure: true },
    );
  });
});
