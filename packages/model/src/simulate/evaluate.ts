/**
 * ECR's lifecycle policy evaluation, as documented in "Lifecycle policy evaluation rules"
 * (https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html) and the
 * properties page (lifecycle_policy_parameters.html):
 *
 * 1. All rules are evaluated at the same time, each on every image it selects (its storage class
 *    and tag requirements), as if no other rule had marked anything: a count rule ranks all the
 *    images of its selection, including those a higher-priority rule decides.
 * 2. Then they are applied by priority (lowest number first). An image that matches the selection
 *    of a rule cannot be expired or archived by a lower-priority rule; so each image is decided by
 *    the highest-priority rule whose selection matches it, and is expired or archived by that rule
 *    or by none ("exactly one or zero rules").
 * 3. Tests: imageCountMoreThan ranks the selection youngest first by push time (restored images by
 *    their restore time) and acts beyond the first N; sinceImagePushed acts when the push is more
 *    than N days before the evaluation date; sinceImagePulled when the last recorded pull (else the
 *    restore, if the image was restored and not pulled since, else the push) is; and
 *    sinceImageTransitioned when the last archiving is. "More than N days" is strict.
 * 4. Artifacts referring to an expired or archived image (signatures, SBOMs) follow their subject.
 *
 * The rules and their priorities are exactly those the renderers write (`orderLifecycleRules`), so
 * the simulation is of the policy that deploys. Choices where the documentation is silent are
 * listed in the package README ("Lifecycle simulator").
 */
import type { LifecycleRule, TagStatus } from '../design.ts';
import { effectiveTagStatus, evaluationOrder, orderLifecycleRules } from '../lifecycle/order.ts';
import { type CountType, ruleCount } from '../lifecycle/policy.ts';
import { DAY, formatDays, plural, ruleLabel, shortDigest } from './explain.ts';
import { type TagMatcher, compilePattern, compilePrefix } from './match.ts';
import type { ImageVerdict, PolicyWarning, RuleTotals, SimImage, SimulationResult, SimulationSummary, Verdict, VerdictReason } from './types.ts';
import { lifecyclePolicyWarnings } from './warnings.ts';

export interface CompiledRule {
  priority: number;
  /** Index in the design's `lifecycleRules`. */
  index: number;
  rule: LifecycleRule;
  status: TagStatus;
  storage: 'STANDARD' | 'ARCHIVE';
  /** TAGGED rules: one per list entry (all must match, each some tag). */
  filters: TagFilter[];
  countType: CountType;
  /** Absent for a rule without a count property (invalid; it never acts). */
  countNumber?: number;
  action: 'expire' | 'transition';
  label: string;
}

/** A tag filter, and the literal every tag it matches starts with (what the tag index looks up). */
export interface TagFilter {
  literal: string;
  test: TagMatcher;
}

export interface CompiledPolicy {
  /** In evaluation order (ascending priority; list order for equal priorities). */
  rules: CompiledRule[];
  warnings: PolicyWarning[];
}

export function compileRule(priority: number, index: number, rule: LifecycleRule, status = effectiveTagStatus(rule)): CompiledRule {
  const { countType, countNumber } = ruleCount(rule);
  const filters: TagFilter[] = [];
  if (status === 'TAGGED') {
    for (const p of rule.tagPrefixList ?? []) filters.push({ literal: p, test: compilePrefix(p) });
    for (const p of rule.tagPatternList ?? []) filters.push({ literal: p.split('*')[0] as string, test: compilePattern(p) });
  }
  const compiled: CompiledRule = {
    priority,
    index,
    rule,
    status,
    storage: rule.storageClass ?? 'STANDARD',
    filters,
    countType,
    action: rule.action === 'TRANSITION' ? 'transition' : 'expire',
    label: ruleLabel(priority, rule, status),
  };
  if (countNumber !== undefined) compiled.countNumber = countNumber;
  return compiled;
}

/** Compiles the design's rules with the priorities CDK (and the renderers) give them. */
export function compilePolicy(rules: readonly LifecycleRule[]): CompiledPolicy {
  const ordered = evaluationOrder(orderLifecycleRules(rules));
  return {
    rules: ordered.map((r) => compileRule(r.priority, r.index, r.rule, r.tagStatus)),
    warnings: lifecyclePolicyWarnings(rules),
  };
}

export interface SimulateOptions {
  /** The evaluation date (epoch ms). Default: now. */
  at?: number;
}

/** Simulates the design's lifecycle rules on `images` at `options.at`. */
export function simulateLifecycle(rules: readonly LifecycleRule[], images: readonly SimImage[], options: SimulateOptions = {}): SimulationResult {
  return evaluatePolicy(compilePolicy(rules), images, options.at ?? Date.now());
}

/**
 * Which images TAGGED rules select, without testing every filter on every tag: the tags are
 * bucketed by their first L characters for each literal length L the filters have, so a filter
 * such as `sha-3*` or prefix `release` only tests the tags that start with its literal part
 * (filters starting with `*` test them all).
 */
class TagIndex {
  private readonly tags: string[] = [];
  private readonly owners: number[] = [];
  private readonly buckets = new Map<number, Map<string, number[]>>();
  private readonly hits: Uint8Array;
  private readonly stamp: Int32Array;
  private filterCount = 0;

  constructor(tagsOf: readonly (readonly string[])[]) {
    tagsOf.forEach((tags, p) => {
      for (const t of tags) {
        this.tags.push(t);
        this.owners.push(p);
      }
    });
    this.hits = new Uint8Array(tagsOf.length);
    this.stamp = new Int32Array(tagsOf.length).fill(-1);
  }

  /** Entries whose tag starts with `literal`. */
  private candidates(literal: string): number[] | undefined {
    const length = literal.length;
    if (length === 0) return undefined; // all
    let bucket = this.buckets.get(length);
    if (!bucket) {
      bucket = new Map();
      this.tags.forEach((t, e) => {
        if (t.length < length) return;
        const key = t.slice(0, length);
        const list = (bucket as Map<string, number[]>).get(key);
        if (list) list.push(e);
        else (bucket as Map<string, number[]>).set(key, [e]);
      });
      this.buckets.set(length, bucket);
    }
    return bucket.get(literal) ?? [];
  }

  /** A mask over image positions: 1 where every filter matches some tag of the image. */
  select(filters: readonly TagFilter[]): Uint8Array {
    const out = new Uint8Array(this.hits.length);
    if (filters.length === 0) {
      // No filter (an invalid rule): every tagged image, as an empty AND.
      for (const p of this.owners) out[p] = 1;
      return out;
    }
    const hits = this.hits.fill(0);
    for (const f of filters) {
      const id = this.filterCount++;
      const test = f.test;
      const visit = (e: number) => {
        const p = this.owners[e] as number;
        if (this.stamp[p] !== id && test(this.tags[e] as string)) {
          this.stamp[p] = id;
          hits[p] = (hits[p] as number) + 1;
        }
      };
      const list = this.candidates(f.literal);
      if (list) for (const e of list) visit(e);
      else for (let e = 0; e < this.tags.length; e++) visit(e);
    }
    const need = filters.length;
    for (let p = 0; p < hits.length; p++) if (hits[p] === need) out[p] = 1;
    return out;
  }
}

/** ACTIVATING images match no rule's storage class. */
const STORAGE_CODE = { STANDARD: 0, ARCHIVE: 1, ACTIVATING: 2 } as const;

/** The time imageCountMoreThan ranks by: the push, or the restore if that came later. */
function rankTime(image: SimImage): number {
  const a = image.lastActivatedAt;
  return a !== undefined && a > image.pushedAt ? a : image.pushedAt;
}

/** The time sinceImagePulled measures from, and what it is. */
export function pullBasis(image: SimImage): { time: number; kind: 'pulled' | 'restored' | 'pushed' } {
  const pulled = image.lastPulledAt;
  const restored = image.lastActivatedAt;
  if (restored !== undefined && (pulled === undefined || pulled < restored)) return { time: restored, kind: 'restored' };
  if (pulled !== undefined) return { time: pulled, kind: 'pulled' };
  return { time: image.pushedAt, kind: 'pushed' };
}

const VERDICT_OF = { expire: 'expired', transition: 'archived' } as const;

/** Evaluates a compiled policy; images are not modified. */
export interface EvaluateOptions {
  /** Explain the rules' decisions (default true); replays skip it (`explanation` is then '' for them). */
  explain?: boolean;
}

export function evaluatePolicy(policy: CompiledPolicy, images: readonly SimImage[], at: number, options: EvaluateOptions = {}): SimulationResult {
  const explain = options.explain !== false;
  const n = images.length;
  // Youngest first; for equal times the image listed later counts as the younger one.
  const times = new Float64Array(n);
  for (let j = 0; j < n; j++) times[j] = rankTime(images[j] as SimImage);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (times[b] as number) - (times[a] as number) || b - a);
  // The images in the repository at `at`, youngest first, as flat arrays (the hot loop below reads
  // nothing else): position p is image live[p].
  const live = order.filter((j) => (images[j] as SimImage).pushedAt <= at);
  const m = live.length;
  const positionOf = new Int32Array(n).fill(-1);
  const storageOf = new Uint8Array(m);
  const tagsOf: (readonly string[])[] = [];
  const pushedOf = new Float64Array(m);
  const pulledOf = new Float64Array(m);
  const archivedOf = new Float64Array(m);
  for (let p = 0; p < m; p++) {
    const j = live[p] as number;
    const image = images[j] as SimImage;
    positionOf[j] = p;
    storageOf[p] = STORAGE_CODE[image.storage];
    tagsOf.push(image.tags);
    pushedOf[p] = image.pushedAt;
    const pulled = image.lastPulledAt;
    const restored = image.lastActivatedAt;
    pulledOf[p] = restored !== undefined && (pulled === undefined || pulled < restored) ? restored : (pulled ?? image.pushedAt); // = pullBasis(image).time
    archivedOf[p] = image.lastArchivedAt ?? Number.NaN; // NaN < x is false: no date, no action
  }

  const tagIndex = new TagIndex(tagsOf);
  const claim = new Int32Array(m).fill(-1);
  const acted = new Uint8Array(m);
  const rankOf = new Int32Array(m);
  const overridden = new Int32Array(m).fill(-1);
  const rules = policy.rules;
  const totals: RuleTotals[] = rules.map((r) => ({ priority: r.priority, index: r.index, label: r.label, action: r.action, selected: 0, decided: 0, acted: 0, actedBytes: 0 }));

  for (let k = 0; k < rules.length; k++) {
    const rule = rules[k] as CompiledRule;
    const limit = rule.countNumber;
    const isCount = rule.countType === 'imageCountMoreThan';
    const cutoff = limit === undefined ? -Infinity : at - limit * DAY;
    const basisOf = rule.countType === 'sinceImagePushed' ? pushedOf : rule.countType === 'sinceImagePulled' ? pulledOf : archivedOf;
    const storage = STORAGE_CODE[rule.storage];
    const status = rule.status;
    const selected = status === 'TAGGED' ? tagIndex.select(rule.filters) : undefined;
    let rank = 0;
    for (let p = 0; p < m; p++) {
      if (storageOf[p] !== storage) continue;
      const tags = tagsOf[p] as readonly string[];
      if (status === 'UNTAGGED') {
        if (tags.length !== 0) continue;
      } else if (selected !== undefined && selected[p] === 0) continue;
      rank++;
      const acts = limit === undefined ? false : isCount ? rank > limit : (basisOf[p] as number) < cutoff;
      if (claim[p] === -1) {
        claim[p] = k;
        acted[p] = acts ? 1 : 0;
        rankOf[p] = rank;
      } else if (acts && acted[p] === 0 && overridden[p] === -1) overridden[p] = k;
    }
    (totals[k] as RuleTotals).selected = rank;
  }

  const verdicts: ImageVerdict[] = images.map((image, j) => {
    const p = positionOf[j] as number;
    if (p < 0) return { image, verdict: 'kept', reason: 'not-pushed-yet', explanation: 'pushed after the evaluation date, so not in the repository yet; kept' };
    const k = claim[p] as number;
    if (k === -1) {
      if (image.storage === 'ACTIVATING') {
        return { image, verdict: 'kept', reason: 'activating', explanation: 'being restored from archive (ACTIVATING), so no rule selects it; kept' };
      }
      return { image, verdict: 'kept', reason: 'no-rule', explanation: `no rule selects ${image.storage === 'ARCHIVE' ? 'this archived image' : 'it'}; kept` };
    }
    const rule = rules[k] as CompiledRule;
    const total = totals[k] as RuleTotals;
    total.decided++;
    const verdict: Verdict = acted[p] ? VERDICT_OF[rule.action] : 'kept';
    if (acted[p]) {
      total.acted++;
      total.actedBytes += image.sizeBytes;
    }
    const o = overridden[p] as number;
    if (!explain) {
      const quiet: ImageVerdict = { image, verdict, rulePriority: rule.priority, ruleIndex: rule.index, reason: reasonOf(rule, image, acted[p] === 1), explanation: '' };
      if (o >= 0) quiet.overriddenBy = (rules[o] as CompiledRule).priority;
      return quiet;
    }
    const { reason, text } = explainRule(rule, image, rankOf[p] as number, total.selected, acted[p] === 1, at);
    let explanation = `${text}; ${verdict}`;
    const out: ImageVerdict = { image, verdict, rulePriority: rule.priority, ruleIndex: rule.index, reason, explanation };
    if (o >= 0) {
      const lower = rules[o] as CompiledRule;
      explanation += ` (${lower.label} would have ${VERDICT_OF[lower.action]} it, but a lower-priority rule cannot act on an image that rule ${rule.priority} selects)`;
      out.explanation = explanation;
      out.overriddenBy = lower.priority;
    }
    return out;
  });

  followSubjects(verdicts);

  const summary: SimulationSummary = { kept: 0, expired: 0, archived: 0, keptBytes: 0, expiredBytes: 0, archivedBytes: 0 };
  for (const v of verdicts) {
    if (v.reason === 'not-pushed-yet') continue;
    summary[v.verdict]++;
    if (v.verdict === 'kept') summary.keptBytes += v.image.sizeBytes;
    else if (v.verdict === 'expired') summary.expiredBytes += v.image.sizeBytes;
    else summary.archivedBytes += v.image.sizeBytes;
  }
  return { at, verdicts, rules: totals, summary, warnings: policy.warnings, notes: notesFor(images, at) };
}

/** The reason explainRule gives, without the words. */
function reasonOf(rule: CompiledRule, image: SimImage, acts: boolean): VerdictReason {
  if (rule.countNumber === undefined) return 'no-count';
  if (rule.countType === 'imageCountMoreThan') return acts ? 'beyond-count' : 'within-count';
  if (rule.countType === 'sinceImageTransitioned' && image.lastArchivedAt === undefined) return 'no-archive-date';
  return acts ? 'old-enough' : 'not-old-enough';
}

function explainRule(rule: CompiledRule, image: SimImage, rank: number, selected: number, acts: boolean, at: number): { reason: VerdictReason; text: string } {
  const head = `matched ${rule.label}`;
  const limit = rule.countNumber;
  if (limit === undefined) return { reason: 'no-count', text: `${head}, which has no count (maxImageCount, maxImageAgeDays, ...) and never acts` };
  if (rule.countType === 'imageCountMoreThan') {
    const position = `number ${rank} of ${selected} by push time`;
    return acts
      ? { reason: 'beyond-count', text: `${head} and is ${position}, beyond the newest ${limit}` }
      : { reason: 'within-count', text: `${head} but is within the newest ${limit} (${position})` };
  }
  if (rule.countType === 'sinceImageTransitioned' && image.lastArchivedAt === undefined) {
    return { reason: 'no-archive-date', text: `${head} but has no archive date (lastArchivedAt), so its time in archive is unknown` };
  }
  let what: string;
  let basis: number;
  if (rule.countType === 'sinceImagePushed') {
    basis = image.pushedAt;
    what = `was pushed ${formatDays(at - basis, limit)} ago`;
  } else if (rule.countType === 'sinceImageTransitioned') {
    basis = image.lastArchivedAt as number;
    what = `was archived ${formatDays(at - basis, limit)} ago`;
  } else {
    const b = pullBasis(image);
    basis = b.time;
    const ago = formatDays(at - basis, limit);
    what =
      b.kind === 'pulled'
        ? `was last pulled ${ago} ago`
        : b.kind === 'restored'
          ? `has not been pulled since its restore from archive ${ago} ago`
          : `has not been pulled since its push ${ago} ago`;
  }
  return acts
    ? { reason: 'old-enough', text: `${head} and ${what}, more than ${plural(limit, 'day')}` }
    : { reason: 'not-old-enough', text: `${head} but ${what}, not more than ${plural(limit, 'day')}` };
}

/**
 * "When reference artifacts are present in a repository, Amazon ECR lifecycle policies
 * automatically expire or archive those artifacts within 24 hours of the deletion or archival of
 * the subject image": an artifact kept by the rules follows its subject (through chains too).
 */
function followSubjects(verdicts: ImageVerdict[]): void {
  let changed = verdicts.some((v) => v.image.subjectDigest !== undefined);
  if (!changed) return;
  const byDigest = new Map<string, ImageVerdict>();
  for (const v of verdicts) byDigest.set(v.image.digest, v);
  for (let pass = 0; changed && pass < 8; pass++) {
    changed = false;
    for (const v of verdicts) {
      const subjectDigest = v.image.subjectDigest;
      if (subjectDigest === undefined || v.verdict !== 'kept' || v.reason === 'not-pushed-yet') continue;
      const subject = byDigest.get(subjectDigest);
      if (!subject || subject.verdict === 'kept') continue;
      v.verdict = subject.verdict;
      v.reason = 'follows-subject';
      v.explanation = `an artifact of ${shortDigest(subjectDigest)}, which is ${subject.verdict}${subject.rulePriority !== undefined ? ` by rule ${subject.rulePriority}` : ''}; ECR ${subject.verdict === 'expired' ? 'expires' : 'archives'} artifacts with their subject; ${subject.verdict}`;
      changed = true;
    }
  }
}

function notesFor(images: readonly SimImage[], at: number): string[] {
  const notes: string[] = [];
  const lists = images.filter((img) => img.manifestList && img.pushedAt <= at).length;
  if (lists > 0) {
    notes.push(
      `The repository holds ${plural(lists, 'manifest list')} (multi-architecture images). ECR does not expire or archive an image a manifest list references before the list itself, but describe-images does not say which images those are, so the simulator treats them as independent images.`,
    );
  }
  const later = images.filter((img) => img.pushedAt > at).length;
  if (later > 0) notes.push(`${plural(later, 'image was', 'images were')} pushed after the evaluation date and left out.`);
  const activating = images.filter((img) => img.storage === 'ACTIVATING').length;
  if (activating > 0) notes.push(`${plural(activating, 'image is', 'images are')} being restored from archive (ACTIVATING); no rule selects them.`);
  return notes;
}
