/**
 * The lifecycle policy document, exactly as aws-cdk-lib renders it into `LifecyclePolicyText`
 * (`renderLifecycleRule` in aws-ecr/lib/repository.ts): per rule the keys `rulePriority`,
 * `description`, `selection` {tagStatus, tagPrefixList, tagPatternList, countType, countNumber,
 * countUnit} and `action` {type}, unset values omitted, serialized compactly with JSON.stringify.
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
    countType: 'imageCountMoreThan' | 'sinceImagePushed';
    countNumber?: number;
    countUnit?: 'days';
  };
  action: { type: 'expire' };
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
  const byAge = rule.maxImageAgeDays !== undefined;
  const selection = { tagStatus: TAG_STATUS_VALUE[ordered.tagStatus] } as PolicyRuleDocument['selection'];
  put(selection, 'tagPrefixList', rule.tagPrefixList);
  put(selection, 'tagPatternList', rule.tagPatternList);
  selection.countType = byAge ? 'sinceImagePushed' : 'imageCountMoreThan';
  put(selection, 'countNumber', byAge ? rule.maxImageAgeDays : rule.maxImageCount);
  if (byAge) selection.countUnit = 'days';
  const doc = { rulePriority: ordered.priority } as PolicyRuleDocument;
  put(doc, 'description', rule.description);
  doc.selection = selection;
  doc.action = { type: 'expire' };
  return doc;
}

export function renderPolicyDocument(rules: readonly LifecycleRule[]): PolicyDocument {
  return { rules: orderLifecycleRules(rules).rules.map(renderPolicyRule) };
}

/** The compact text CDK puts into `LifecyclePolicyText`. */
export function renderLifecyclePolicyText(rules: readonly LifecycleRule[]): string {
  return JSON.stringify(renderPolicyDocument(rules));
}
