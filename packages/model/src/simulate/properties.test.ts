/**
 * Properties of the simulator on random repositories and random policies:
 * - it agrees with a naive, literal reading of ECR's evaluation rules (reference below);
 * - an image is expired or archived by exactly one or zero rules;
 * - a higher-priority rule that never acts only ever protects: adding one expires nothing new;
 * - a count rule keeping N: of the images it decides (it selects them and no higher-priority rule
 *   does), at most N stay, namely those among the newest N of everything it selects; the images a
 *   higher-priority rule selects are that rule's to decide, so the rule's whole selection can keep
 *   more than N;
 * - the verdicts do not depend on the order of the input (for distinct push times);
 * - synthetic histories are deterministic for a seed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LifecycleRule } from '../design.ts';
import { effectiveTagStatus, evaluationOrder, orderLifecycleRules } from '../lifecycle/order.ts';
import { DAY } from './explain.ts';
import { compilePolicy, evaluatePolicy, simulateLifecycle } from './evaluate.ts';
import { syntheticHistory } from './synthetic.ts';
import type { SimImage, SimulationResult, Verdict } from './types.ts';

const AT = Date.UTC(2026, 5, 1);

/** `value` with weight `yes` against undefined with weight `no`. */
const sometimes = <T,>(yes: number, no: number, value: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: yes, arbitrary: value }, { weight: no, arbitrary: fc.constant(undefined) });

const tagWord = fc.constantFrom('prod', 'prod-1', 'prod-2', 'beta-1', 'beta-2', 'release-1', 'v1.0.0', 'v1.2.0', 'latest', 'sha-abc', 'sha-abd', 'dev');
const imageArb = (i: number): fc.Arbitrary<SimImage> =>
  fc
    .record({
      tags: fc.uniqueArray(tagWord, { maxLength: 3 }),
      pushedDay: fc.integer({ min: 0, max: 400 }),
      pulledDay: sometimes(1, 1, fc.integer({ min: 0, max: 400 })),
      archivedDay: sometimes(1, 4, fc.integer({ min: 0, max: 400 })),
      restoredDay: sometimes(1, 6, fc.integer({ min: 0, max: 400 })),
      size: fc.integer({ min: 0, max: 1000 }),
      jitter: fc.integer({ min: 0, max: DAY - 1 }),
    })
    .map(({ tags, pushedDay, pulledDay, archivedDay, restoredDay, size, jitter }) => {
      const pushedAt = AT - pushedDay * DAY - jitter;
      const image: SimImage = { digest: `sha256:${i}`, tags, pushedAt, sizeBytes: size, storage: archivedDay !== undefined ? 'ARCHIVE' : 'STANDARD' };
      if (pulledDay !== undefined) image.lastPulledAt = Math.max(pushedAt, AT - pulledDay * DAY);
      if (archivedDay !== undefined) image.lastArchivedAt = Math.max(pushedAt, AT - archivedDay * DAY);
      else if (restoredDay !== undefined) image.lastActivatedAt = Math.max(pushedAt, AT - restoredDay * DAY);
      return image;
    });
const imagesArb: fc.Arbitrary<SimImage[]> = fc.integer({ min: 0, max: 25 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => imageArb(i))));

const filter = fc.constantFrom('prod', 'beta', 'release', 'v1', 'sha-', 'latest', 'de', 'x');
const pattern = fc.constantFrom('prod*', '*-1', 'v*.*', '*a*', 'latest', 'sha-*', '*', 'beta-?', 'r*e*1');
const small = fc.integer({ min: 1, max: 8 });
const days = fc.integer({ min: 1, max: 300 });
const ruleArb: fc.Arbitrary<LifecycleRule> = fc
  .record({
    selection: fc.oneof(
      fc.record({ tagPrefixList: fc.uniqueArray(filter, { minLength: 1, maxLength: 2 }) }),
      fc.record({ tagPatternList: fc.uniqueArray(pattern, { minLength: 1, maxLength: 2 }) }),
      fc.constant({ tagStatus: 'UNTAGGED' as const }),
      fc.constant({ tagStatus: 'ANY' as const }),
    ),
    count: fc.oneof(
      fc.record({ maxImageCount: small }),
      fc.record({ maxImageAgeDays: days }),
      fc.record({ maxDaysSinceLastPull: days, action: fc.constant('TRANSITION' as const) }),
      fc.record({ maxImageAgeDays: days, action: fc.constant('TRANSITION' as const) }),
      fc.record({ storageClass: fc.constant('ARCHIVE' as const), maxDaysSinceArchived: days }),
    ),
  })
  .map(({ selection, count }) => ({ ...selection, ...count }) as LifecycleRule);
/** Rules with explicit, distinct priorities 2.. (so a test can put a rule before all of them). */
const rulesArb: fc.Arbitrary<LifecycleRule[]> = fc
  .array(ruleArb, { minLength: 1, maxLength: 6 })
  .chain((rules) => fc.shuffledSubarray(rules.map((_, i) => i + 2), { minLength: rules.length, maxLength: rules.length }).map((prios) => rules.map((r, i) => ({ ...r, rulePriority: prios[i] as number }))));

const glob = (p: string) => new RegExp('^' + p.split('*').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
const restoredTime = (i: SimImage) => Math.max(i.pushedAt, i.lastActivatedAt ?? -Infinity);

/** An independent, literal reading of "Lifecycle policy evaluation rules" (slow, obvious code). */
function reference(rules: LifecycleRule[], images: SimImage[], at: number): { verdict: Verdict; rule?: number }[] {
  const olderThan = (t: number | undefined, n: number) => t !== undefined && at - t > n * DAY;
  const evaluated = evaluationOrder(orderLifecycleRules(rules)).map((o) => {
    const r = o.rule;
    const status = effectiveTagStatus(r);
    const matchers = [...(r.tagPrefixList ?? []).map((p) => (t: string) => t.startsWith(p)), ...(r.tagPatternList ?? []).map((p) => (t: string) => glob(p).test(t))];
    const selected = images.filter((img) => {
      if (img.storage !== (r.storageClass ?? 'STANDARD')) return false;
      if (status === 'ANY') return true;
      if (status === 'UNTAGGED') return img.tags.length === 0;
      return img.tags.length > 0 && matchers.every((m) => img.tags.some(m));
    });
    let marked: SimImage[];
    if (r.maxDaysSinceArchived !== undefined) marked = selected.filter((i) => olderThan(i.lastArchivedAt, r.maxDaysSinceArchived as number));
    else if (r.maxDaysSinceLastPull !== undefined) {
      marked = selected.filter((i) => {
        const restoredNotPulled = i.lastActivatedAt !== undefined && (i.lastPulledAt === undefined || i.lastPulledAt < i.lastActivatedAt);
        return olderThan(restoredNotPulled ? i.lastActivatedAt : (i.lastPulledAt ?? i.pushedAt), r.maxDaysSinceLastPull as number);
      });
    } else if (r.maxImageAgeDays !== undefined) marked = selected.filter((i) => olderThan(i.pushedAt, r.maxImageAgeDays as number));
    else {
      const youngestFirst = [...selected].sort((a, b) => restoredTime(b) - restoredTime(a) || images.indexOf(b) - images.indexOf(a));
      marked = youngestFirst.slice(r.maxImageCount as number);
    }
    return { priority: o.priority, selected: new Set(selected), marked: new Set(marked), verdict: (r.action === 'TRANSITION' ? 'archived' : 'expired') as Verdict };
  });
  return images.map((img) => {
    const first = evaluated.find((e) => e.selected.has(img));
    if (!first) return { verdict: 'kept' };
    return { verdict: first.marked.has(img) ? first.verdict : 'kept', rule: first.priority };
  });
}

const decisions = (r: SimulationResult) => r.verdicts.map((v) => [v.image.digest, v.verdict, v.rulePriority, v.reason, v.overriddenBy]);

describe('simulator properties', () => {
  it('agrees with a literal reading of the documented evaluation rules', () => {
    fc.assert(
      fc.property(rulesArb, imagesArb, (rules, images) => {
        const ours = simulateLifecycle(rules, images, { at: AT }).verdicts.map((v) => ({ verdict: v.verdict, rule: v.rulePriority }));
        const theirs = reference(rules, images, AT);
        expect(ours).toEqual(theirs.map((t) => (t.rule === undefined ? { verdict: t.verdict, rule: undefined } : t)));
      }),
      { numRuns: 400 },
    );
  });

  it('decides the same without explanations (as replays run it)', () => {
    fc.assert(
      fc.property(rulesArb, imagesArb, (rules, images) => {
        const policy = compilePolicy(rules);
        const quiet = evaluatePolicy(policy, images, AT, { explain: false });
        expect(quiet.verdicts.every((v) => v.rulePriority === undefined || v.explanation === '')).toBe(true);
        expect(decisions(quiet)).toEqual(decisions(evaluatePolicy(policy, images, AT)));
      }),
      { numRuns: 200 },
    );
  });

  it('expires or archives each image by exactly one or zero rules, and the per-rule totals add up', () => {
    fc.assert(
      fc.property(rulesArb, imagesArb, (rules, images) => {
        const r = simulateLifecycle(rules, images, { at: AT });
        const acted = r.verdicts.filter((v) => v.verdict !== 'kept');
        for (const v of acted) expect(v.rulePriority).toBeDefined();
        expect(r.rules.reduce((s, t) => s + t.acted, 0)).toBe(acted.length);
        expect(r.rules.reduce((s, t) => s + t.actedBytes, 0)).toBe(r.summary.expiredBytes + r.summary.archivedBytes);
        expect(r.rules.reduce((s, t) => s + t.decided, 0)).toBe(r.verdicts.filter((v) => v.rulePriority !== undefined).length);
        for (const v of r.verdicts) expect(v.explanation.endsWith(`; ${v.verdict}`) || v.explanation.includes(`; ${v.verdict} (`)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('adding a higher-priority rule that never acts never expires or archives more images', () => {
    const protective = fc.oneof(
      fc.record({ tagPrefixList: fc.uniqueArray(filter, { minLength: 1, maxLength: 2 }) }),
      fc.record({ tagPatternList: fc.uniqueArray(pattern, { minLength: 1, maxLength: 2 }) }),
      fc.constant({ tagStatus: 'UNTAGGED' as const }),
    );
    fc.assert(
      fc.property(rulesArb, imagesArb, protective, (rules, images, selection) => {
        const acted = (rs: LifecycleRule[]) =>
          new Set(simulateLifecycle(rs, images, { at: AT }).verdicts.filter((v) => v.verdict !== 'kept').map((v) => v.image.digest));
        const before = acted(rules);
        const after = acted([{ rulePriority: 1, ...selection, maxImageCount: 1_000_000 }, ...rules]);
        for (const d of after) expect(before.has(d)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a count rule keeping N keeps at most N of the images it decides: those among the newest N it selects', () => {
    fc.assert(
      fc.property(rulesArb, imagesArb, (rules, images) => {
        const r = simulateLifecycle(rules, images, { at: AT });
        for (const rule of rules) {
          if (rule.maxImageCount === undefined) continue;
          const decided = r.verdicts.filter((v) => v.rulePriority === rule.rulePriority);
          expect(decided.filter((v) => v.verdict === 'kept').length).toBeLessThanOrEqual(rule.maxImageCount);
          for (const v of decided) expect(v.verdict === 'kept').toBe(v.reason === 'within-count');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same verdicts whatever the order of the input (distinct push times)', () => {
    fc.assert(
      fc.property(rulesArb, imagesArb, fc.integer(), (rules, images, seed) => {
        fc.pre(new Set(images.map((i) => Math.max(i.pushedAt, i.lastActivatedAt ?? 0))).size === images.length);
        const shuffled = [...images].sort((a, b) => ((a.pushedAt ^ seed) % 7) - ((b.pushedAt ^ seed) % 7));
        const key = (imgs: SimImage[]) =>
          Object.fromEntries(simulateLifecycle(rules, imgs, { at: AT }).verdicts.map((v) => [v.image.digest, [v.verdict, v.rulePriority, v.explanation]]));
        expect(key(shuffled)).toEqual(key(images));
      }),
      { numRuns: 200 },
    );
  });
});

describe('synthetic histories', () => {
  const options = fc.record({
    seed: fc.integer(),
    days: fc.integer({ min: 0, max: 60 }),
    pushesPerDay: fc.double({ min: 0, max: 12, noNaN: true }),
    untaggedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    releaseShare: fc.double({ min: 0, max: 1, noNaN: true }),
    pullProbability: fc.double({ min: 0, max: 1, noNaN: true }),
    tagScheme: fc.record({ sha: fc.boolean(), semver: fc.boolean(), latest: fc.boolean() }),
  });

  it('is deterministic for a seed, and a different seed gives a different history', () => {
    fc.assert(
      fc.property(options, (o) => {
        const a = syntheticHistory({ ...o, end: AT });
        expect(syntheticHistory({ ...o, end: AT })).toEqual(a);
        expect(simulateLifecycle([{ maxImageCount: 5 }], a, { at: AT })).toEqual(simulateLifecycle([{ maxImageCount: 5 }], syntheticHistory({ ...o, end: AT }), { at: AT }));
      }),
      { numRuns: 100 },
    );
    const a = syntheticHistory({ seed: 1, end: AT, days: 30 });
    const b = syntheticHistory({ seed: 2, end: AT, days: 30 });
    expect(a.map((i) => i.digest)).not.toEqual(b.map((i) => i.digest));
  });

  it('is a plausible repository: unique digests and tags, latest on the newest tagged image, pulls in order and in the past', () => {
    fc.assert(
      fc.property(options, (o) => {
        const images = syntheticHistory({ ...o, end: AT });
        expect(new Set(images.map((i) => i.digest)).size).toBe(images.length);
        const tags = images.flatMap((i) => i.tags);
        expect(new Set(tags).size).toBe(tags.length);
        const tagged = images.filter((i) => i.tags.length > 0 || i.tagHistory);
        const withLatest = images.filter((i) => i.tags.includes('latest'));
        if (o.tagScheme.latest && tagged.length > 0 && (o.tagScheme.sha || o.tagScheme.semver)) expect(withLatest).toEqual([tagged[tagged.length - 1]]);
        else expect(withLatest).toEqual([]);
        for (const i of images) {
          expect(i.pushedAt).toBeGreaterThanOrEqual(AT - o.days * DAY);
          expect(i.pushedAt).toBeLessThan(AT);
          const pulls = i.pulls ?? [];
          expect([...pulls].sort((x, y) => x - y)).toEqual(pulls);
          for (const p of pulls) {
            expect(p).toBeGreaterThanOrEqual(i.pushedAt);
            expect(p).toBeLessThanOrEqual(AT);
          }
          expect(i.lastPulledAt).toBe(pulls.length ? pulls[pulls.length - 1] : undefined);
        }
      }),
      { numRuns: 150 },
    );
  });
});
