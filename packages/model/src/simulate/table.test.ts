import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY } from './explain.ts';
import { simulateLifecycle } from './evaluate.ts';
import { syntheticHistory } from './synthetic.ts';
import { replayLifecycle } from './replay.ts';
import { abbreviateDigest, describeReplayStep, formatBytes, formatDay, formatTime, policyWarningPath, verdictColumns, verdictRows, type VerdictFilter, type VerdictSortKey } from './table.ts';
import { lifecyclePolicyWarnings } from './warnings.ts';

const AT = Date.UTC(2026, 2, 1);
const images = syntheticHistory({ seed: 7, end: AT, days: 40 });
const { verdicts } = simulateLifecycle([{ tagPatternList: ['v*'], maxImageCount: 3 }, { tagStatus: 'UNTAGGED', maxImageAgeDays: 2 }, { maxImageAgeDays: 20, action: 'TRANSITION' }], images, { at: AT });

const value: Record<VerdictSortKey, (v: (typeof verdicts)[number]) => number | string> = {
  tags: (v) => v.image.tags.join(' '),
  digest: (v) => v.image.digest,
  pushed: (v) => v.image.pushedAt,
  lastPulled: (v) => v.image.lastPulledAt ?? -Infinity,
  size: (v) => v.image.sizeBytes,
  storage: (v) => v.image.storage,
  verdict: (v) => ['expired', 'archived', 'kept'].indexOf(v.verdict),
  rule: (v) => v.rulePriority ?? Infinity,
};

describe('table rows', () => {
  it('filter keeps exactly the verdicts asked for; sort orders by the column, ties in input order', () => {
    const filters: VerdictFilter[] = ['all', 'kept', 'expired', 'archived'];
    fc.assert(
      fc.property(fc.constantFrom(...filters), fc.constantFrom(...verdictColumns.map((c) => c.key)), fc.constantFrom('asc' as const, 'desc' as const), (filter, key, direction) => {
        const rows = verdictRows(verdicts, filter, { key, direction });
        expect(rows.length).toBe(filter === 'all' ? verdicts.length : verdicts.filter((v) => v.verdict === filter).length);
        for (let i = 1; i < rows.length; i++) {
          const a = value[key](rows[i - 1]!);
          const b = value[key](rows[i]!);
          if (a === b) expect(verdicts.indexOf(rows[i - 1]!)).toBeLessThan(verdicts.indexOf(rows[i]!));
          else expect(direction === 'asc' ? a < b : a > b).toBe(true);
        }
      }),
    );
    // The fixture has every verdict, so the filters were really exercised.
    expect(new Set(verdicts.map((v) => v.verdict))).toEqual(new Set(['kept', 'expired', 'archived']));
  });
});

describe('formats', () => {
  it('bytes in binary units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.0 GiB');
  });
  it('times in UTC to the minute, digests to 12 hex digits', () => {
    expect(formatTime(AT + DAY + 61_000)).toBe('2026-03-02 00:01 UTC');
    const digest = images[0]!.digest;
    expect(abbreviateDigest(digest)).toBe(`${digest.slice(0, 19)}…`);
    expect(abbreviateDigest('sha256:abc')).toBe('sha256:abc');
  });
});

describe('policy warning links', () => {
  it('point at the field of the rule the warning is about', () => {
    const rules = [{ tagPrefixList: ['prod'], maxImageCount: 50 }, { tagPatternList: ['prod-*'], maxImageAgeDays: 10 }, { maxImageCount: 5 }];
    const warnings = lifecyclePolicyWarnings(rules);
    const paths = warnings.map((w) => [w.code, policyWarningPath(2, w, rules[w.index])]);
    expect(paths).toContainEqual(['RuleNeverActs', 'repositories[2].lifecycleRules[1].tagPatternList']);
    expect(paths).toContainEqual(['CountRuleMayExpireLatest', 'repositories[2].lifecycleRules[2].maxImageCount']);
  });
});

describe('replay reading', () => {
  it('sums what the policy did up to the day and says what the repository holds', () => {
    const steps = replayLifecycle([{ tagStatus: 'UNTAGGED', maxImageAgeDays: 2 }], images, { to: AT }).steps;
    const i = steps.length - 1;
    const expired = steps.reduce((n, s) => n + s.expired, 0);
    expect(expired).toBeGreaterThan(0);
    const text = describeReplayStep(steps, i);
    expect(text).toContain(`on ${formatDay(steps[i]!.at)} the repository would hold ${steps[i]!.standardImages} images`);
    expect(text).toContain(`${expired} images (${formatBytes(steps.reduce((n, s) => n + s.expiredBytes, 0))}) expired and 0 archived so far`);
    expect(describeReplayStep(steps, steps.length)).toBe('');
  });
});
