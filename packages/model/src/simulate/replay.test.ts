import { describe, expect, it } from 'vitest';
import type { LifecycleRule } from '../design.ts';
import { DAY } from './explain.ts';
import { simulateLifecycle } from './evaluate.ts';
import { lastPullAt, replayLifecycle, tagsAt } from './replay.ts';
import { syntheticHistory } from './synthetic.ts';
import type { SimImage } from './types.ts';

const T0 = Date.UTC(2025, 0, 1);
const img = (name: string, tags: string[], pushedDay: number, extra: Partial<SimImage> = {}): SimImage => ({
  digest: `sha256:${name}`,
  tags,
  pushedAt: T0 + pushedDay * DAY,
  sizeBytes: 10,
  storage: 'STANDARD',
  ...extra,
});

describe('day-by-day replay', () => {
  it('expires an untagged image on the first day it is more than 14 days old', () => {
    const { fates, steps } = replayLifecycle([{ tagStatus: 'UNTAGGED', maxImageAgeDays: 14 }], [img('u', [], 0), img('t', ['v1'], 0)], { to: T0 + 30 * DAY });
    expect(fates[0]).toEqual({ digest: 'sha256:u', expiredAt: T0 + 15 * DAY, expiredBy: 1 });
    expect(fates[1]).toEqual({ digest: 'sha256:t' });
    expect(steps).toHaveLength(30);
    expect(steps[0]?.at).toBe(T0 + DAY);
    expect(steps.map((s) => s.expired)).toEqual(steps.map((s) => (s.at === T0 + 15 * DAY ? 1 : 0)));
    expect(steps[29]).toMatchObject({ standardImages: 1, standardBytes: 10, archivedImages: 0 });
  });

  it('archives, then expires from archive once the archive rule sees the image', () => {
    const rules: LifecycleRule[] = [
      { maxImageAgeDays: 30, action: 'TRANSITION' },
      { storageClass: 'ARCHIVE', maxDaysSinceArchived: 90 },
    ];
    const { fates, steps } = replayLifecycle(rules, [img('a', ['v1'], 0)], { to: T0 + 200 * DAY });
    expect(fates[0]).toEqual({ digest: 'sha256:a', archivedAt: T0 + 31 * DAY, archivedBy: 1, expiredAt: T0 + 122 * DAY, expiredBy: 2 });
    expect(steps.find((s) => s.at === T0 + 60 * DAY)).toMatchObject({ standardImages: 0, archivedImages: 1, archivedBytes: 10 });
  });

  it('uses the tags an image had that day: `latest` protects whichever image holds it', () => {
    const a = img('a', ['sha-a'], 0, { tagHistory: [{ tag: 'sha-a', from: T0 }, { tag: 'latest', from: T0, until: T0 + 2.5 * DAY }] });
    const b = img('b', ['sha-b', 'latest'], 2.5);
    const rules: LifecycleRule[] = [{ tagPatternList: ['latest'], maxImageCount: 1 }, { maxImageAgeDays: 1 }];
    const { fates } = replayLifecycle(rules, [a, b], { to: T0 + 10 * DAY });
    expect(tagsAt(a, T0 + 2 * DAY)).toEqual(['sha-a', 'latest']);
    expect(tagsAt(a, T0 + 3 * DAY)).toEqual(['sha-a']);
    expect(fates[0]?.expiredAt).toBe(T0 + 3 * DAY);
    expect(fates[1]?.expiredAt).toBeUndefined();
  });

  it('knows only the pulls made so far, and none after archiving', () => {
    const a = img('a', [], 0, { pulls: [T0 + 10 * DAY], lastPulledAt: T0 + 10 * DAY });
    expect(lastPullAt(a, T0 + 9 * DAY)).toBeUndefined();
    expect(lastPullAt(a, T0 + 10 * DAY)).toBe(T0 + 10 * DAY);
    // Not pulled by day 6 (its first pull is on day 10): archived on day 6.
    const { fates } = replayLifecycle([{ maxDaysSinceLastPull: 5, action: 'TRANSITION' }], [a], { to: T0 + 20 * DAY });
    expect(fates[0]).toMatchObject({ archivedAt: T0 + 6 * DAY });
  });

  it('ends where a single evaluation of the final state ends, for a policy without archive chains', () => {
    const images = syntheticHistory({ seed: 7, end: T0 + 60 * DAY, days: 60, pushesPerDay: 6 });
    const rules: LifecycleRule[] = [{ tagPatternList: ['v*'], maxImageAgeDays: 45 }, { tagStatus: 'UNTAGGED', maxImageAgeDays: 7 }];
    const end = T0 + 60 * DAY;
    const { fates } = replayLifecycle(rules, images, { to: end, from: end - 59 * DAY });
    const once = simulateLifecycle(rules, images, { at: end });
    // Age rules only ever expire what a final evaluation expires too (ages only grow).
    const replayExpired = new Set(fates.filter((f) => f.expiredAt !== undefined).map((f) => f.digest));
    const onceExpired = new Set(once.verdicts.filter((v) => v.verdict === 'expired').map((v) => v.image.digest));
    expect(replayExpired).toEqual(onceExpired);
  });
});
