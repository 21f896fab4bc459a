import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LifecycleRule } from '../design.ts';
import { DAY } from './explain.ts';
import { simulateLifecycle } from './evaluate.ts';
import type { SimImage } from './types.ts';
import { lifecyclePolicyWarnings } from './warnings.ts';

const codes = (rules: LifecycleRule[]) => lifecyclePolicyWarnings(rules).map((w) => `${w.code}@${w.priority}`);

describe('policy warnings', () => {
  it('a rule whose images a higher-priority rule all selects can never act', () => {
    expect(codes([{ tagPrefixList: ['prod'], maxImageCount: 50 }, { tagPatternList: ['prod-*'], maxImageAgeDays: 10 }])).toEqual(['RuleNeverActs@2']);
    // The other way round the second rule still sees `prod` and `prodx`.
    expect(codes([{ tagPatternList: ['prod-*'], maxImageAgeDays: 10 }, { tagPrefixList: ['prod'], maxImageCount: 50 }])).toEqual([]);
    // AND lists: ['a', 'b'] selects a subset of ['a'].
    expect(codes([{ tagPrefixList: ['a'], maxImageCount: 5 }, { tagPrefixList: ['a', 'b'], maxImageAgeDays: 1 }])).toEqual(['RuleNeverActs@2']);
    expect(codes([{ tagPrefixList: ['a', 'b'], maxImageCount: 5 }, { tagPrefixList: ['a'], maxImageAgeDays: 1 }])).toEqual([]);
    // Untagged plus every tagged image cover the any rule.
    expect(codes([{ tagStatus: 'UNTAGGED', maxImageAgeDays: 1 }, { tagPatternList: ['*'], maxImageAgeDays: 90 }, { maxImageAgeDays: 30 }])).toEqual(['RuleNeverActs@3']);
    // Storage classes are separate selections (the documented archive-then-expire policy).
    expect(codes([{ maxImageAgeDays: 30, action: 'TRANSITION' }, { storageClass: 'ARCHIVE', maxDaysSinceArchived: 365 }])).toEqual([]);
  });

  it('a tag list of several entries is AND, which an any rule after it exposes', () => {
    const w = lifecyclePolicyWarnings([{ tagPatternList: ['prod*', 'release*'], maxImageCount: 9999 }, { maxImageAgeDays: 30 }]);
    expect(w.map((x) => x.code)).toEqual(['TagListIsAnd']);
    expect(w[0]?.message).toContain('all of `prod*` and `release*`, not any one of them');
    expect(w[0]?.message).toContain('rule 2 (any) can expire it');
    expect(codes([{ tagPatternList: ['prod*'], maxImageCount: 9999 }, { maxImageAgeDays: 30 }])).toEqual([]);
    expect(codes([{ tagPatternList: ['prod*', 'release*'], maxImageCount: 9999 }, { tagStatus: 'UNTAGGED', maxImageAgeDays: 30 }])).toEqual([]);
  });

  it('a count rule that can reach the image tagged latest, unless a higher-priority rule selects latest', () => {
    expect(codes([{ maxImageCount: 10 }])).toEqual(['CountRuleMayExpireLatest@1']);
    expect(codes([{ tagPrefixList: ['l'], maxImageCount: 3 }])).toEqual(['CountRuleMayExpireLatest@1']);
    expect(codes([{ tagPatternList: ['latest'], maxImageCount: 1 }, { maxImageCount: 10 }])).toEqual([]);
    expect(codes([{ tagPatternList: ['v*'], maxImageCount: 3 }])).toEqual([]);
    expect(codes([{ maxImageAgeDays: 3 }])).toEqual([]);
    expect(codes([{ maxImageCount: 3, action: 'TRANSITION' }])).toEqual(['CountRuleMayExpireLatest@1']);
  });

  const tags = fc.uniqueArray(fc.constantFrom('prod-1', 'prod-2', 'release-1', 'a-b', 'latest', 'sha-1', 'x'), { maxLength: 3 });
  const ruleArb: fc.Arbitrary<LifecycleRule> = fc
    .tuple(
      fc.oneof(
        fc.record({ tagPrefixList: fc.uniqueArray(fc.constantFrom('prod', 'prod-', 'release', 'a', 'l', 'sha'), { minLength: 1, maxLength: 2 }) }),
        fc.record({ tagPatternList: fc.uniqueArray(fc.constantFrom('prod*', '*-1', '*', 'latest', 'a*b', 'sha-*'), { minLength: 1, maxLength: 2 }) }),
        fc.constant({ tagStatus: 'UNTAGGED' as const }),
        fc.constant({ tagStatus: 'ANY' as const }),
      ),
      fc.oneof(fc.record({ maxImageCount: fc.integer({ min: 1, max: 4 }) }), fc.record({ maxImageAgeDays: fc.integer({ min: 1, max: 30 }) })),
    )
    .map(([s, c]) => ({ ...s, ...c }));
  const images = fc.array(fc.tuple(tags, fc.integer({ min: 0, max: 60 })), { maxLength: 20 });

  it('are sound: a rule said never to act decides no image in any repository', () => {
    fc.assert(
      fc.property(fc.array(ruleArb, { minLength: 1, maxLength: 5 }), images, (rules, imgs) => {
        const at = Date.UTC(2026, 0, 1);
        // A tag names one image in a repository: drop tags an earlier image already has.
        const seen = new Set<string>();
        const sim: SimImage[] = imgs.map(([t, d], i) => {
          const own = t.filter((x) => !seen.has(x));
          own.forEach((x) => seen.add(x));
          return { digest: `sha256:${i}`, tags: own, pushedAt: at - d * DAY - i, sizeBytes: 1, storage: 'STANDARD' };
        });
        const result = simulateLifecycle(rules, sim, { at });
        for (const w of result.warnings.filter((x) => x.code === 'RuleNeverActs')) {
          expect(result.rules.find((r) => r.priority === w.priority)?.decided).toBe(0);
        }
        // An image tagged only `latest` is never removed by a count rule that got no warning.
        for (const v of result.verdicts) {
          if (v.image.tags.length !== 1 || v.image.tags[0] !== 'latest' || v.verdict === 'kept' || v.reason !== 'beyond-count') continue;
          expect(result.warnings.some((w) => w.code === 'CountRuleMayExpireLatest' && w.priority === v.rulePriority)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
