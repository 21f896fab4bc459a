import { describe, expect, it } from 'vitest';
import { COALESCE_MS, HISTORY_LIMIT, commit, createHistory, redo, undo } from './history.ts';

describe('history', () => {
  it('undoes and redoes steps', () => {
    let h = createHistory('a');
    h = commit(h, 'b', undefined, 0);
    h = commit(h, 'c', undefined, 1);
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe('b');
    h = commit(h, 'x', undefined, 2);
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
  });

  it('coalesces typing in one field, but not after a pause or in another field', () => {
    let h = createHistory('');
    h = commit(h, 'a', 'name', 1000);
    h = commit(h, 'ab', 'name', 1000 + COALESCE_MS - 1);
    h = commit(h, 'abc', 'name', 1000 + 2 * COALESCE_MS - 2);
    expect(h.past).toEqual(['']);
    h = commit(h, 'abcd', 'other', 1000 + 2 * COALESCE_MS);
    h = commit(h, 'abcde', 'other', 5000);
    expect(h.past).toEqual(['', 'abc', 'abcd']);
    h = undo(h);
    h = commit(h, 'z', 'other', 5001);
    expect(h.past).toEqual(['', 'abc', 'abcd']);
  });

  it('ignores no-op edits and caps its length', () => {
    let h = createHistory(0);
    expect(commit(h, 0, undefined, 0)).toBe(h);
    for (let i = 1; i <= HISTORY_LIMIT + 10; i++) h = commit(h, i, undefined, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
  });
});
