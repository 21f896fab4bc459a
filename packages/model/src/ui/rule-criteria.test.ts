import { describe, expect, it } from 'vitest';
import type { LifecycleRule } from '../design.ts';
import { criterionOf, switchCriterion } from './rule-criteria.ts';

// Whole rules, as the editor holds them (the functions read only the amounts).
const rule = (r: LifecycleRule): LifecycleRule => r;

describe('rule criteria', () => {
  it('reads the criterion the policy is built from', () => {
    expect(criterionOf({ maxImageCount: 5 })).toBe('imageCountMoreThan');
    expect(criterionOf({ maxImageAgeDays: 5 })).toBe('sinceImagePushed');
    expect(criterionOf(rule({ action: 'TRANSITION', maxDaysSinceLastPull: 30 }))).toBe('sinceImagePulled');
    expect(criterionOf(rule({ storageClass: 'ARCHIVE', maxDaysSinceArchived: 90 }))).toBe('sinceImageTransitioned');
    expect(criterionOf({ maxImageCount: 5, maxImageAgeDays: 1 })).toBe('sinceImagePushed');
    expect(criterionOf(rule({ tagStatus: 'ANY' }))).toBeUndefined();
  });

  it('moves the amount to the chosen criterion and drops the others', () => {
    expect(switchCriterion({ maxImageCount: 14 }, 'sinceImagePushed')).toEqual({
      maxImageCount: undefined,
      maxImageAgeDays: 14,
      maxDaysSinceLastPull: undefined,
      maxDaysSinceArchived: undefined,
    });
    expect(switchCriterion({}, 'sinceImagePulled')).toEqual({
      maxImageCount: undefined,
      maxImageAgeDays: undefined,
      maxDaysSinceLastPull: undefined,
      maxDaysSinceArchived: undefined,
    });
  });
});
