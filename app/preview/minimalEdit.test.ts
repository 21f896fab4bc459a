import { describe, expect, it } from 'vitest';
import { minimalEdit } from './minimalEdit.ts';

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
});
