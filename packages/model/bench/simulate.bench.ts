/**
 * Benchmark of the lifecycle simulator (not a test; timings are never asserted):
 *   npx tsx packages/model/bench/simulate.bench.ts [images] [rules]
 * Defaults: 10,000 images (a seeded synthetic history) and 20 rules of every kind. Prints the
 * time of a whole simulation (compiling the policy, evaluating every rule on every image, the
 * explanations, totals and warnings) over repeated runs, plus the related steps the app and the
 * CLI take (parsing describe-images output, generating a history, a 90-day replay).
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  type LifecycleRule,
  compilePolicy,
  evaluatePolicy,
  parseDescribeImagesText,
  replayLifecycle,
  simulateLifecycle,
  syntheticHistory,
} from '../src/index.ts';

const IMAGES = Number(process.argv[2] ?? 10_000);
const RULES = Number(process.argv[3] ?? 20);
const AT = Date.UTC(2026, 0, 1);

function rules(count: number): LifecycleRule[] {
  const kinds: LifecycleRule[] = [
    { description: 'Keep latest', tagPatternList: ['latest'], maxImageCount: 1 },
    { description: 'Keep 50 releases', tagPatternList: ['v*.*.*'], maxImageCount: 50 },
    { description: 'Release candidates', tagPatternList: ['*-rc*', 'sha-*'], maxImageCount: 10 },
    { description: 'v1 line', tagPrefixList: ['v1.'], maxImageCount: 20 },
    { description: 'Untagged', tagStatus: 'UNTAGGED', maxImageAgeDays: 7 },
    { description: 'Archived untagged', tagStatus: 'UNTAGGED', storageClass: 'ARCHIVE', maxDaysSinceArchived: 90 },
    { description: 'Archived', tagStatus: 'ANY', storageClass: 'ARCHIVE', maxDaysSinceArchived: 365 },
    { description: 'Archive unused', tagStatus: 'ANY', maxDaysSinceLastPull: 30, action: 'TRANSITION' },
  ];
  const out = kinds.slice(0, Math.min(count, 5));
  // Fill up with build rules, one per leading hex digit of the sha tag, alternating count and age.
  for (let i = 0; out.length < count - 3; i++) {
    const digit = (i % 16).toString(16);
    out.push(i % 2 === 0 ? { tagPatternList: [`sha-${digit}*`], maxImageCount: 5 + i } : { tagPrefixList: [`sha-${digit}`], maxImageAgeDays: 10 + i });
  }
  return [...out, ...kinds.slice(5)].slice(0, count);
}

/**
 * Wall-clock time per run (min, median, p95), and the process's CPU time per run (user + system,
 * all threads: the main thread plus the garbage collector's helpers), which a machine shared with
 * other work inflates far less than wall-clock time.
 */
function time<T>(label: string, runs: number, f: () => T): T {
  let result = f(); // warm-up (JIT)
  for (let i = 0; i < 3; i++) result = f();
  const ms: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = f();
    ms.push(performance.now() - t);
  }
  const used = process.cpuUsage(cpu);
  ms.sort((a, b) => a - b);
  const q = (p: number) => (ms[Math.min(ms.length - 1, Math.floor(p * ms.length))] as number).toFixed(2);
  const cpuMs = ((used.user + used.system) / 1000 / runs).toFixed(2);
  console.log(`${label.padEnd(56)} wall: min ${q(0)} ms, median ${q(0.5)} ms, p95 ${q(0.95)} ms; CPU ${cpuMs} ms/run (${runs} runs)`);
  return result;
}

console.log(`node ${process.version}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} on a machine with other work running`);
const policy = rules(RULES);
const images = time(`synthetic history (${IMAGES} images)`, 10, () =>
  syntheticHistory({ seed: 42, end: AT, days: 365, pushesPerDay: IMAGES / 365, untaggedShare: 0.25 }),
);
console.log(`images: ${images.length}, rules: ${policy.length}`);

const result = time(`simulateLifecycle: ${images.length} images x ${policy.length} rules`, 50, () => simulateLifecycle(policy, images, { at: AT }));
const compiled = compilePolicy(policy);
time('  of which evaluatePolicy (policy compiled once)', 50, () => evaluatePolicy(compiled, images, AT));
time('  of which compilePolicy (ordering, matchers, warnings)', 50, () => compilePolicy(policy));

const s = result.summary;
console.log(`verdicts: ${s.kept} kept, ${s.expired} expired, ${s.archived} archived; warnings: ${result.warnings.map((w) => w.code).join(', ') || 'none'}`);

const describeImages = JSON.stringify({
  imageDetails: images.map((i) => ({
    registryId: '123456789012',
    repositoryName: 'team/app',
    imageDigest: i.digest,
    ...(i.tags.length ? { imageTags: i.tags } : {}),
    imageSizeInBytes: i.sizeBytes,
    imagePushedAt: new Date(i.pushedAt).toISOString(),
    imageManifestMediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    ...(i.lastPulledAt !== undefined ? { lastRecordedPullTime: new Date(i.lastPulledAt).toISOString() } : {}),
    imageStatus: 'ACTIVE',
  })),
});
time(`parse describe-images output (${(describeImages.length / 1024 / 1024).toFixed(1)} MiB)`, 10, () => parseDescribeImagesText(describeImages));
time('replay, 90 daily steps', 3, () => replayLifecycle(compiled, images, { from: AT - 89 * 86_400_000, to: AT }));
