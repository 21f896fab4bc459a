/**
 * Replays a lifecycle policy day by day (the app's time slider): what the repository would have
 * looked like had the policy been in place since the first push. Every step evaluates the policy
 * on the images pushed so far and not yet expired, as they were that day (tags and last pull at
 * that time, when the images carry their history), then applies the verdicts: expired images are
 * gone, archived ones move to archive storage with that day as their archive date, so the archive
 * rules see them from the next step on. All images start in standard storage.
 */
import type { LifecycleRule } from '../design.ts';
import { DAY } from './explain.ts';
import { type CompiledPolicy, compilePolicy, evaluatePolicy } from './evaluate.ts';
import type { SimImage } from './types.ts';

export interface ReplayOptions {
  /** The first evaluation (epoch ms). Default: one day after the earliest push. */
  from?: number;
  /** The last evaluation (epoch ms), usually the evaluation date. */
  to: number;
  /** Days between evaluations (default 1; ECR evaluates about once a day). */
  stepDays?: number;
}

export interface ReplayStep {
  at: number;
  /** The repository after this step's actions. */
  standardImages: number;
  standardBytes: number;
  archivedImages: number;
  archivedBytes: number;
  /** What this step did. */
  expired: number;
  expiredBytes: number;
  archived: number;
  archivedBytesMoved: number;
}

/** When, and by which rule, an image was archived and expired (absent: it never was). */
export interface ImageFate {
  digest: string;
  archivedAt?: number;
  archivedBy?: number;
  expiredAt?: number;
  expiredBy?: number;
}

export interface ReplayResult {
  steps: ReplayStep[];
  /** In input order. */
  fates: ImageFate[];
}

/** The tags an image had at `t`. */
export function tagsAt(image: SimImage, t: number): readonly string[] {
  const spans = image.tagHistory;
  if (!spans) return image.tags;
  const out: string[] = [];
  for (const s of spans) if (s.from <= t && (s.until === undefined || t < s.until)) out.push(s.tag);
  return out;
}

/** The last recorded pull at or before `t` (archived images cannot be pulled). */
export function lastPullAt(image: SimImage, t: number): number | undefined {
  const pulls = image.pulls;
  if (!pulls) return image.lastPulledAt !== undefined && image.lastPulledAt <= t ? image.lastPulledAt : undefined;
  let lo = 0;
  let hi = pulls.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((pulls[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? pulls[lo - 1] : undefined;
}

export function replayLifecycle(rules: readonly LifecycleRule[] | CompiledPolicy, images: readonly SimImage[], options: ReplayOptions): ReplayResult {
  const policy = Array.isArray(rules) ? compilePolicy(rules) : (rules as CompiledPolicy);
  const step = Math.max(1, options.stepDays ?? 1) * DAY;
  const first = images.reduce((m, img) => Math.min(m, img.pushedAt), Infinity);
  const from = options.from ?? (Number.isFinite(first) ? first + DAY : options.to);
  const fates: ImageFate[] = images.map((img) => ({ digest: img.digest }));
  const archivedAt: (number | undefined)[] = images.map(() => undefined);
  const gone = new Uint8Array(images.length);
  const steps: ReplayStep[] = [];

  for (let t = from; t <= options.to; t += step) {
    const live: number[] = [];
    const views: SimImage[] = [];
    images.forEach((img, i) => {
      if (gone[i] || img.pushedAt > t) return;
      const archived = archivedAt[i];
      const view: SimImage = { digest: img.digest, tags: tagsAt(img, t), pushedAt: img.pushedAt, sizeBytes: img.sizeBytes, storage: archived === undefined ? 'STANDARD' : 'ARCHIVE' };
      const pulled = lastPullAt(img, archived ?? t);
      if (pulled !== undefined) view.lastPulledAt = pulled;
      if (archived !== undefined) view.lastArchivedAt = archived;
      if (img.subjectDigest !== undefined) view.subjectDigest = img.subjectDigest;
      live.push(i);
      views.push(view);
    });
    const result = evaluatePolicy(policy, views, t, { explain: false });
    const s: ReplayStep = { at: t, standardImages: 0, standardBytes: 0, archivedImages: 0, archivedBytes: 0, expired: 0, expiredBytes: 0, archived: 0, archivedBytesMoved: 0 };
    result.verdicts.forEach((v, k) => {
      const i = live[k] as number;
      const fate = fates[i] as ImageFate;
      const size = v.image.sizeBytes;
      if (v.verdict === 'expired') {
        gone[i] = 1;
        fate.expiredAt = t;
        if (v.rulePriority !== undefined) fate.expiredBy = v.rulePriority;
        s.expired++;
        s.expiredBytes += size;
        return;
      }
      if (v.verdict === 'archived' && archivedAt[i] === undefined) {
        archivedAt[i] = t;
        fate.archivedAt = t;
        if (v.rulePriority !== undefined) fate.archivedBy = v.rulePriority;
        s.archived++;
        s.archivedBytesMoved += size;
      }
      if (archivedAt[i] === undefined) {
        s.standardImages++;
        s.standardBytes += size;
      } else {
        s.archivedImages++;
        s.archivedBytes += size;
      }
    });
    steps.push(s);
  }
  return { steps, fates };
}
