/**
 * How aws-cdk-lib turns the ordered list of lifecycle rules into ECR rule priorities
 * (`Repository.orderedLifecycleRules` and `validateAnyRuleLast` in aws-ecr/lib/repository.ts).
 *
 * - Rules keep their list order. They are partitioned into: non-ANY rules with an explicit priority
 *   (kept in list order, NOT sorted), non-ANY rules without one, and the ANY rule.
 * - Automatic priorities start after the highest explicit priority of the first group (or at 1) and
 *   are handed out in the order explicit, automatic, ANY. The ANY rule's own explicit priority is not
 *   part of that maximum.
 * - An ANY rule with an explicit priority cannot be combined with automatic rules, and the ANY rule
 *   must end up with the highest priority (ties pass).
 * Both errors are raised by CDK only at synth time.
 */
import type { LifecycleRule, TagStatus } from '../design.ts';

/** The tagStatus CDK assumes when none is given: TAGGED if a tag list is present (even empty), else ANY. */
export function effectiveTagStatus(rule: LifecycleRule): TagStatus {
  if (rule.tagStatus !== undefined) return rule.tagStatus;
  return rule.tagPrefixList === undefined && rule.tagPatternList === undefined ? 'ANY' : 'TAGGED';
}

export interface OrderedRule {
  /** Index of the rule in the design's list. */
  index: number;
  rule: LifecycleRule;
  tagStatus: TagStatus;
  /** The priority CDK renders. */
  priority: number;
  /** True when CDK assigned the priority. */
  automatic: boolean;
}

export interface OrderingError {
  code: 'CannotCombinePrioritizedAnyRuleWithUnprioritizedRules' | 'AnyTagStatusRuleMustHaveHighestPriority';
  message: string;
  /** Index (in the design's list) of the rule the error is about: the ANY rule. */
  index: number;
}

export interface LifecycleOrder {
  /** Rules in the order CDK writes them into the policy. Present even when `error` is set (best effort). */
  rules: OrderedRule[];
  error?: OrderingError;
}

export function orderLifecycleRules(rules: readonly LifecycleRule[]): LifecycleOrder {
  const withStatus = rules.map((rule, index) => ({ rule, index, tagStatus: effectiveTagStatus(rule) }));
  const explicit = withStatus.filter((r) => r.rule.rulePriority !== undefined && r.tagStatus !== 'ANY');
  const automatic = withStatus.filter((r) => r.rule.rulePriority === undefined && r.tagStatus !== 'ANY');
  const anyRules = withStatus.filter((r) => r.tagStatus === 'ANY');

  let error: OrderingError | undefined;
  const firstAny = anyRules[0];
  if (firstAny && firstAny.rule.rulePriority !== undefined && automatic.length > 0) {
    error = {
      code: 'CannotCombinePrioritizedAnyRuleWithUnprioritizedRules',
      message: "Cannot combine prioritized TagStatus.Any rule with unprioritized rules. Remove rulePriority from the 'Any' rule.",
      index: firstAny.index,
    };
  }

  const explicitPriorities = explicit.map((r) => r.rule.rulePriority as number);
  let next = (explicitPriorities.length > 0 ? Math.max(...explicitPriorities) : 0) + 1;
  const ordered: OrderedRule[] = [...explicit, ...automatic, ...anyRules].map((r) => {
    const automaticPriority = r.rule.rulePriority === undefined;
    return {
      index: r.index,
      rule: r.rule,
      tagStatus: r.tagStatus,
      priority: automaticPriority ? next++ : (r.rule.rulePriority as number),
      automatic: automaticPriority,
    };
  });

  if (!error && anyRules.length === 1) {
    const any = ordered.find((r) => r.tagStatus === 'ANY') as OrderedRule;
    const max = Math.max(...ordered.map((r) => r.priority));
    if (any.priority !== max) {
      error = {
        code: 'AnyTagStatusRuleMustHaveHighestPriority',
        message: `TagStatus.Any rule must have highest priority, has ${any.priority} which is smaller than ${max}`,
        index: any.index,
      };
    }
  }
  return error ? { rules: ordered, error } : { rules: ordered };
}

/** The order in which ECR evaluates the rules: by ascending priority (stable for ties). */
export function evaluationOrder(order: LifecycleOrder): OrderedRule[] {
  return [...order.rules].sort((a, b) => a.priority - b.priority);
}
