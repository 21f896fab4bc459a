/**
 * The criterion of a lifecycle rule as the editor offers it: one choice among ECR's count types,
 * each stored in its own property of the design (maxImageCount, maxImageAgeDays,
 * maxDaysSinceLastPull, maxDaysSinceArchived). Which one a rule uses follows the policy renderer
 * (`ruleCount`), so the editor shows the criterion the output is built from.
 */
import type { LifecycleRule } from '../design.ts';
import type { Patch } from '../edit.ts';
import { type AmountField, type CountType, ruleCount } from '../lifecycle/policy.ts';

export type { AmountField };

export interface RuleCriterion {
  /** The design property holding the amount. */
  field: AmountField;
  /** Short name of the choice. */
  label: string;
  /** Label of the amount field. */
  amountLabel: string;
  unit: 'images' | 'days';
  /** ECR's meaning, one line. */
  explanation: string;
}

export const ruleCriteria: Record<CountType, RuleCriterion> = {
  imageCountMoreThan: {
    field: 'maxImageCount',
    label: 'Image count',
    amountLabel: 'Keep the most recent',
    unit: 'images',
    explanation: 'imageCountMoreThan: act on the selected images beyond the newest N.',
  },
  sinceImagePushed: {
    field: 'maxImageAgeDays',
    label: 'Since push',
    amountLabel: 'Days since push',
    unit: 'days',
    explanation: 'sinceImagePushed: act on images pushed more than N days ago (Duration.days).',
  },
  sinceImagePulled: {
    field: 'maxDaysSinceLastPull',
    label: 'Since pull',
    amountLabel: 'Days since last pull',
    unit: 'days',
    explanation: 'sinceImagePulled: act on images not pulled for N days (archive transitions only).',
  },
  sinceImageTransitioned: {
    field: 'maxDaysSinceArchived',
    label: 'Since archiving',
    amountLabel: 'Days since archived',
    unit: 'days',
    explanation: 'sinceImageTransitioned: expire images archived more than N days ago (archive storage only).',
  },
};

const FIELDS = Object.values(ruleCriteria).map((c) => c.field);

/** The criterion a rule uses, or undefined when it sets no amount at all. */
export function criterionOf(rule: Pick<LifecycleRule, AmountField>): CountType | undefined {
  const { countType } = ruleCount(rule);
  return FIELDS.some((f) => rule[f] !== undefined) ? countType : undefined;
}

/** The patch that switches a rule to criterion `to`, keeping the amount it had and dropping every other amount. */
export function switchCriterion(rule: Pick<LifecycleRule, AmountField>, to: CountType): Patch<LifecycleRule> {
  const from = criterionOf(rule);
  const amount = from === undefined ? undefined : rule[ruleCriteria[from].field];
  const patch: Patch<LifecycleRule> = {};
  for (const field of FIELDS) patch[field] = undefined;
  patch[ruleCriteria[to].field] = amount;
  return patch;
}
