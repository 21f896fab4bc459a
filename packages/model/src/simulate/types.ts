/**
 * The simulator's data: images as a repository holds them, and what a lifecycle policy does to
 * each of them. Times are epoch milliseconds (UTC).
 */

/**
 * Where an image lives. ECR reports it as the image status: ACTIVE (standard storage), ARCHIVED
 * (archive storage) or ACTIVATING (being restored from archive to standard).
 */
export type ImageStorage = 'STANDARD' | 'ARCHIVE' | 'ACTIVATING';

export interface SimImage {
  /** `sha256:...`; unique in the repository. */
  digest: string;
  /** Empty for an untagged image. */
  tags: readonly string[];
  pushedAt: number;
  sizeBytes: number;
  storage: ImageStorage;
  /** ECR's lastRecordedPullTime (refreshed at least once a day); absent when never pulled. */
  lastPulledAt?: number;
  /** When the image was last moved to archive storage. */
  lastArchivedAt?: number;
  /** When the image was last restored from archive storage. */
  lastActivatedAt?: number;
  /** For an artifact (signature, SBOM, ...): the digest of the image it refers to. */
  subjectDigest?: string;
  /** A manifest list / image index (multi-architecture image). */
  manifestList?: boolean;
  /** Every recorded pull, ascending (synthetic histories; used by replays). */
  pulls?: readonly number[];
  /**
   * When each tag pointed at this image (synthetic histories, where `latest` moves); absent: the
   * image had `tags` from its push on. `until` absent: still has it.
   */
  tagHistory?: readonly TagSpan[];
}

export interface TagSpan {
  tag: string;
  from: number;
  until?: number;
}

export type Verdict = 'kept' | 'expired' | 'archived';

/**
 * Why: the deciding rule's test, or why no rule decides.
 * - `no-rule`: no rule selects the image.
 * - `within-count` / `beyond-count`: imageCountMoreThan, by rank among the rule's selection.
 * - `not-old-enough` / `old-enough`: sinceImagePushed, sinceImagePulled or sinceImageTransitioned.
 * - `no-archive-date`: sinceImageTransitioned on an archived image without lastArchivedAt.
 * - `no-count`: the rule has no count property (an invalid design), so it never acts.
 * - `activating`: being restored from archive; no rule selects it.
 * - `not-pushed-yet`: pushed after the evaluation date (it is not in the repository then).
 * - `follows-subject`: an artifact whose subject image is expired or archived.
 */
export type VerdictReason =
  | 'no-rule'
  | 'within-count'
  | 'beyond-count'
  | 'not-old-enough'
  | 'old-enough'
  | 'no-archive-date'
  | 'no-count'
  | 'activating'
  | 'not-pushed-yet'
  | 'follows-subject';

export interface ImageVerdict {
  image: SimImage;
  verdict: Verdict;
  /**
   * The priority of the rule that decided: the highest-priority rule whose selection (storage
   * class and tags) matches the image. Absent when no rule selects it.
   */
  rulePriority?: number;
  /** The index of that rule in the design's `lifecycleRules`. */
  ruleIndex?: number;
  reason: VerdictReason;
  /** One line a person understands, ending with the verdict. */
  explanation: string;
  /**
   * A lower-priority rule that would have acted on the image had the deciding rule not selected it
   * (the image is kept only thanks to the deciding rule).
   */
  overriddenBy?: number;
}

export interface RuleTotals {
  priority: number;
  index: number;
  /** How explanations name the rule, e.g. "rule 2 `release-*`". */
  label: string;
  action: 'expire' | 'transition';
  /** Images the rule's selection matches, including those a higher-priority rule decides. */
  selected: number;
  /** Images this rule decides (its selection matches and no higher-priority rule's does). */
  decided: number;
  /** Images it expires (action expire) or archives (action transition), and their bytes. */
  acted: number;
  actedBytes: number;
}

export interface SimulationSummary {
  kept: number;
  expired: number;
  archived: number;
  keptBytes: number;
  expiredBytes: number;
  archivedBytes: number;
}

export interface PolicyWarning {
  code: 'RuleNeverActs' | 'TagListIsAnd' | 'CountRuleMayExpireLatest';
  /** Index of the rule in the design's `lifecycleRules`, and its priority. */
  index: number;
  priority: number;
  message: string;
}

export interface SimulationResult {
  /** The evaluation date. */
  at: number;
  /** One verdict per image, in input order. */
  verdicts: ImageVerdict[];
  /** One entry per rule, in evaluation (priority) order. */
  rules: RuleTotals[];
  summary: SimulationSummary;
  /** What the policy alone says (see warnings.ts). */
  warnings: PolicyWarning[];
  /** Limits of this simulation for these images (e.g. manifest lists). */
  notes: string[];
}
