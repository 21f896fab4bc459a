/**
 * Golden tests: the examples of AWS's lifecycle policy documentation. Each test writes the
 * documented policy as design rules (and checks the model renders exactly that policy), builds the
 * documented repository, and expects the documented result. Where a page gives a policy but no
 * repository, the repository is ours and the expectation follows from the page's sentence about
 * what the policy does.
 *
 * Sources:
 * - EX: https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_examples.html
 *   (current page: tagPatternList examples and the archive examples)
 * - EX-2019: the same page as archived in awsdocs/amazon-ecr-user-guide,
 *   doc_source/lifecycle_policy_examples.md (the same repositories with tagPrefixList)
 * - RULES: https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html
 *   ("Lifecycle policy evaluation rules")
 */
import { describe, expect, it } from 'vitest';
import type { LifecycleRule } from '../design.ts';
import { renderPolicyDocument } from '../lifecycle/policy.ts';
import { DAY } from './explain.ts';
import { simulateLifecycle } from './evaluate.ts';
import type { SimImage } from './types.ts';

const AT = Date.UTC(2026, 0, 1);

/** Image `name` (also its digest) with its tag list, pushed `days` days before the evaluation. */
function img(name: string, tags: string[], days: number, extra: Partial<SimImage> = {}): SimImage {
  return { digest: `sha256:${name}`, tags, pushedAt: AT - days * DAY, sizeBytes: 100, storage: 'STANDARD', ...extra };
}

function run(rules: LifecycleRule[], images: SimImage[]) {
  const result = simulateLifecycle(rules, images, { at: AT });
  const names = (verdict: string) => result.verdicts.filter((v) => v.verdict === verdict).map((v) => v.image.digest.slice(7));
  return { result, expired: names('expired'), archived: names('archived'), kept: names('kept') };
}

const multipleRulesRepository = () => [img('A', ['beta-1', 'prod-1'], 10), img('B', ['beta-2', 'prod-2'], 9), img('C', ['beta-3'], 8)];

describe('EX "Filtering on multiple rules" (tagPatternList) and EX-2019 (tagPrefixList)', () => {

  for (const kind of ['tagPatternList', 'tagPrefixList'] as const) {
    const sel = (word: string): LifecycleRule => (kind === 'tagPatternList' ? { tagPatternList: [`${word}*`] } : { tagPrefixList: [word] });

    it(`Example A (${kind}): rule 1 prod keeps 1, rule 2 beta keeps 1 -> "Result: Image A is expired"`, () => {
      const rules: LifecycleRule[] = [
        { rulePriority: 1, description: 'Rule 1', tagStatus: 'TAGGED', ...sel('prod'), maxImageCount: 1 },
        { rulePriority: 2, description: 'Rule 2', tagStatus: 'TAGGED', ...sel('beta'), maxImageCount: 1 },
      ];
      expect(renderPolicyDocument(rules)).toEqual({
        rules: [
          { rulePriority: 1, description: 'Rule 1', selection: { tagStatus: 'tagged', ...(kind === 'tagPatternList' ? { tagPatternList: ['prod*'] } : { tagPrefixList: ['prod'] }), countType: 'imageCountMoreThan', countNumber: 1 }, action: { type: 'expire' } },
          { rulePriority: 2, description: 'Rule 2', selection: { tagStatus: 'tagged', ...(kind === 'tagPatternList' ? { tagPatternList: ['beta*'] } : { tagPrefixList: ['beta'] }), countType: 'imageCountMoreThan', countNumber: 1 }, action: { type: 'expire' } },
        ],
      });
      const { expired, result } = run(rules, multipleRulesRepository());
      expect(expired).toEqual(['A']);
      // "if Image B were expired it would violate Rule 1 and thus is skipped"
      const b = result.verdicts[1];
      expect(b).toMatchObject({ verdict: 'kept', rulePriority: 1, overriddenBy: 2 });
      expect(b?.explanation).toContain('rule 2');
    });

    it(`Example B (${kind}): priorities swapped -> "Result: Images A and B are expired"`, () => {
      const rules: LifecycleRule[] = [
        { rulePriority: 1, description: 'Rule 1', ...sel('beta'), maxImageCount: 1 },
        { rulePriority: 2, description: 'Rule 2', ...sel('prod'), maxImageCount: 1 },
      ];
      const { expired, result } = run(rules, multipleRulesRepository());
      expect(expired).toEqual(['A', 'B']);
      // "It would see no images because all available images were already seen by Rule 1"
      expect(result.rules.find((r) => r.priority === 2)).toMatchObject({ selected: 2, decided: 0, acted: 0 });
    });
  }
});

describe('EX "Filtering on multiple tags in a single rule" (patterns) and EX-2019 (prefixes)', () => {
  for (const kind of ['tagPatternList', 'tagPrefixList'] as const) {
    const sel: LifecycleRule = kind === 'tagPatternList' ? { tagPatternList: ['alpha*', 'beta*'] } : { tagPrefixList: ['alpha', 'beta'] };

    it(`Example A (${kind}): images must match all listed tags -> "Result: Image C is expired"`, () => {
      const images = [
        img('A', ['alpha-1'], 12),
        img('B', ['beta-1'], 11),
        img('C', ['alpha-2', 'beta-2'], 10),
        img('D', ['alpha-3'], 4),
        img('E', ['beta-3'], 3),
        img('F', ['alpha-4', 'beta-4'], 2),
      ];
      const { expired, result } = run([{ rulePriority: 1, description: 'Rule 1', tagStatus: 'TAGGED', ...sel, maxImageAgeDays: 5 }], images);
      // "It sees images C and F. It should mark images that are older than five days, which would be Image C."
      expect(result.rules[0]?.selected).toBe(2);
      expect(expired).toEqual(['C']);
    });

    it(`Example B (${kind}): tags are not exclusive -> "Result: Images A and B are expired"`, () => {
      const images = [img('A', ['alpha-1', 'beta-1', 'gamma-1'], 10), img('B', ['alpha-2', 'beta-2'], 9), img('C', ['alpha-3', 'beta-3', 'gamma-2'], 8)];
      const { expired, result } = run([{ rulePriority: 1, description: 'Rule 1', ...sel, maxImageCount: 1 }], images);
      expect(result.rules[0]?.selected).toBe(3);
      expect(expired).toEqual(['A', 'B']);
    });
  }
});

describe('EX "Filtering on all images"', () => {
  it('Example A: any, keep 1 -> "Result: Images A, B, and C are expired"', () => {
    const images = [img('A', ['alpha-1'], 4), img('B', ['beta-1'], 3), img('C', [], 2), img('D', ['alpha-2'], 1)];
    expect(run([{ rulePriority: 1, description: 'Rule 1', tagStatus: 'ANY', maxImageCount: 1 }], images).expired).toEqual(['A', 'B', 'C']);
  });

  it('Example B: all rule types together -> "Result: Images A, B, and D are expired"', () => {
    // D and E were both "pushed 1 day ago". The documented outcome needs E to count as the newer
    // one (rule 3 keeps the newest and marks D): for equal push times the image listed later is
    // the newer. E, exactly one day old, is not "older than" one day for rule 2.
    const images = [img('A', ['alpha-1', 'beta-1'], 4), img('B', [], 3), img('C', ['alpha-2'], 2), img('D', ['git hash'], 1), img('E', [], 1)];
    const rules: LifecycleRule[] = [
      { rulePriority: 1, description: 'Rule 1', tagPatternList: ['alpha*'], maxImageCount: 1 },
      { rulePriority: 2, description: 'Rule 2', tagStatus: 'UNTAGGED', maxImageAgeDays: 1 },
      { rulePriority: 3, description: 'Rule 3', tagStatus: 'ANY', maxImageCount: 1 },
    ];
    const { expired, result } = run(rules, images);
    expect(expired).toEqual(['A', 'B', 'D']);
    // "Rule 1 ... marks image A", "Rule 2 ... marks image B", "It marks image D for expiration."
    expect(result.verdicts.map((v) => v.rulePriority)).toEqual([1, 2, 1, 3, 2]);
    expect(result.rules.map((r) => r.acted)).toEqual([1, 1, 1]);
  });
});

describe('EX single-rule examples (policy given, repository ours)', () => {
  it('"Filtering on image age": expires prod* images older than 14 days', () => {
    const rules: LifecycleRule[] = [{ rulePriority: 1, description: 'Expire images older than 14 days', tagPatternList: ['prod*'], maxImageAgeDays: 14 }];
    const images = [img('old-prod', ['prod-1'], 20), img('new-prod', ['prod-2'], 10), img('old-dev', ['dev-1'], 30), img('old-untagged', [], 30), img('production', ['production-team1'], 15)];
    const { expired } = run(rules, images);
    expect(expired).toEqual(['old-prod', 'production']);
  });

  it('"Filtering on image count": keeps only one untagged image and expires all others', () => {
    const rules: LifecycleRule[] = [{ rulePriority: 1, description: 'Keep only one untagged image, expire all others', tagStatus: 'UNTAGGED', maxImageCount: 1 }];
    const images = [img('u1', [], 5), img('u2', [], 3), img('t', ['v1'], 9), img('u3', [], 1)];
    const { expired, kept } = run(rules, images);
    expect(expired).toEqual(['u1', 'u2']);
    expect(kept).toEqual(['t', 'u3']);
  });
});

describe('EX archive examples', () => {
  it('"Filtering on last pulled time": archives images not pulled in 90 days (never pulled: push time)', () => {
    const rules: LifecycleRule[] = [{ rulePriority: 1, description: 'Archive images not pulled in 90 days', tagStatus: 'ANY', maxDaysSinceLastPull: 90, action: 'TRANSITION' }];
    expect(renderPolicyDocument(rules)).toEqual({
      rules: [
        {
          rulePriority: 1,
          description: 'Archive images not pulled in 90 days',
          selection: { tagStatus: 'any', countType: 'sinceImagePulled', countUnit: 'days', countNumber: 90 },
          action: { type: 'transition', targetStorageClass: 'archive' },
        },
      ],
    });
    const images = [
      img('pulled-long-ago', ['a'], 300, { lastPulledAt: AT - 100 * DAY }),
      img('pulled-recently', ['b'], 300, { lastPulledAt: AT - 10 * DAY }),
      img('never-pulled-old', [], 120),
      img('never-pulled-new', [], 30),
      // RULES: restored and never pulled since: last_activated_at counts, not the old pull.
      img('restored', ['c'], 400, { lastPulledAt: AT - 300 * DAY, lastActivatedAt: AT - 20 * DAY }),
      img('already-archived', ['d'], 500, { storage: 'ARCHIVE', lastArchivedAt: AT - 200 * DAY }),
    ];
    const { archived, kept } = run(rules, images);
    expect(archived).toEqual(['pulled-long-ago', 'never-pulled-old']);
    expect(kept).toEqual(['pulled-recently', 'never-pulled-new', 'restored', 'already-archived']);
  });

  it('"Filtering on archive transition time": expires images archived for more than 365 days', () => {
    const rules: LifecycleRule[] = [{ rulePriority: 1, description: 'Expire images archived for more than 365 days', tagStatus: 'ANY', storageClass: 'ARCHIVE', maxDaysSinceArchived: 365 }];
    expect(renderPolicyDocument(rules).rules[0]?.selection).toEqual({ tagStatus: 'any', storageClass: 'archive', countType: 'sinceImageTransitioned', countUnit: 'days', countNumber: 365 });
    const images = [
      img('archived-400', ['a'], 900, { storage: 'ARCHIVE', lastArchivedAt: AT - 400 * DAY }),
      img('archived-100', ['b'], 900, { storage: 'ARCHIVE', lastArchivedAt: AT - 100 * DAY }),
      img('standard-old', ['c'], 2000),
    ];
    const { expired } = run(rules, images);
    expect(expired).toEqual(['archived-400']);
  });

  it('"Archiving images older than a specified number of days": archives prod* images older than 30 days', () => {
    const rules: LifecycleRule[] = [{ rulePriority: 1, description: 'Archive production images older than 30 days', tagPatternList: ['prod*'], maxImageAgeDays: 30, action: 'TRANSITION' }];
    const { archived, expired } = run(rules, [img('p-old', ['prod-1'], 31), img('p-new', ['prod-2'], 29), img('d-old', ['dev'], 99)]);
    expect(archived).toEqual(['p-old']);
    expect(expired).toEqual([]);
  });

  it('"Combining archive and expire rules": archive after 30 days, expire 365 days after archiving', () => {
    // Both rules are `any`. That only works if the storage class is part of what a rule selects:
    // otherwise rule 1 (priority 1, any) would protect every image from rule 2.
    const rules: LifecycleRule[] = [
      { rulePriority: 1, description: 'Archive images older than 30 days', tagStatus: 'ANY', maxImageAgeDays: 30, action: 'TRANSITION' },
      { rulePriority: 2, description: 'Expire images archived for more than 365 days', tagStatus: 'ANY', storageClass: 'ARCHIVE', maxDaysSinceArchived: 365 },
    ];
    const images = [
      img('standard-40', ['a'], 40),
      img('standard-10', ['b'], 10),
      img('archived-400', ['c'], 800, { storage: 'ARCHIVE', lastArchivedAt: AT - 400 * DAY }),
      img('archived-200', [], 800, { storage: 'ARCHIVE', lastArchivedAt: AT - 200 * DAY }),
    ];
    const { archived, expired, kept } = run(rules, images);
    expect(archived).toEqual(['standard-40']);
    expect(expired).toEqual(['archived-400']);
    expect(kept).toEqual(['standard-10', 'archived-200']);
  });
});

describe('RULES statements not covered by an example', () => {
  it('"When using tagPatternList ... prod* ... would match prod, prod1, or production-team1; *prod* ... repo-production or prod-team"', () => {
    const images = [img('a', ['prod'], 9), img('b', ['prod1'], 9), img('c', ['production-team1'], 9), img('d', ['repo-production'], 9), img('e', ['prod-team'], 9), img('f', ['Prod'], 9)];
    expect(run([{ tagPatternList: ['prod*'], maxImageAgeDays: 1 }], images).expired).toEqual(['a', 'b', 'c', 'e']);
    expect(run([{ tagPatternList: ['*prod*'], maxImageAgeDays: 1 }], images).expired).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('"Expiration is always ordered by pushed_at_time ... If an image was archived and then restored ..., last_activated_at is used"', () => {
    // Restored 1 day ago: it ranks as the newest for imageCountMoreThan.
    const images = [img('restored', ['a'], 100, { lastActivatedAt: AT - DAY }), img('mid', ['b'], 10), img('new', ['c'], 5)];
    expect(run([{ tagStatus: 'ANY', maxImageCount: 2 }], images).expired).toEqual(['mid']);
  });

  it('"automatically expire or archive those artifacts ... of the deletion or archival of the subject image"', () => {
    const images = [img('subject', ['old'], 50), img('signature', ['sha256-subject.sig'], 50, { subjectDigest: 'sha256:subject' }), img('other', ['new'], 1)];
    const { result, expired } = run([{ tagPrefixList: ['old'], maxImageAgeDays: 30 }], images);
    expect(expired).toEqual(['subject', 'signature']);
    expect(result.verdicts[1]).toMatchObject({ reason: 'follows-subject' });
  });
});
