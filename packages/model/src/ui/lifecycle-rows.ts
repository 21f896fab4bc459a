/**
 * The lifecycle rule list as the editor shows it: one row per rule with the priority CDK assigns,
 * whether CDK chose it, and the position at which ECR evaluates the rule. The TagStatus.ANY rule is
 * shown pinned at the end, because CDK always gives it the highest priority wherever it sits in the
 * list; the other rules keep their list order (the order CDK hands out automatic priorities).
 */
import type { LifecycleRule, TagStatus } from '../design.ts';
import { type OrderingError, evaluationOrder, orderLifecycleRules } from '../lifecycle/order.ts';
import { criterionOf, ruleCriteria } from './rule-criteria.ts';

export interface LifecycleRuleRow {
  /** Index of the rule in the repository's `lifecycleRules`. */
  index: number;
  rule: LifecycleRule;
  tagStatus: TagStatus;
  /** The priority CDK renders for the rule. */
  priority: number;
  /** True when CDK assigned the priority (no `rulePriority`). */
  automatic: boolean;
  /** 1-based position in the order ECR evaluates the rules (ascending priority). */
  evaluationPosition: number;
  /** True for the TagStatus.ANY rule: shown last and not reorderable. */
  pinnedLast: boolean;
}

export interface LifecycleRuleRows {
  /** Rows in display order: the other rules in list order, then the ANY rule(s). */
  rows: LifecycleRuleRow[];
  /** The rows in the order ECR evaluates them. */
  evaluation: LifecycleRuleRow[];
  /** Set when CDK would refuse the ordering (reported on the ANY rule). */
  error?: OrderingError;
}

export function lifecycleRuleRows(rules: readonly LifecycleRule[]): LifecycleRuleRows {
  const order = orderLifecycleRules(rules);
  const evaluated = evaluationOrder(order);
  const position = new Map(evaluated.map((r, i) => [r.index, i + 1]));
  const byIndex = new Map(
    order.rules.map((r) => [
      r.index,
      {
        index: r.index,
        rule: r.rule,
        tagStatus: r.tagStatus,
        priority: r.priority,
        automatic: r.automatic,
        evaluationPosition: position.get(r.index) as number,
        pinnedLast: r.tagStatus === 'ANY',
      } satisfies LifecycleRuleRow,
    ]),
  );
  const inList = rules.map((_, i) => byIndex.get(i) as LifecycleRuleRow);
  const rows = [...inList.filter((r) => !r.pinnedLast), ...inList.filter((r) => r.pinnedLast)];
  const evaluation = evaluated.map((r) => byIndex.get(r.index) as LifecycleRuleRow);
  return order.error ? { rows, evaluation, error: order.error } : { rows, evaluation };
}

/**
 * The list position a rule should move to so that it lands at display position `toRow` (the list
 * order of the non-ANY rules is the display order; ANY rules may sit anywhere in the list).
 * Returns undefined when the move is not allowed (moving or onto a pinned ANY rule).
 */
export function listIndexForRowMove(rows: readonly LifecycleRuleRow[], fromRow: number, toRow: number): { from: number; to: number } | undefined {
  const from = rows[fromRow];
  const to = rows[toRow];
  if (!from || !to || from.pinnedLast || to.pinnedLast) return undefined;
  return { from: from.index, to: to.index };
}

/**
 * A sensible rule to add next, valid next to `rules`: expire untagged images if no rule does yet,
 * else keep a number of images of any kind if there is no ANY rule yet, else a tagged rule to edit.
 */
export function newLifecycleRule(rules: readonly LifecycleRule[]): LifecycleRule {
  const statuses = new Set(orderLifecycleRules(rules).rules.map((r) => r.tagStatus));
  if (!statuses.has('UNTAGGED')) return { tagStatus: 'UNTAGGED', maxImageAgeDays: 14 };
  if (!statuses.has('ANY')) return { tagStatus: 'ANY', maxImageCount: 100 };
  return { tagStatus: 'TAGGED', tagPrefixList: ['release'], maxImageCount: 20 };
}

function list(items: readonly string[]): string {
  return items.length ? items.join(', ') : '(none)';
}

function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}

/** One line saying what a rule does, e.g. "Tags starting with prod: keep the 9999 most recent". */
export function describeLifecycleRule(rule: LifecycleRule, tagStatus: TagStatus): string {
  let selection: string;
  if (tagStatus === 'ANY') selection = 'Any image';
  else if (tagStatus === 'UNTAGGED') selection = 'Untagged images';
  else if (rule.tagPrefixList !== undefined) selection = `Tags starting with ${list(rule.tagPrefixList)}`;
  else if (rule.tagPatternList !== undefined) selection = `Tags matching ${list(rule.tagPatternList)}`;
  else selection = 'Tagged images';
  if (rule.storageClass === 'ARCHIVE') selection += ' (archived)';
  const archive = rule.action === 'TRANSITION';
  const verb = archive ? 'archive' : 'expire';
  const criterion = criterionOf(rule);
  const amount = criterion === undefined ? undefined : rule[ruleCriteria[criterion].field];
  let action: string;
  if (criterion === undefined || amount === undefined) action = 'no expiry condition';
  else if (criterion === 'imageCountMoreThan') action = archive ? `archive all but the ${amount} most recent` : `keep the ${amount} most recent`;
  else if (criterion === 'sinceImagePushed') action = `${verb} ${days(amount)} after push`;
  else if (criterion === 'sinceImagePulled') action = `${verb} ${days(amount)} after the last pull`;
  else action = `${verb} ${days(amount)} after archiving`;
  return `${selection}: ${action}`;
}
