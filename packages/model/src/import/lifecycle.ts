/**
 * ECR lifecycle policy documents -> design lifecycle rules: the raw policy JSON, the output of
 * `aws ecr get-lifecycle-policy` (the policy as an escaped string in `lifecyclePolicyText`), and
 * `LifecyclePolicyText` inside a CloudFormation template.
 *
 * Normalisations (the rendered policy stays the same document):
 * - every rule gets its `rulePriority` explicitly, and the rules keep the document's order (the
 *   order CDK writes them); automatic priorities therefore come back explicit;
 * - `tagStatus` is left out when it is what CDK assumes anyway (TAGGED with a tag list, ANY
 *   without), and written otherwise;
 * - `action` EXPIRE, the default, is left out;
 * - an empty policy (`{"rules": []}`) imports as no rules (CDK renders no policy for an empty list).
 * A rule the design cannot express (an unknown count type or action) is left out with a warning;
 * a property the design cannot hold is reported and the rest of the rule imported.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html
 */
import { lifecycleRule as ruleSchema, type LifecycleRule, type TagStatus } from '../design.ts';
import type { Path } from '../diagnostics.ts';
import { MAX_NESTING, depthExceeds } from '../text-limits.ts';
import { type Problems, isPlainObject, own, preview } from './problems.ts';
import { ValueReader, orderKeys } from './values.ts';

const TAG_STATUS: Record<string, TagStatus> = { any: 'ANY', tagged: 'TAGGED', untagged: 'UNTAGGED' };
const COUNT_FIELD = {
  imageCountMoreThan: 'maxImageCount',
  sinceImagePushed: 'maxImageAgeDays',
  sinceImagePulled: 'maxDaysSinceLastPull',
  sinceImageTransitioned: 'maxDaysSinceArchived',
} as const;
type CountType = keyof typeof COUNT_FIELD;

const RULE_KEYS = ['rulePriority', 'description', 'selection', 'action'];
const SELECTION_KEYS = ['tagStatus', 'tagPrefixList', 'tagPatternList', 'storageClass', 'countType', 'countUnit', 'countNumber'];
const ACTION_KEYS = ['type', 'targetStorageClass'];

/** The rules of a policy document (`{"rules": [...]}`) at `path`; undefined when there are none to import. */
export function importPolicyDocument(doc: unknown, path: Path, problems: Problems, resource?: string): LifecycleRule[] | undefined {
  const read = new ValueReader(problems, resource);
  const policy = read.object(doc, path, 'The lifecycle policy');
  if (!policy) return undefined;
  read.unknownKeys(policy, ['rules'], path, 'The lifecycle policy');
  const rules = own(policy, 'rules');
  if (rules === undefined) {
    problems.warn('LifecycleNoRules', path, 'The lifecycle policy has no "rules" list; no rules imported.', resource);
    return undefined;
  }
  if (!Array.isArray(rules)) return read.wrongType(rules, [...path, 'rules'], 'rules', 'a list of rules');
  if (rules.length === 0) {
    problems.info('LifecycleEmpty', [...path, 'rules'], 'The lifecycle policy has no rules (CDK renders no policy for an empty list).', resource);
    return undefined;
  }
  const out: LifecycleRule[] = [];
  rules.forEach((rule, i) => {
    const imported = importRule(rule, [...path, 'rules', i], read);
    if (imported) out.push(imported);
  });
  return out.length > 0 ? out : undefined;
}

function importRule(value: unknown, path: Path, read: ValueReader): LifecycleRule | undefined {
  const skip = (message: string): undefined => {
    read.problems.warn('LifecycleRuleNotImported', path, `${message}; the rule is not imported.`, read.resource);
    return undefined;
  };
  const rule = read.object(value, path, 'A lifecycle rule');
  if (!rule) return undefined;
  read.unknownKeys(rule, RULE_KEYS, path, 'The rule');
  const out: LifecycleRule = {};

  const priority = own(rule, 'rulePriority');
  if (priority === undefined) read.problems.warn('LifecycleNoPriority', path, 'The rule has no rulePriority (ECR requires one); CDK will assign one.', read.resource);
  else {
    const p = read.number(priority, [...path, 'rulePriority'], 'rulePriority');
    if (p !== undefined) out.rulePriority = p;
  }
  const description = own(rule, 'description');
  if (description !== undefined) {
    const d = read.string(description, [...path, 'description'], 'description');
    if (d !== undefined) out.description = d;
  }

  const selectionPath = [...path, 'selection'];
  if (own(rule, 'selection') === undefined) return skip('The rule has no selection');
  const selection = read.object(own(rule, 'selection'), selectionPath, 'selection');
  if (!selection) return skip('The rule has no usable selection');
  read.unknownKeys(selection, SELECTION_KEYS, selectionPath, 'The selection');

  const status = read.oneOf(own(selection, 'tagStatus'), Object.keys(TAG_STATUS), [...selectionPath, 'tagStatus'], 'tagStatus');
  if (status === undefined) return skip('The rule has no usable tagStatus');
  for (const list of ['tagPrefixList', 'tagPatternList'] as const) {
    const v = own(selection, list);
    if (v !== undefined) {
      const items = read.stringList(v, [...selectionPath, list], list);
      if (items !== undefined) out[list] = items;
    }
  }
  const tagStatus = TAG_STATUS[status] as TagStatus;
  const assumed: TagStatus = out.tagPrefixList === undefined && out.tagPatternList === undefined ? 'ANY' : 'TAGGED';
  if (tagStatus !== assumed) out.tagStatus = tagStatus;

  const storageClass = own(selection, 'storageClass');
  if (storageClass !== undefined) {
    const s = read.oneOf(storageClass, ['standard', 'archive'], [...selectionPath, 'storageClass'], 'storageClass');
    if (s === undefined) return skip('The rule selects an unknown storage class');
    out.storageClass = s === 'archive' ? 'ARCHIVE' : 'STANDARD';
  }

  const countType = read.oneOf(own(selection, 'countType'), Object.keys(COUNT_FIELD) as CountType[], [...selectionPath, 'countType'], 'countType');
  if (countType === undefined) return skip('The rule has no count type the design knows');
  const countNumber = read.number(own(selection, 'countNumber'), [...selectionPath, 'countNumber'], 'countNumber');
  if (countNumber === undefined) return skip('The rule has no usable countNumber');
  out[COUNT_FIELD[countType]] = countNumber;
  const countUnit = own(selection, 'countUnit');
  if (countType === 'imageCountMoreThan') {
    if (countUnit !== undefined) {
      read.problems.warn('LifecycleCountUnitIgnored', [...selectionPath, 'countUnit'], `countUnit ${preview(countUnit)} means nothing with imageCountMoreThan; not imported.`, read.resource);
    }
  } else if (countUnit !== 'days') {
    read.problems.warn(
      'LifecycleCountUnit',
      [...selectionPath, 'countUnit'],
      `countUnit should be "days" (the only unit ECR supports), got ${countUnit === undefined ? 'none' : preview(countUnit)}; imported as days.`,
      read.resource,
    );
  }

  const actionPath = [...path, 'action'];
  const action = own(rule, 'action');
  if (action === undefined) {
    read.problems.warn('LifecycleNoAction', actionPath, 'The rule has no action (ECR requires one); imported as expire.', read.resource);
  } else {
    const a = read.object(action, actionPath, 'action');
    if (!a) return skip('The rule has no usable action');
    read.unknownKeys(a, ACTION_KEYS, actionPath, 'The action');
    const type = read.oneOf(own(a, 'type'), ['expire', 'transition'], [...actionPath, 'type'], 'action type');
    if (type === undefined) return skip('The rule has an action the design does not know');
    const target = own(a, 'targetStorageClass');
    if (type === 'transition') {
      if (target !== 'archive') return skip(`A transition to ${target === undefined ? 'no storage class' : preview(target)} cannot be expressed (only "archive")`);
      out.action = 'TRANSITION';
    } else if (target !== undefined) {
      read.problems.warn('LifecycleTargetIgnored', [...actionPath, 'targetStorageClass'], 'targetStorageClass means nothing for an expire action; not imported.', read.resource);
    }
  }
  return orderKeys(out, ruleSchema.keys);
}

/**
 * A policy text (the escaped JSON string of `LifecyclePolicyText` or `lifecyclePolicyText`) ->
 * rules. The text is parsed with the same nesting limit as every import.
 */
export function importPolicyText(text: unknown, path: Path, problems: Problems, resource?: string): LifecycleRule[] | undefined {
  const read = new ValueReader(problems, resource);
  if (isPlainObject(text) && !read.intrinsic(text, path, 'The lifecycle policy text')) {
    problems.info('LifecyclePolicyAsObject', path, 'The lifecycle policy is an object rather than a JSON string; imported all the same.', resource);
    return importPolicyDocument(text, path, problems, resource);
  }
  if (typeof text !== 'string') {
    if (!isPlainObject(text)) read.wrongType(text, path, 'The lifecycle policy text', 'a JSON string');
    return undefined;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    problems.warn('LifecyclePolicyNotJson', path, `The lifecycle policy text is not valid JSON (${e instanceof Error ? e.message : String(e)}); no rules imported.`, resource);
    return undefined;
  }
  if (depthExceeds(doc, MAX_NESTING)) {
    problems.warn('ImportTooDeep', path, `The lifecycle policy text nests deeper than ${MAX_NESTING} levels; no rules imported.`, resource);
    return undefined;
  }
  return importPolicyDocument(doc, path, problems, resource);
}
