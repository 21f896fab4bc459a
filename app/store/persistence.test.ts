import { describe, expect, it } from 'vitest';
import { emptyDesign, parseDesignText } from '@ecr-designer/model';
import { DESIGN_KEY, SET_ASIDE_PREFIX, readSavedDesign, saveDesign, settleUnreadable } from './persistence.ts';

const now = new Date('2026-01-02T03:04:05.000Z');

function storageWith(text?: string): Storage {
  localStorage.clear();
  if (text !== undefined) localStorage.setItem(DESIGN_KEY, text);
  return localStorage;
}

describe('persistence', () => {
  it('starts empty when nothing is saved, and restores what was saved', () => {
    const storage = storageWith();
    expect(readSavedDesign(storage)).toEqual({ design: emptyDesign() });
    const design = { ...emptyDesign(), stackName: 'Saved' };
    expect(saveDesign(storage, design)).toBe(true);
    expect(readSavedDesign(storage).design).toEqual(design);
  });

  it('keeps a saved design that has domain errors (the work is the user’s)', () => {
    const design = { version: 1, stackName: 'S', repositories: [{ id: 'Repo', repositoryName: 'BAD NAME' }] };
    expect(readSavedDesign(storageWith(JSON.stringify(design)))).toEqual({ design });
  });

  it.each([
    ['not JSON', '{"version": 1,', /Not valid JSON/],
    ['the wrong shape', '{"version":1,"stackName":"S","repositories":[{"id":"R","colour":"red"}]}', /Unknown property "colour"/],
    ['a future version', '{"version":99}', /format version 99/],
  ])('sets aside %s, says why, and keeps the empty design', (_, text, reason) => {
    const storage = storageWith(text);
    const saved = readSavedDesign(storage);
    expect(saved).toEqual({ design: emptyDesign(), unreadableText: text });
    const settled = settleUnreadable(storage, text, parseDesignText, now);
    if (!('unreadable' in settled)) throw new Error('expected an unreadable state');
    expect(settled.unreadable.reason).toMatch(reason);
    expect(settled.unreadable.setAsideKey).toBe(`${SET_ASIDE_PREFIX}2026-01-02T03:04:05.000Z`);
    expect(storage.getItem(`${SET_ASIDE_PREFIX}2026-01-02T03:04:05.000Z`)).toBe(text);
    expect(storage.getItem(DESIGN_KEY)).toBeNull();
  });

  it('takes the design the full reader makes of text the quick read refused (a migrated format)', () => {
    const storage = storageWith('old');
    const design = { ...emptyDesign(), stackName: 'Migrated' };
    expect(settleUnreadable(storage, 'old', () => ({ design, diagnostics: [] }), now)).toEqual({ design });
    expect(storage.getItem(DESIGN_KEY)).toBe('old');
  });
});
