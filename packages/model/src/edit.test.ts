import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addLifecycleRules,
  addRepository,
  checkDesign,
  duplicateLifecycleRule,
  duplicateRepository,
  emptyDesign,
  lifecyclePresets,
  moveItem,
  moveLifecycleRule,
  orderLifecycleRules,
  removeTag,
  setTag,
  updateLifecycleRule,
  updateRepository,
  type Design,
} from './index.ts';
import { designArb } from '../test/arbitraries.ts';

describe('edit functions', () => {
  it('start from a valid design', () => {
    expect(checkDesign(emptyDesign()).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('never mutate their input', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const frozen = JSON.stringify(design);
        addRepository(design);
        duplicateRepository(design, 0);
        updateRepository(design, 0, { repositoryName: undefined, imageScanOnPush: true });
        addLifecycleRules(design, 0, [{ maxImageCount: 1 }]);
        duplicateLifecycleRule(design, 0, 0);
        moveLifecycleRule(design, 0, 0, 1);
        setTag(design, 0, 'k', 'v');
        expect(JSON.stringify(design)).toBe(frozen);
      }),
      { numRuns: 200 },
    );
  });

  it('give new repositories and copies construct ids that are free (also of key constructs)', () => {
    let d: Design = { version: 1, stackName: 'S', repositories: [{ id: 'Repo', encryptionKey: { create: true } }] };
    d = addRepository(d);
    d = addRepository(d, { id: 'RepoKey' });
    d = duplicateRepository(d, 0);
    const ids = d.repositories.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(checkDesign(d).diagnostics.filter((x) => x.code === 'DuplicateConstructId')).toEqual([]);
  });

  it('duplicate a repository with a distinct name and without the key alias', () => {
    const d = duplicateRepository({ version: 1, stackName: 'S', repositories: [{ id: 'Api', repositoryName: 'shop/api', encryptionKey: { create: true, alias: 'x' } }] }, 0);
    expect(d.repositories[1]).toEqual({ id: 'ApiCopy', repositoryName: 'shop/api-copy', encryptionKey: { create: true } });
  });

  it('treat undefined in a patch as "not set" and drop empty rule lists and tag maps', () => {
    let d = updateRepository(emptyDesign(), 0, { imageScanOnPush: false, lifecycleRules: [], tags: {} });
    expect(d.repositories[0]).toEqual({ id: 'Repo', imageScanOnPush: false });
    d = updateRepository(d, 0, { imageScanOnPush: undefined });
    expect(d.repositories[0]).toEqual({ id: 'Repo' });
  });

  it('insert new rules before the ANY rule, which stays last', () => {
    let d = addLifecycleRules(emptyDesign(), 0, [{ maxImageCount: 10 }]);
    d = addLifecycleRules(d, 0, [{ tagStatus: 'UNTAGGED', maxImageAgeDays: 1 }, { tagPrefixList: ['v'], maxImageCount: 3 }]);
    const statuses = orderLifecycleRules(d.repositories[0]?.lifecycleRules ?? []).rules.map((r) => r.tagStatus);
    expect(statuses).toEqual(['UNTAGGED', 'TAGGED', 'ANY']);
    expect(d.repositories[0]?.lifecycleRules?.map((r) => r.maxImageCount ?? r.maxImageAgeDays)).toEqual([1, 3, 10]);
  });

  it('reorder rules and change the automatic priorities accordingly', () => {
    let d = addLifecycleRules(emptyDesign(), 0, [{ tagPrefixList: ['a'], maxImageCount: 1 }, { tagPrefixList: ['b'], maxImageCount: 2 }]);
    d = moveLifecycleRule(d, 0, 1, 0);
    const order = orderLifecycleRules(d.repositories[0]?.lifecycleRules ?? []);
    expect(order.rules.map((r) => [r.rule.tagPrefixList?.[0], r.priority])).toEqual([['b', 1], ['a', 2]]);
  });

  it('duplicate a rule without its explicit priority', () => {
    let d = addLifecycleRules(emptyDesign(), 0, [{ rulePriority: 4, tagPrefixList: ['a'], maxImageCount: 1 }]);
    d = duplicateLifecycleRule(d, 0, 0);
    expect(d.repositories[0]?.lifecycleRules?.[1]).toEqual({ tagPrefixList: ['a'], maxImageCount: 1 });
    d = updateLifecycleRule(d, 0, 1, { rulePriority: 2, maxImageCount: undefined, maxImageAgeDays: 5 });
    expect(d.repositories[0]?.lifecycleRules?.[1]).toEqual({ rulePriority: 2, tagPrefixList: ['a'], maxImageAgeDays: 5 });
  });

  it('rename tags in place and keep __proto__ as a plain key', () => {
    let d = setTag(emptyDesign(), 0, 'team', 'a');
    d = setTag(d, 0, 'env', 'dev');
    d = setTag(d, 0, 'owner', 'a', 'team');
    expect(Object.keys(d.repositories[0]?.tags ?? {})).toEqual(['owner', 'env']);
    d = setTag(d, 0, '__proto__', 'x');
    expect(Object.keys(d.repositories[0]?.tags ?? {})).toEqual(['owner', 'env', '__proto__']);
    d = removeTag(removeTag(removeTag(d, 0, 'owner'), 0, 'env'), 0, '__proto__');
    expect(d.repositories[0]?.tags).toBeUndefined();
  });

  it('move items within bounds only', () => {
    expect(moveItem([1, 2, 3], 0, 2)).toEqual([2, 3, 1]);
    expect(moveItem([1, 2, 3], 0, 5)).toEqual([1, 2, 3]);
  });
});

describe('lifecycle presets', () => {
  it('each insert rules that CDK accepts into an empty repository', () => {
    for (const preset of lifecyclePresets) {
      const d = addLifecycleRules(emptyDesign(), 0, preset.rules());
      const errors = checkDesign(d).diagnostics.filter((x) => x.severity === 'error');
      expect(errors, preset.id).toEqual([]);
    }
  });
});
