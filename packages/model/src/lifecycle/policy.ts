/**
 * The lifecycle policy document, exactly as aws-cdk-lib renders it into `LifecyclePolicyText`
 * (`renderLifecycleRule` in aws-ecr/lib/repository.ts): per rule the keys `rulePriority`,
 * `description`, `selection` {tagStatus, tagPrefixList, tagPatternList, countType, countNumber,
 * countUnit} and `action` {type}, unset values omitted, serialized compactly with JSON.stringify.
 *
 * Rules using ECR's archive options (which the L2 cannot express) add `selection.storageClass`
 * (after the tag lists), the count types `sinceImagePulled` / `sinceImageTransitioned` and
 * `action.targetStorageClass`; the generated CDK code then writes this same document, key for key,
 * into the CfnRepository (see `needsLifecycleEscapeHatch`).
 */
import type { LifecycleRule } from '../design.ts';
import { type OrderedRule, orderLifecycleRules } from './order.ts';

const TAG_STATUS_VALUE = { ANY: 'any', TAGGED: 'tagged', UNTAGGED: 'untagged' } as const;

export interface PolicyRuleDocument {
  rulePriority: number;
  description?: string;
  selection: {
    tagStatus: 'any' | 'tagged' | 'untagged';
    tagPrefixList?: string[];
    tagPatternList?: string[];
    storageClass?: 'standard' | 'archive';
    countType: CountType;
    countNumber?: number;
    countUnit?: 'days';
  };
  action: { type: 'expire' } | { type: 'transition'; targetStorageClass: 'archive' };
}

export type CountType = 'imageCountMoreThan' | 'sinceImagePushed' | 'sinceImagePulled' | 'sinceImageTransitioned';

/** True when the rule uses an ECR option the CDK L2 `LifecycleRule` cannot express. */
export function ruleNeedsEscapeHatch(rule: LifecycleRule): boolean {
  return rule.storageClass !== undefined || rule.maxDaysSinceLastPull !== undefined || rule.maxDaysSinceArchived !== undefined || rule.action === 'TRANSITION';
}

/**
 * True when the repository's lifecycle policy cannot go through the L2 `lifecycleRules` (one rule
 * needs an option the L2 lacks): the CDK code then sets the whole policy on the CfnRepository.
 */
export function needsLifecycleEscapeHatch(rules: readonly LifecycleRule[] | undefined): boolean {
  return (rules ?? []).some(ruleNeedsEscapeHatch);
}

/**
 * The count type and number of a rule. CDK's own choice for L2 rules (maxImageAge wins over
 * maxImageCount); the archive count types first (a rule with several count properties is invalid
 * and only rendered best effort).
 */
/** The properties of a rule that hold its amount (one per count type). */
export type AmountField = 'maxImageCount' | 'maxImageAgeDays' | 'maxDaysSinceLastPull' | 'maxDaysSinceArchived';

export function ruleCount(rule: Pick<LifecycleRule, AmountField>): { countType: CountType; countNumber: number | undefined } {
  if (rule.maxDaysSinceArchived !== undefined) return { countType: 'sinceImageTransitioned', countNumber: rule.maxDaysSinceArchived };
  if (rule.maxDaysSinceLastPull !== undefined) return { countType: 'sinceImagePulled', countNumber: rule.maxDaysSinceLastPull };
  if (rule.maxImageAgeDays !== undefined) return { countType: 'sinceImagePushed', countNumber: rule.maxImageAgeDays };
  return { countType: 'imageCountMoreThan', countNumber: rule.maxImageCount };
}

export interface PolicyDocument {
  rules: PolicyRuleDocument[];
}

/** Adds `key: value` unless value is undefined, preserving the key order of the calls. */
function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

export function renderPolicyRule(ordered: OrderedRule): PolicyRuleDocument {
  const { rule } = ordered;
  const { countType, countNumber } = ruleCount(rule);
  const selection = { tagStatus: TAG_STATUS_VALUE[ordered.tagStatus] } as PolicyRuleDocument['selection'];
  put(selection, 'tagPrefixList', rule.tagPrefixList);
  put(selection, 'tagPatternList', rule.tagPatternList);
  if (rule.storageClass !== undefined) selection.storageClass = rule.storageClass === 'ARCHIVE' ? 'archive' : 'standard';
  selection.countType = countType;
  put(selection, 'countNumber', countNumber);
  if (countType !== 'imageCountMoreThan') selection.countUnit = 'days';
  const doc = { rulePriority: ordered.priority } as PolicyRuleDocument;
  put(doc, 'description', rule.description);
  doc.selection = selection;
  doc.action = rule.action === 'TRANSITION' ? { type: 'transition', targetStorageClass: 'archive' } : { type: 'expire' };
  return doc;
}

export function renderPolicyDocument(rules: readonly LifecycleRule[]): PolicyDocument {
  return { rules: orderLifecycleRules(rules).rules.map(renderPolicyRule) };
}

/** The compact text CDK puts into `LifecyclePolicyText`. */
export function renderLifecyclePolicyText(rules: readonly LifecycleRule[]): string {
  // Rendered once per rule list (a design's lists are immutable: an edit makes a new list).
  let text = policyTextCache.get(rules);
  if (text === undefined) {
    text = JSON.stringify(renderPolicyDocument(rules));
    policyTextCache.set(rules, text);
  }
  return text;
}

const policyTextCache = new WeakMap<readonly LifecycleRule[], string>();
