import { describe, expect, it } from 'vitest';
import type { LifecycleRule } from '@ecr-designer/model';
import { RuleKeys } from './ruleKeys.ts';

describe('RuleKeys', () => {
  const a: LifecycleRule = { maxImageCount: 1 };
  const b: LifecycleRule = { maxImageCount: 2 };
  const c: LifecycleRule = { maxImageCount: 3 };

  it('keeps keys through moves, edits, inserts, removals and undo', () => {
    const keys = new RuleKeys();
    const [ka, kb, kc] = keys.keysFor([a, b, c]);
    expect(new Set([ka, kb, kc]).size).toBe(3);
    expect(keys.keysFor([c, a, b])).toEqual([kc, ka, kb]);
    const edited = { ...a, maxImageCount: 10 };
    expect(keys.keysFor([c, edited, b])).toEqual([kc, ka, kb]);
    const added: LifecycleRule = { maxImageAgeDays: 1 };
    const withNew = keys.keysFor([c, added, edited, b]);
    expect(withNew[1]).not.toBe(ka);
    expect([withNew[0], withNew[2], withNew[3]]).toEqual([kc, ka, kb]);
    expect(keys.keysFor([c, b])).toEqual([kc, kb]);
    expect(keys.keysFor([a, b, c])).toEqual([ka, kb, kc]);
  });
});
