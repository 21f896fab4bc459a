import { describe, expect, it } from 'vitest';
import { emptyDesign } from '@ecr-designer/model';
import { DESIGN_KEY, SET_ASIDE_PREFIX, loadDesign, saveDesign } from './persistence.ts';

const now = new Date('2026-01-02T03:04:05.000Z');

function storageWith(text?: string): Storage {
  localStorage.clear();
  if (text !== undefined) localStorage.setItem(DESIGN_KEY, text);
  return localStorage;
}

describe('persistence', () => {
  it('starts empty when nothing is saved, and restores what was saved', () => {
    const storage = storageWith();
    expect(loadDesign(storage, now)).toEqual({ design: emptyDesign() });
    const design = { ...emptyDesign(), stackName: 'Saved' };
    expect(saveDesign(storage, design)).toBe(true);
    expect(loadDesign(storage, now).design).toEqual(design);
  });

  it('keeps a saved design that has domain errors (the work is the user’s)', () => {
    const design = { version: 1, stackName: 'S', repositories: [{ id: 'Repo', repositoryName: 'BAD NAME' }] };
    expect(loadDesign(storageWith(JSON.stringify(design)), now)).toEqual({ design });
  });

  it.each([
    ['not JSON', '{"version": 1,', /Not valid JSON/],
    ['the wrong shape', '{"version":1,"stackName":"S","repositories":[{"id":"R","colour":"red"}]}', /Unknown property "colour"/],
    ['a future version', '{"version":99}', /format version 99/],
  ])('sets aside %s, reports it and starts empty', (_, text, reason) => {
    const storage = storageWith(text);
    const loaded = loadDesign(storage, now);
    expect(loaded.design).toEqual(emptyDesign());
    expect(loaded.unreadable?.reason).toMatch(reason);
    expect(loaded.unreadable?.setAsideKey).toBe(`${SET_ASIDE_PREFIX}2026-01-02T03:04:05.000Z`);
    expect(storage.getItem(`${SET_ASIDE_PREFIX}2026-01-02T03:04:05.000Z`)).toBe(text);
    expect(storage.getItem(DESIGN_KEY)).toBeNull();
  });
});
