import { describe, expect, it } from 'vitest';
import type { LifecycleRule } from '../design.ts';
import { describeLifecycleRule, lifecycleRuleRows, listIndexForRowMove, newLifecycleRule } from './lifecycle-rows.ts';

describe('lifecycleRuleRows', () => {
  it('pins the ANY rule last and numbers the rest in list order', () => {
    const rules: LifecycleRule[] = [{ maxImageAgeDays: 30 }, { tagPrefixList: ['prod'], maxImageCount: 9999 }, { tagStatus: 'UNTAGGED', maxImageAgeDays: 1 }];
    const { rows, evaluation, error } = lifecycleRuleRows(rules);
    expect(error).toBeUndefined();
    expect(rows.map((r) => r.index)).toEqual([1, 2, 0]);
    expect(rows.map((r) => r.priority)).toEqual([1, 2, 3]);
    expect(rows.map((r) => r.pinnedLast)).toEqual([false, false, true]);
    expect(evaluation.map((r) => r.index)).toEqual([1, 2, 0]);
    expect(rows.every((r) => r.automatic)).toBe(true);
  });

  it('puts automatic rules after the highest explicit priority; evaluation follows priority', () => {
    const rules: LifecycleRule[] = [{ tagStatus: 'UNTAGGED', maxImageCount: 1 }, { rulePriority: 5, tagPrefixList: ['a'], maxImageCount: 2 }];
    const { rows, evaluation } = lifecycleRuleRows(rules);
    expect(rows.map((r) => [r.index, r.priority, r.automatic, r.evaluationPosition])).toEqual([
      [0, 6, true, 2],
      [1, 5, false, 1],
    ]);
    expect(evaluation.map((r) => r.index)).toEqual([1, 0]);
  });

  it('reports CDK ordering errors', () => {
    const { error } = lifecycleRuleRows([{ rulePriority: 1, maxImageCount: 1 }, { tagStatus: 'UNTAGGED', maxImageCount: 1 }]);
    expect(error?.code).toBe('CannotCombinePrioritizedAnyRuleWithUnprioritizedRules');
  });
});

describe('listIndexForRowMove', () => {
  it('maps display positions to list indices and refuses the pinned rule', () => {
    const { rows } = lifecycleRuleRows([{ maxImageCount: 1 }, { tagStatus: 'UNTAGGED', maxImageCount: 1 }, { tagPrefixList: ['a'], maxImageCount: 1 }]);
    expect(listIndexForRowMove(rows, 1, 0)).toEqual({ from: 2, to: 1 });
    expect(listIndexForRowMove(rows, 0, 2)).toBeUndefined();
    expect(listIndexForRowMove(rows, 2, 0)).toBeUndefined();
  });
});

describe('newLifecycleRule', () => {
  it('adds what the list lacks', () => {
    expect(newLifecycleRule([])).toEqual({ tagStatus: 'UNTAGGED', maxImageAgeDays: 14 });
    expect(newLifecycleRule([{ tagStatus: 'UNTAGGED', maxImageAgeDays: 1 }]).tagStatus).toBe('ANY');
    expect(newLifecycleRule([{ tagStatus: 'UNTAGGED', maxImageAgeDays: 1 }, { maxImageCount: 3 }]).tagStatus).toBe('TAGGED');
  });
});

describe('describeLifecycleRule', () => {
  it('says what a rule selects and does', () => {
    expect(describeLifecycleRule({ tagPrefixList: ['prod'], maxImageCount: 9999 }, 'TAGGED')).toBe('Tags starting with prod: keep the 9999 most recent');
    expect(describeLifecycleRule({ maxImageAgeDays: 1 }, 'ANY')).toBe('Any image: expire 1 day after push');
    expect(describeLifecycleRule({ tagStatus: 'UNTAGGED' }, 'UNTAGGED')).toBe('Untagged images: no expiry condition');
    expect(describeLifecycleRule({ action: 'TRANSITION', maxDaysSinceLastPull: 30 }, 'ANY')).toBe('Any image: archive 30 days after the last pull');
    expect(describeLifecycleRule({ storageClass: 'ARCHIVE', maxDaysSinceArchived: 90 }, 'ANY')).toBe('Any image (archived): expire 90 days after archiving');
  });
});
