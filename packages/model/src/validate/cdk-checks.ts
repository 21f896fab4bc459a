/**
 * The checks aws-cdk-lib 2.276.0 performs for a design's CDK program, with CDK's error codes and
 * messages, emitted in the order CDK evaluates them (so the first one is what `cdk synth` reports).
 *
 * Evaluation order of the generated stack constructor, per repository, in list order:
 *  1. `new kms.Key(this, '<Id>Key', { alias })` (construct id, then alias checks), or
 *     `kms.Key.fromKeyArn(this, '<Id>Key', arn)` (ARN checks, then construct id);
 *  2. the props object literal: `ImageTagMutabilityExclusionFilter.wildcard(...)` per filter, then
 *     `Duration.days(...)` per lifecycle rule;
 *  3. `new ecr.Repository(...)`: construct id, repository name, tag mutability, encryption, removal
 *     policy, each lifecycle rule (`addLifecycleRule`), emptyOnDelete.
 * Principals (users, roles; organization ids), topics (with their email subscriptions) and imports
 * come before the repositories, and each repository is followed by its grants, policy statements and
 * event rules (access/plan.ts replays them).
 * Then `app.synth()`: resolving every resource in construct-tree order (users, roles, topics; per
 * repository the key, the repository with its lifecycle ordering and whole-day conversion, its
 * policy's statement merging, its event rules), then validating the tree (one
 * ValidationFailedWithErrors with every message), then the template's Description, then the
 * stack's resource count.
 */
import type { Design, LifecycleRule, Repository } from '../design.ts';
import { type Diagnostic, type Path, formatPath } from '../diagnostics.ts';
import { splitSlashResourceArn } from '../cdk/arn.ts';
import { planRepository, type RepositoryPlan } from '../cdk/plan.ts';
import { effectiveTagStatus, orderLifecycleRules } from '../lifecycle/order.ts';
import { stackClassName } from '../cdk/names.ts';
import { isUnresolvedString, listTokenError, scalarTokenError } from '../cdk/tokens.ts';
import { renderLifecyclePolicyText, renderPolicyDocument } from '../lifecycle/policy.ts';
import { sortedTags } from '../cfn/template.ts';
import { type AccessPlan, type ConstructEvent, type RepositoryAccessPlan, planAccess } from '../access/plan.ts';
import { type SynthError, preludeSynthErrors, repositoryPolicySynthError, ruleSynthErrors, validationError } from '../access/checks.ts';
import { type PerRepositoryCache, perObject, perRepository } from './memo.ts';

const VALID_STACK_NAME = /^[A-Za-z][A-Za-z0-9-]*$/;
const CDK_REPOSITORY_NAME = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const EXCLUSION_FILTER = /^[0-9a-zA-Z._*-]+$/;
const ALIAS_NAME = /^[a-zA-Z0-9:/_-]{1,256}$/;
/** Cap on stack resources checked at synth (Stack.maxResources default). */
export const MAX_RESOURCES = 500;
/** CloudFormation's template size limit as Stack#_synthesizeTemplate counts it (characters of the template file). */
export const TEMPLATE_BODY_MAXIMUM_SIZE = 1_000_000;

/** The JSON CDK prints for a rule in `LifecycleRuleMustContainExactlyOneAgeOrCountProperty`. */
export function cdkRuleJson(rule: LifecycleRule): string {
  // Keys in the order the generated code writes the rule's object literal (see targets/cdk-ts.ts);
  // a missing tagStatus is added last by CDK (`{ ...rule, tagStatus }`).
  const o: Record<string, unknown> = {};
  if (rule.rulePriority !== undefined) o['rulePriority'] = rule.rulePriority;
  if (rule.description !== undefined) o['description'] = rule.description;
  if (rule.tagStatus !== undefined) o['tagStatus'] = rule.tagStatus.toLowerCase();
  if (rule.tagPrefixList !== undefined) o['tagPrefixList'] = rule.tagPrefixList;
  if (rule.tagPatternList !== undefined) o['tagPatternList'] = rule.tagPatternList;
  if (rule.maxImageCount !== undefined) o['maxImageCount'] = rule.maxImageCount;
  if (rule.maxImageAgeDays !== undefined) {
    o['maxImageAge'] = { amount: rule.maxImageAgeDays, unit: { label: 'days', isoLabel: 'D', inMillis: 86400000 } };
  }
  if (rule.tagStatus === undefined) o['tagStatus'] = effectiveTagStatus(rule).toLowerCase();
  return JSON.stringify(o);
}

/** Mirrors the constructs library's Node: sanitized ids, one child per id. */
class ConstructScope {
  private readonly children = new Set<string>();
  constructor(
    private readonly typeName: string,
    private readonly id: string,
  ) {}

  /** Returns the error CDK throws when adding a child with this id, if any. */
  add(id: string): { code: string; message: string } | undefined {
    const sanitized = id.replace(/[/\n]/g, '--');
    if (!sanitized) return { code: 'EmptyConstructId', message: 'Only root constructs may have an empty ID' };
    if (this.children.has(sanitized)) {
      return { code: 'DuplicateConstructId', message: `There is already a Construct with name '${sanitized}' in ${this.typeName} [${this.id}]` };
    }
    this.children.add(sanitized);
    return undefined;
  }
}

export function validateRepositoryNameCdk(name: string): string | undefined {
  if (!name) return undefined;
  const errors: string[] = [];
  if (name.length < 2 || name.length > 256) errors.push('Repository name must be at least 2 and no more than 256 characters');
  if (!CDK_REPOSITORY_NAME.test(name)) {
    errors.push(
      'Repository name must start with a letter and can only contain lowercase letters, numbers, hyphens, underscores, periods and forward slashes',
    );
  }
  return errors.length ? `Invalid ECR repository name (value: ${name})\n${errors.join('\n')}` : undefined;
}

/** The checks `ImageTagMutabilityExclusionFilter.wildcard(pattern)` performs. */
export function exclusionFilterError(pattern: string): { code: string; message: string } | undefined {
  if (!pattern) return { code: 'FilterPatternCannotBeEmpty', message: 'Pattern cannot be empty' };
  if (pattern.length > 128) {
    return { code: 'FilterPatternExceedsMaxLength', message: `Pattern cannot exceed 128 characters, got: ${pattern.length} characters.` };
  }
  if (!EXCLUSION_FILTER.test(pattern)) {
    return {
      code: 'FilterPatternContainsInvalidCharacters',
      message: `Pattern '${pattern}' contains invalid characters. Only alphanumeric characters, dots, underscores, asterisks, and hyphens are allowed.`,
    };
  }
  return undefined;
}

/** The checks `new kms.Alias(...)` performs on a literal alias name ('alias/' is prepended when missing). */
export function aliasNameError(alias: string): { code: string; message: string } | undefined {
  const name = alias.startsWith('alias/') ? alias : 'alias/' + alias;
  if (name === 'alias/') return { code: 'AliasIncludeValueAfter', message: `Alias must include a value after "alias/": ${name}` };
  if (name.toLocaleLowerCase().startsWith('alias/aws/')) return { code: 'AliasCannotStart', message: `Alias cannot start with alias/aws/: ${name}` };
  if (!ALIAS_NAME.test(name)) return { code: 'AliasNameCharacters', message: 'Alias name must be between 1 and 256 characters in a-zA-Z0-9:/_-' };
  return undefined;
}

/** The `addLifecycleRule` checks for one rule; `anyBefore` tells whether an earlier rule is ANY. */
function lifecycleRuleError(rule: LifecycleRule, anyBefore: boolean): { code: string; message: string; field?: string } | undefined {
  const status = effectiveTagStatus(rule);
  const prefixes = rule.tagPrefixList;
  const patterns = rule.tagPatternList;
  if (status === 'TAGGED' && (prefixes === undefined || prefixes.length === 0) && (patterns === undefined || patterns.length === 0)) {
    return {
      code: 'TaggedStatusRequiresTagPrefixOrPatternList',
      message: 'TagStatus.Tagged requires the specification of a tagPrefixList or a tagPatternList',
      field: 'tagStatus',
    };
  }
  if (status !== 'TAGGED' && (prefixes !== undefined || patterns !== undefined)) {
    return {
      code: 'TagPrefixAndPatternListOnlyForTaggedStatus',
      message: 'tagPrefixList and tagPatternList can only be specified when tagStatus is set to Tagged',
      field: prefixes !== undefined ? 'tagPrefixList' : 'tagPatternList',
    };
  }
  if (prefixes !== undefined && patterns !== undefined) {
    return {
      code: 'CannotSpecifyBothTagPrefixAndPatternList',
      message: 'Both tagPrefixList and tagPatternList cannot be specified together in a rule',
      field: 'tagPatternList',
    };
  }
  for (const [i, pattern] of (patterns ?? []).entries()) {
    const parts = pattern.split('*').length;
    if (parts > 5) {
      return {
        code: 'TagPatternExceedsWildcardLimit',
        message: `A tag pattern cannot contain more than four wildcard characters (*), pattern: ${pattern}, counts: ${parts - 1}`,
        field: `tagPatternList[${i}]`,
      };
    }
  }
  if ((rule.maxImageAgeDays !== undefined) === (rule.maxImageCount !== undefined)) {
    return {
      code: 'LifecycleRuleMustContainExactlyOneAgeOrCountProperty',
      message: `Life cycle rule must contain exactly one of 'maxImageAge' and 'maxImageCount', got: ${cdkRuleJson(rule)}`,
      field: rule.maxImageCount !== undefined ? 'maxImageCount' : undefined,
    };
  }
  if (status === 'ANY' && anyBefore) {
    return { code: 'LifecycleCanOnlyHaveOneAnyTagStatusRule', message: 'Life cycle can only have one TagStatus.Any rule', field: 'tagStatus' };
  }
  return undefined;
}

function joinPath(base: Path, field: string | undefined): string {
  const p = formatPath(base);
  if (!field) return p;
  return field.startsWith('[') ? p + field : `${p}.${field}`;
}

export interface CdkCheckContext {
  plans: RepositoryPlan[];
}

/** All checks aws-cdk-lib makes, in CDK's evaluation order. */
export function cdkChecks(
  design: Design,
  countResources: () => Record<string, number>,
  /** `JSON.stringify(template, undefined, 1).length`, the template file CDK writes (see template-size.ts). */
  templateLength?: () => number,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const construct = (path: string, code: string, message: string) =>
    out.push({ path, severity: 'error', code, message, source: 'cdk', phase: 'construct' });
  const synth = (path: string, code: string, message: string) =>
    out.push({ path, severity: 'error', code, message, source: 'cdk', phase: 'synth' });

  // new XStack(app, stackName)
  if (design.description !== undefined && design.description.length > 512) {
    construct('description', 'StackDescriptionTooLong', `Stack description must be <= 1024 bytes. Received description: '${design.description}'`);
  }
  const stackId = design.stackName.replace(/[/\n]/g, '--');
  if (!stackId) construct('stackName', 'EmptyConstructId', 'Only root constructs may have an empty ID');
  else if (stackId.length <= 128 && !VALID_STACK_NAME.test(stackId)) {
    construct('stackName', 'StackNameInvalidFormat', `Stack name must match the regular expression: ${VALID_STACK_NAME.toString()}, got '${stackId}'`);
  }

  const scope = new ConstructScope(stackClassName(design.stackName), stackId);
  const plans = design.repositories.map(planRepository);
  // Principals, topics and imports are created before the repositories (access/plan.ts).
  const access = planAccess(design);
  const replay = (events: readonly ConstructEvent[]) => {
    for (const ev of events) {
      if (ev.kind === 'error') construct(ev.error.path, ev.error.code, ev.error.message);
      else {
        const e = scope.add(ev.id);
        if (e) construct(ev.path, e.code, e.message);
      }
    }
  };
  replay(access.prelude);
  plans.forEach((plan, i) => {
    // The repository's own steps are kept per repository (memo.ts); the construct ids they add are
    // checked against this design's scope every time.
    for (const step of perRepository(constructStepsCache, plan.repo, i, () => repositoryConstructSteps(plan, ['repositories', i]))) {
      if (step.kind === 'error') construct(step.path, step.code, step.message);
      else {
        const e = scope.add(step.id);
        if (e) construct(step.path, e.code, e.message);
      }
    }
    replay(access.perRepository[i] ?? []);
  });
  // app.synth(): preparing the app resolves every resource in construct-tree order (users, roles,
  // topics, then per repository its key, the repository and its event rules); then the tree is
  // validated; the template's Description is resolved last.
  for (const e of perObject(preludeSynthCache, access, () => preludeSynthErrors(design))) synth(e.path, e.code, e.message);
  plans.forEach((plan, i) => {
    // The repository's properties in template order; RepositoryPolicyText (which other parts of the
    // design decide) sits between the lifecycle policy and the tags. Only the first error counts.
    const own = perRepository(synthCache, plan.repo, i, () => repositorySynthErrors(plan, ['repositories', i]));
    const repositoryAccess = access.repositories[i];
    const policyError = () => (repositoryAccess ? perObject(policySynthCache, repositoryAccess, () => repositoryPolicySynthError(design, i)) : undefined);
    const e = own.beforePolicy ?? policyError() ?? own.tags;
    if (e) synth(e.path, e.code, e.message);
    if (repositoryAccess) for (const r of perObject(ruleSynthCache, repositoryAccess, () => ruleSynthErrors(design, i))) synth(r.path, r.code, r.message);
  });
  const invalid = perObject(validationCache, access, () => validationError(design));
  if (invalid) synth(invalid.path, invalid.code, invalid.message);
  if (design.description !== undefined) {
    const e = scalarTokenError(design.description);
    if (e) synth('description', e.code, e.message);
  }

  const counts = countResources();
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (total > MAX_RESOURCES) {
    const detail = Object.entries(counts)
      .map(([type, c]) => `${type} (${c})`)
      .join(', ');
    synth(
      'repositories',
      'TooManyResourcesInStack',
      `Number of resources in stack '${stackId}': ${total} is greater than allowed maximum of ${MAX_RESOURCES}: ${detail}`,
    );
  } else if (total >= MAX_RESOURCES * 0.8 && !out.some((d) => d.severity === 'error')) {
    // Below the maximum, from 80% of it on, CDK annotates the stack with an info (Annotations.addInfo:
    // no id of its own, so the code is ours) when it gets there, i.e. when nothing above threw.
    out.push({
      path: 'repositories',
      severity: 'info',
      code: 'ResourceCountApproachingMaximum',
      message: `Number of resources: ${total} is approaching allowed maximum of ${MAX_RESOURCES}`,
      source: 'cdk',
      phase: 'synth',
    });
  }
  // Warnings CDK annotates the constructs with (cdk synth prints them; they do not stop it).
  for (const w of access.warnings) out.push({ path: w.path, severity: 'warning', code: w.code, message: w.message, source: 'cdk', phase: 'construct' });
  // Stack#_synthesizeTemplate, reached only when nothing above threw: the template file's length
  // (JSON.stringify with indentation 1, in UTF-16 code units) over 80% of the limit. The generated
  // stack never sets suppressTemplateIndentation, so CDK's advice names it.
  if (templateLength && !out.some((d) => d.severity === 'error')) {
    const length = templateLength();
    if (length > TEMPLATE_BODY_MAXIMUM_SIZE * 0.8) {
      const verb = length > TEMPLATE_BODY_MAXIMUM_SIZE ? 'exceeds' : 'is approaching';
      out.push({
        path: '',
        severity: 'warning',
        code: '@aws-cdk/core:Stack.templateSize',
        message: `Template size ${verb} limit: ${length}/${TEMPLATE_BODY_MAXIMUM_SIZE}. Split resources into multiple stacks or set suppressTemplateIndentation to reduce template size.`,
        source: 'cdk',
        phase: 'synth',
      });
    }
  }
  return out;
}

/**
 * A construct-phase step of one repository, in program order: an error, or a new child of the
 * stack (whether its id collides depends on the whole design: checked when the steps are replayed).
 */
type ConstructStep = ({ kind: 'error' } & SynthError) | { kind: 'child'; id: string; path: string };

/** What a repository's synth-time resolution reports by itself, around its RepositoryPolicyText. */
interface RepositorySynthErrors {
  /** The first error of the key and the repository's properties before RepositoryPolicyText. */
  beforePolicy?: SynthError;
  /** The first error of its tags (resolved after RepositoryPolicyText). */
  tags?: SynthError;
}

// Per repository object and index, and per access plan (see memo.ts).
const constructStepsCache: PerRepositoryCache<readonly ConstructStep[]> = new WeakMap();
const synthCache: PerRepositoryCache<RepositorySynthErrors> = new WeakMap();
const preludeSynthCache = new WeakMap<AccessPlan, { value: SynthError[] }>();
const policySynthCache = new WeakMap<RepositoryAccessPlan, { value: SynthError | undefined }>();
const ruleSynthCache = new WeakMap<RepositoryAccessPlan, { value: SynthError[] }>();
const validationCache = new WeakMap<AccessPlan, { value: SynthError | undefined }>();

/** The construct-phase steps of one repository (its key, props literal and `new ecr.Repository`). */
function repositoryConstructSteps(plan: RepositoryPlan, base: Path): ConstructStep[] {
  const steps: ConstructStep[] = [];
  const emit = (path: string, code: string, message: string) => steps.push({ kind: 'error', path, code, message });
  const child = (id: string, path: string) => steps.push({ kind: 'child', id, path });
  const repo: Repository = plan.repo;
  const at = (field?: string) => joinPath(base, field);

  // 1. The key construct.
  const key = plan.key;
  if (key?.kind === 'created') {
    child(key.constructId, at('encryptionKey'));
    const alias = key.spec.alias;
    if (alias) {
      const aliasError = aliasNameError(alias);
      if (aliasError) emit(at('encryptionKey.alias'), aliasError.code, aliasError.message);
    }
  } else if (key?.kind === 'imported') {
    const split = splitSlashResourceArn(key.arn);
    if (!split.ok) emit(at('encryptionKeyArn'), split.code, split.message);
    else if (!split.parts.resourceName) {
      emit(
        at('encryptionKeyArn'),
        'MustBeFormatArnPartitionKmsRegionAccountKeyKeyid',
        `KMS key ARN must be in the format 'arn:<partition>:kms:<region>:<account>:key/<keyId>', got: '${key.arn}'`,
      );
    }
    child(key.constructId, at('encryptionKeyArn'));
  }

  // 2. The props object literal.
  (repo.imageTagMutabilityExclusionFilters ?? []).forEach((pattern, i) => {
    const e = exclusionFilterError(pattern);
    if (e) emit(at(`imageTagMutabilityExclusionFilters[${i}]`), e.code, e.message);
  });
  // With the lifecycle escape hatch the rules are a plain object literal: no Duration, no L2 checks.
  const l2Rules = plan.lifecycleEscapeHatch ? [] : (repo.lifecycleRules ?? []);
  l2Rules.forEach((rule, i) => {
    if (rule.maxImageAgeDays !== undefined && rule.maxImageAgeDays < 0) {
      emit(
        at(`lifecycleRules[${i}].maxImageAgeDays`),
        'DurationAmountsCannotNegative',
        `Duration amounts cannot be negative. Received: ${rule.maxImageAgeDays}`,
      );
    }
  });

  // 3. new ecr.Repository(this, id, props)
  child(repo.id, at('id'));
  if (repo.repositoryName !== undefined && isUnresolvedString(repo.repositoryName)) {
    // CDK takes the name for a token: it skips its name check and fails to resolve it right away.
    const e = scalarTokenError(repo.repositoryName);
    if (e) emit(at('repositoryName'), e.code, e.message);
  } else if (repo.repositoryName !== undefined) {
    const nameError = validateRepositoryNameCdk(repo.repositoryName);
    if (nameError) emit(at('repositoryName'), 'InvalidRepositoryName', nameError);
  }
  const mutability = repo.imageTagMutability;
  const filters = repo.imageTagMutabilityExclusionFilters;
  const withExclusion = mutability === 'IMMUTABLE_WITH_EXCLUSION' || mutability === 'MUTABLE_WITH_EXCLUSION';
  if (filters !== undefined && !withExclusion) {
    emit(
      at('imageTagMutability'),
      'ImageTagMutabilityRequiresExclusionFilters',
      `imageTagMutability must be 'IMMUTABLE_WITH_EXCLUSION' or 'MUTABLE_WITH_EXCLUSION' when imageTagMutabilityExclusionFilters is provided, got: ${mutability}.`,
    );
  } else if (filters !== undefined && (filters.length < 1 || filters.length > 5)) {
    emit(
      at('imageTagMutabilityExclusionFilters'),
      'ExclusionFiltersCountOutOfRange',
      `imageTagMutabilityExclusionFilters must contain between 1 and 5 filters, got ${filters.length}.`,
    );
  } else if (withExclusion && filters === undefined) {
    emit(
      at('imageTagMutabilityExclusionFilters'),
      'ExclusionFiltersRequiredForMutabilityWithExclusion',
      `imageTagMutabilityExclusionFilters must be specified when imageTagMutability is '${mutability}'.`,
    );
  }
  if (plan.l2Key) {
    const type = plan.l2Encryption ?? 'KMS';
    if (type !== 'KMS') {
      emit(
        at('encryption'),
        'EncryptionKeyRequiresKmsEncryption',
        `encryptionKey is specified, so 'encryption' must be set to KMS (value: ${type === 'AES_256' ? 'AES256' : type})`,
      );
    }
  }
  // CfnResource#applyRemovalPolicy, with @aws-cdk/core:validateSnapshotRemovalPolicy (a cdk init flag).
  if (repo.removalPolicy === 'SNAPSHOT') {
    emit(at('removalPolicy'), 'SnapshotRemovalNotSupported', 'AWS::ECR::Repository does not support snapshot removal policy');
  }
  let anyBefore = false;
  l2Rules.forEach((rule, i) => {
    const e = lifecycleRuleError(rule, anyBefore);
    if (e) emit(joinPath([...base, 'lifecycleRules', i], e.field), e.code, e.message);
    if (effectiveTagStatus(rule) === 'ANY') anyBefore = true;
  });
  if (repo.emptyOnDelete && repo.removalPolicy !== 'DESTROY') {
    emit(
      at('emptyOnDelete'),
      'EmptyOnDeleteRequiresDestroyRemovalPolicy',
      "Cannot use 'emptyOnDelete' property on a repository without setting removal policy to 'DESTROY'.",
    );
  }
  return steps;
}

function repositorySynthErrors(plan: RepositoryPlan, base: Path): RepositorySynthErrors {
  const beforePolicy = repositorySynthErrorBeforePolicy(plan, base);
  if (beforePolicy) return { beforePolicy };
  const tags = repositoryTagSynthError(plan.repo, base);
  return tags ? { tags } : {};
}

/** The first failing (path, error) pair. */
function first(errors: (readonly [string, { code: string; message: string } | undefined])[]): SynthError | undefined {
  for (const [path, e] of errors) if (e) return { path, code: e.code, message: e.message };
  return undefined;
}

/** Resolution in template order up to RepositoryPolicyText: the key, the lifecycle policy, the registry id. */
function repositorySynthErrorBeforePolicy(plan: RepositoryPlan, base: Path): SynthError | undefined {
  const repo = plan.repo;

  // Resources in template order: the created key (and its alias), then the repository.
  if (plan.key?.kind === 'created' && plan.key.spec.description !== undefined) {
    const e = first([[joinPath(base, 'encryptionKey.description'), scalarTokenError(plan.key.spec.description)]]);
    if (e) return e;
  }

  // Repository properties in template order; LifecyclePolicy: ordering, whole days, then resolution.
  const rules = repo.lifecycleRules ?? [];
  if (rules.length > 0 && plan.lifecycleEscapeHatch) {
    // The escape hatch hands CDK one finished string: resolving it is the only thing that can fail.
    const e = scalarTokenError(renderLifecyclePolicyText(rules));
    if (e) return { path: hatchTokenPath(rules, base), code: e.code, message: e.message };
  } else if (rules.length > 0) {
    const order = orderLifecycleRules(rules);
    if (order.error) {
      return { path: joinPath([...base, 'lifecycleRules', order.error.index], 'rulePriority'), code: order.error.code, message: order.error.message };
    }
    for (const r of order.rules) {
      const days = r.rule.maxImageAgeDays;
      if (days !== undefined && !Number.isInteger(days)) {
        return { path: joinPath([...base, 'lifecycleRules', r.index], 'maxImageAgeDays'), code: 'MustBeWholeNumber', message: `${days} must be a whole number of days.` };
      }
    }
    const rendered = renderPolicyDocument(rules).rules;
    // The path is made only for the failing field (a repository may have hundreds of rules).
    const hitAt = (index: number, field: string, e: { code: string; message: string } | undefined): SynthError | undefined =>
      e ? { path: joinPath([...base, 'lifecycleRules', index], field), code: e.code, message: e.message } : undefined;
    for (const [k, r] of order.rules.entries()) {
      const doc = rendered[k];
      const hit =
        hitAt(r.index, 'description', doc?.description !== undefined ? scalarTokenError(doc.description) : undefined) ??
        hitAt(r.index, 'tagPrefixList', doc?.selection.tagPrefixList ? listTokenError(doc.selection.tagPrefixList) : undefined) ??
        hitAt(r.index, 'tagPatternList', doc?.selection.tagPatternList ? listTokenError(doc.selection.tagPatternList) : undefined);
      if (hit) return hit;
    }
  }
  const registryId = repo.lifecycleRegistryId;
  if (registryId) {
    const e = first([[joinPath(base, 'lifecycleRegistryId'), scalarTokenError(registryId)]]);
    if (e) return e;
  }
  // RepositoryPolicyText comes next: CDK merges the statements, then resolves them (the caller).
  return undefined;
}

/** Resolution of the tags (after RepositoryPolicyText). */
function repositoryTagSynthError(repo: Repository, base: Path): SynthError | undefined {
  for (const tag of sortedTags(repo.tags)) {
    const path = formatPath([...base, 'tags', tag.Key]);
    const e = scalarTokenError(tag.Key) ?? scalarTokenError(tag.Value);
    if (e) return { path, code: e.code, message: e.message };
  }
  return undefined;
}

/** The field of the first rule (in policy order) holding what CDK takes for a token marker. */
function hatchTokenPath(rules: readonly LifecycleRule[], base: Path): string {
  for (const r of orderLifecycleRules(rules).rules) {
    const at = (field: string) => joinPath([...base, 'lifecycleRules', r.index], field);
    if (r.rule.description !== undefined && scalarTokenError(r.rule.description)) return at('description');
    for (const list of ['tagPrefixList', 'tagPatternList'] as const) {
      const i = (r.rule[list] ?? []).findIndex((x) => scalarTokenError(x) !== undefined || listTokenError([x]) !== undefined);
      if (i >= 0) return at(`${list}[${i}]`);
    }
  }
  return joinPath(base, 'lifecycleRules');
}
