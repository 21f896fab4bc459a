/**
 * Event patterns the way aws-events (2.276.0, lib/util.ts) merges and renders them: `Rule`
 * starts from `{}`, merges the `eventPattern` prop, then each `addEventPattern` call merges its
 * pattern: a field that is new is taken as is, two lists are concatenated without repeating a
 * value (compared as JSON), two objects merge recursively, anything else is an error. Rendering
 * renames the top-level `detailType` to `detail-type` and keeps the merged key order.
 *
 * Values CDK holds as tokens (the repository name) are `TokenString`s here: they render to their
 * `json` and print, in CDK's error messages, as `${Token[...]}` (the number CDK gives a token is
 * unknowable in advance, so the message shows the token's meaning instead).
 */
import type { EventRule, JsonValue } from '../design.ts';
import { CdkError } from '../iam/statement.ts';

/** A string token: `{ Ref: repository }` in the template. */
export class TokenString {
  constructor(
    readonly display: string,
    readonly json: JsonValue,
  ) {}
  toJSON(): string {
    return `\${Token[${this.display}]}`;
  }
}

export type PatternValue = JsonValue | TokenString | PatternValue[] | { [key: string]: PatternValue | undefined };
export type Pattern = { [key: string]: PatternValue | undefined };

function isObject(v: unknown): v is Pattern {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof TokenString);
}

/** A deep copy of a design value (CDK's program has a fresh object literal per run). */
export function clonePattern<T extends PatternValue | undefined>(v: T): T {
  if (Array.isArray(v)) return v.map((x) => clonePattern(x)) as T;
  if (isObject(v)) {
    const out: Pattern = {};
    for (const [k, x] of Object.entries(v)) out[k] = clonePattern(x);
    return out as T;
  }
  return v;
}

/** `mergeEventPattern(dest, src)`: mutates `dest`; throws CDK's errors. */
export function mergeEventPattern(dest: Pattern, src: PatternValue): void {
  mergeObject(dest, src);
}

function mergeObject(destObj: Pattern, srcObj: PatternValue): void {
  if (typeof srcObj !== 'object' || srcObj instanceof TokenString) {
    throw new CdkError('InvalidEventPattern', `Invalid event pattern '${JSON.stringify(srcObj)}', expecting an object or an array`);
  }
  if (srcObj === null) throw new TypeError('Cannot convert undefined or null to object');
  for (const field of Object.keys(srcObj)) {
    const srcValue = (srcObj as Pattern)[field];
    const destValue = destObj[field];
    if (srcValue === undefined) continue;
    if (typeof srcValue !== 'object' || srcValue instanceof TokenString) {
      throw new CdkError('EventPatternFieldsMustBeArrays', `Invalid event pattern field { ${field}: ${JSON.stringify(srcValue)} }. All fields must be arrays`);
    }
    if (destValue === undefined) {
      destObj[field] = srcValue;
      continue;
    }
    if (Array.isArray(srcValue) !== Array.isArray(destValue)) {
      throw new CdkError(
        'EventPatternTypeMismatch',
        `Invalid event pattern field ${field}. Type mismatch between existing pattern ${JSON.stringify(destValue)} and added pattern ${JSON.stringify(srcValue)}`,
      );
    }
    if (Array.isArray(srcValue)) {
      const result = [...(destValue as PatternValue[]), ...srcValue];
      const texts = result.map((x) => JSON.stringify(x));
      destObj[field] = result.filter((_, i) => texts.indexOf(texts[i] as string) === i);
      continue;
    }
    mergeObject(destValue as Pattern, srcValue);
  }
}

function toJson(v: PatternValue | undefined): JsonValue | undefined {
  if (v instanceof TokenString) return v.json;
  if (Array.isArray(v)) return v.map((x) => toJson(x) ?? null);
  if (isObject(v)) {
    const out: { [key: string]: JsonValue } = {};
    for (const [k, x] of Object.entries(v)) {
      const j = toJson(x);
      if (j !== undefined) out[k] = j;
    }
    return out;
  }
  return v;
}

/** `renderEventPattern`: undefined for an empty pattern; `detailType` becomes `detail-type`. */
export function renderEventPattern(pattern: Pattern): { [key: string]: JsonValue } | undefined {
  const keys = Object.keys(pattern);
  if (keys.length === 0) return undefined;
  const out: { [key: string]: JsonValue } = {};
  for (const key of keys) {
    const j = toJson(pattern[key]);
    if (j !== undefined) out[key === 'detailType' ? 'detail-type' : key] = j;
  }
  return out;
}

/**
 * The pattern of a repository event rule, built in the order the Repository method builds it.
 * `repositoryName` is the repository's name token. Throws CDK's merge errors.
 */
export function ruleEventPattern(rule: EventRule, repositoryName: TokenString): Pattern {
  const pattern: Pattern = {};
  if (rule.eventPattern !== undefined) mergeEventPattern(pattern, clonePattern(rule.eventPattern as PatternValue));
  switch (rule.method) {
    case 'onImageScanCompleted':
      mergeEventPattern(pattern, {
        source: ['aws.ecr'],
        detailType: ['ECR Image Scan'],
        detail: { 'repository-name': [repositoryName], 'scan-status': ['COMPLETE'], 'image-tags': rule.imageTags !== undefined ? [...rule.imageTags] : undefined },
      });
      break;
    case 'onEvent':
      mergeEventPattern(pattern, { source: ['aws.ecr'], detail: { 'repository-name': [repositoryName] } });
      break;
    case 'onCloudTrailImagePushed':
      mergeEventPattern(pattern, {
        source: ['aws.ecr'],
        detailType: ['AWS API Call via CloudTrail'],
        detail: { requestParameters: { repositoryName: [repositoryName] } },
      });
      mergeEventPattern(pattern, {
        detail: { eventName: ['PutImage'], requestParameters: { imageTag: rule.imageTag ? [rule.imageTag] : undefined } },
      });
      break;
  }
  return pattern;
}

/** Where the merged pattern breaks EventBridge's rules (every field a non-empty list or an object). */
export function patternProblems(pattern: JsonValue, path: string[] = []): { path: string[]; problem: 'empty' | 'scalar' }[] {
  const out: { path: string[]; problem: 'empty' | 'scalar' }[] = [];
  if (pattern === null || typeof pattern !== 'object' || Array.isArray(pattern)) return out;
  for (const [k, v] of Object.entries(pattern)) {
    if (Array.isArray(v)) {
      if (v.length === 0) out.push({ path: [...path, k], problem: 'empty' });
    } else if (v !== null && typeof v === 'object') out.push(...patternProblems(v, [...path, k]));
    else out.push({ path: [...path, k], problem: 'scalar' });
  }
  return out;
}
