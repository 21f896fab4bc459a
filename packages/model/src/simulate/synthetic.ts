/**
 * A synthetic image history from a few parameters, for trying a policy without a real repository.
 * Deterministic: the same options (seed included) always give the same images, in any JavaScript
 * engine (a 32-bit PRNG, integer arithmetic, no clock).
 *
 * Each day brings a Poisson-distributed number of pushes. A push is untagged with probability
 * `untaggedShare` (build cache, intermediate and multi-architecture child images); otherwise it gets
 * `sha-<7 hex>`, a release push also `v<major>.<minor>.<patch>`, and `latest` moves to it (the image
 * that had `latest` loses it, which `tagHistory` records). Images are pulled during their first
 * `pullWindowDays` days (releases four times as long), and every day while they hold `latest`, each
 * day with probability `pullProbability`.
 */
import { DAY } from './explain.ts';
import type { SimImage, TagSpan } from './types.ts';

export interface TagScheme {
  /** `sha-<7 hex>` on every tagged push (default true). */
  sha?: boolean;
  /** `v<semver>` on release pushes (default true). */
  semver?: boolean;
  /** `latest` on the newest tagged push (default true). */
  latest?: boolean;
}

export interface SyntheticHistoryOptions {
  seed: number;
  /** The end of the history (epoch ms); usually the evaluation date. */
  end: number;
  /** Days of history (default 90). */
  days?: number;
  /** Average pushes per day (default 5). */
  pushesPerDay?: number;
  tagScheme?: TagScheme;
  /** Share of tagged pushes that are releases (default 0.1). */
  releaseShare?: number;
  /** Share of untagged pushes (default 0.2). */
  untaggedShare?: number;
  /** Days after its push during which an image is still pulled (default 14). */
  pullWindowDays?: number;
  /** Probability that an image in use is pulled on a given day (default 0.5; 0: no pulls). */
  pullProbability?: number;
  /** Image sizes, uniformly distributed (default 50 to 400 MiB). */
  sizeMiB?: { min: number; max: number };
}

/** mulberry32: a small, fast, well-distributed 32-bit generator. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hex(random: () => number, length: number): string {
  let out = '';
  while (out.length < length) out += Math.floor(random() * 4294967296).toString(16).padStart(8, '0');
  return out.slice(0, length);
}

function poisson(random: () => number, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(random)));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = random();
  while (p > limit) {
    k++;
    p *= random();
  }
  return k;
}

function normal(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

const MiB = 1024 * 1024;

export function syntheticHistory(options: SyntheticHistoryOptions): SimImage[] {
  const random = seededRandom(options.seed);
  const days = Math.max(0, Math.floor(options.days ?? 90));
  const perDay = options.pushesPerDay ?? 5;
  const scheme = { sha: true, semver: true, latest: true, ...options.tagScheme };
  const releaseShare = options.releaseShare ?? 0.1;
  const untaggedShare = options.untaggedShare ?? 0.2;
  const window = options.pullWindowDays ?? 14;
  const pullP = options.pullProbability ?? 0.5;
  const size = options.sizeMiB ?? { min: 50, max: 400 };
  const start = options.end - days * DAY;

  interface Draft {
    image: SimImage;
    spans: TagSpan[];
    release: boolean;
  }
  const drafts: Draft[] = [];
  const version = [1, 0, 0];
  let latest: Draft | undefined;

  for (let d = 0; d < days; d++) {
    const dayStart = start + d * DAY;
    const count = poisson(random, perDay);
    const offsets = Array.from({ length: count }, () => Math.floor(random() * DAY)).sort((a, b) => a - b);
    for (const offset of offsets) {
      const pushedAt = dayStart + offset;
      const image: SimImage = {
        digest: `sha256:${hex(random, 64)}`,
        tags: [],
        pushedAt,
        sizeBytes: Math.round((size.min + random() * (size.max - size.min)) * MiB),
        storage: 'STANDARD',
      };
      const draft: Draft = { image, spans: [], release: false };
      if (random() >= untaggedShare) {
        if (scheme.sha) draft.spans.push({ tag: `sha-${hex(random, 7)}`, from: pushedAt });
        if (scheme.semver && random() < releaseShare) {
          const r = random();
          if (r < 0.02) version.splice(0, 3, (version[0] as number) + 1, 0, 0);
          else if (r < 0.2) version.splice(1, 2, (version[1] as number) + 1, 0);
          else version[2] = (version[2] as number) + 1;
          draft.spans.push({ tag: `v${version.join('.')}`, from: pushedAt });
          draft.release = true;
        }
        if (scheme.latest && draft.spans.length > 0) {
          if (latest) {
            const span = latest.spans.find((s) => s.tag === 'latest' && s.until === undefined);
            if (span) span.until = pushedAt;
          }
          draft.spans.push({ tag: 'latest', from: pushedAt });
          latest = draft;
        }
      }
      drafts.push(draft);
    }
  }

  return drafts.map(({ image, spans, release }) => {
    const current = spans.filter((s) => s.until === undefined).map((s) => s.tag);
    // A plain literal, optional keys added in a fixed order: objects of few shapes read fast (a
    // spread copy here made every property read of the simulator's hot loop dozens of times slower).
    const out: SimImage = { digest: image.digest, tags: current, pushedAt: image.pushedAt, sizeBytes: image.sizeBytes, storage: 'STANDARD' };
    if (spans.length > current.length) out.tagHistory = spans;
    // Pulls: during the window after the push, and every day the image holds `latest`.
    const pulls: number[] = [];
    if (pullP > 0) {
      const windowEnd = image.pushedAt + (release ? 4 * window : window) * DAY;
      const latestSpan = spans.find((s) => s.tag === 'latest');
      const latestEnd = latestSpan ? (latestSpan.until ?? options.end) : -Infinity;
      const until = Math.min(options.end, Math.max(windowEnd, latestEnd));
      for (let t = image.pushedAt; t < until; t += DAY) {
        if (random() < pullP) {
          const when = t + Math.floor(random() * DAY);
          if (when <= options.end) pulls.push(when);
        }
      }
    }
    if (pulls.length > 0) {
      out.pulls = pulls;
      out.lastPulledAt = pulls[pulls.length - 1] as number;
    }
    return out;
  });
}
