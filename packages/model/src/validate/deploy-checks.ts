/**
 * Checks aws-cdk-lib does not make, but CloudFormation's resource schema or the ECR service
 * enforce at deploy time (errors), and things that deploy but are probably mistakes (warnings).
 * Sources: the AWS::ECR::Repository registry schema, the ECR lifecycle policy documentation
 * (rule priorities unique integers, one untagged rule, positive counts), ECR quotas.
 */
import type { Design, LifecycleRule, Repository } from '../design.ts';
import { type Diagnostic, type DiagnosticSource, type Path, type Severity, formatPath } from '../diagnostics.ts';
import { splitSlashResourceArn } from '../cdk/arn.ts';
import { accessDeployChecks } from '../access/deploy-checks.ts';
import { effectiveTagStatus, orderLifecycleRules } from '../lifecycle/order.ts';
import { needsLifecycleEscapeHatch, renderLifecyclePolicyText } from '../lifecycle/policy.ts';
import { type AccessPlan, planAccess } from '../access/plan.ts';
import { type PerRepositoryCache, copyDiagnostics, perObject, perRepository } from './memo.ts';

const REGISTRY_ID = /^[0-9]{12}$/;
const CONSTRUCT_ID = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** Characters an image tag may contain (Docker/OCI tag grammar). */
const IMAGE_TAG_CHARS = /^[A-Za-z0-9_.-]+$/;
const IMAGE_TAG_PATTERN_CHARS = /^[A-Za-z0-9_.*-]+$/;
export const MAX_LIFECYCLE_POLICY_LENGTH = 30720;
export const MAX_TAGS = 50;
/**
 * The most bytes CloudFormation takes as a template body in a CreateStack/UpdateStack request
 * (AWS CloudFormation User Guide, "Understand CloudFormation quotas": template body size in a
 * request). A larger template has to be uploaded to S3 and passed by URL; the AWS CLI's
 * `cloudformation deploy` does that with `--s3-bucket` (AWS CLI Command Reference,
 * "cloudformation deploy"), `cdk deploy` always does (the bootstrap bucket).
 */
export const MAX_TEMPLATE_BODY_BYTES = 51_200;

interface Emitter {
  (severity: Severity, source: DiagnosticSource, path: string, code: string, message: string): void;
}

function at(base: Path, ...rest: (string | number)[]): string {
  return formatPath([...base, ...rest]);
}

export function deployChecks(
  design: Design,
  /** The UTF-8 bytes of the cfn-json target (template.json), when the caller can measure it. */
  templateJsonBytes?: () => number,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const emit: Emitter = (severity, source, path, code, message) => out.push({ path, severity, code, message, source });

  const templateBytes = templateJsonBytes?.();
  if (templateBytes !== undefined && templateBytes > MAX_TEMPLATE_BODY_BYTES) {
    emit('warning', 'cloudformation', '', 'TemplateBodyTooLargeForRequest',
      `template.json is ${templateBytes} bytes, over the ${MAX_TEMPLATE_BODY_BYTES} bytes CloudFormation takes as a template body in a request ` +
        '(template.yaml has the same limit): deploy it from S3, e.g. `aws cloudformation deploy --s3-bucket <bucket> ...`; ' +
        '`cdk deploy` uploads it to the bootstrap bucket itself.');
  }

  if (design.stackName.length > 128) {
    emit('error', 'cloudformation', 'stackName', 'StackNameTooLongForCloudFormation', `Stack name must be at most 128 characters (it has ${design.stackName.length}).`);
  }
  if (design.repositories.length === 0) {
    emit('warning', 'designer', 'repositories', 'NoRepositories', 'The stack has no repositories: the template would have no resources, which CloudFormation rejects.');
  }

  const names = new Map<string, number>();
  const aliases = new Map<string, number>();
  design.repositories.forEach((repo, i) => {
    const base: Path = ['repositories', i];
    // What the repository says by itself, kept per repository object and index (memo.ts).
    copyDiagnostics(out, perRepository(repositoryChecksCache, repo, i, () => {
      const own: Diagnostic[] = [];
      repositoryChecks(repo, base, (severity, source, path, code, message) => own.push({ path, severity, code, message, source }));
      return own;
    }));
    if (repo.repositoryName) {
      const first = names.get(repo.repositoryName);
      if (first !== undefined) {
        emit('error', 'ecr', at(base, 'repositoryName'), 'DuplicateRepositoryName',
          `Repository name '${repo.repositoryName}' is already used by repositories[${first}]; names are unique in a registry and region.`);
      } else names.set(repo.repositoryName, i);
    }
    const alias = repo.encryptionKey?.alias;
    if (alias) {
      const full = alias.startsWith('alias/') ? alias : 'alias/' + alias;
      const first = aliases.get(full);
      if (first !== undefined) {
        emit('error', 'cloudformation', at(base, 'encryptionKey', 'alias'), 'DuplicateKmsAlias',
          `KMS alias '${full}' is already used by repositories[${first}]; an alias names one key per account and region.`);
      } else aliases.set(full, i);
    }
  });
  // Principals, grants, repository policy statements, topics, imports and event rules: they read
  // only the access inputs, so they are kept per access plan (memo.ts).
  copyDiagnostics(out, perObject(accessChecksCache, planAccess(design), () => accessDeployChecks(design)));
  return out;
}

const repositoryChecksCache: PerRepositoryCache<readonly Diagnostic[]> = new WeakMap();
const accessChecksCache = new WeakMap<AccessPlan, { value: readonly Diagnostic[] }>();

function repositoryChecks(repo: Repository, base: Path, emit: Emitter): void {
  if (repo.id && !CONSTRUCT_ID.test(repo.id)) {
    emit('error', 'designer', at(base, 'id'), 'InvalidConstructId',
      `Construct id '${repo.id}' must start with a letter and contain only letters, digits, '-' and '_' (it becomes the CloudFormation logical ID).`);
  }

  // CDK skips its name check for '' (falsy); CloudFormation's schema (2..256 characters) rejects it.
  // Non-empty names CloudFormation rejects are all rejected by CDK's stricter check already.
  if (repo.repositoryName === '') {
    emit('error', 'cloudformation', at(base, 'repositoryName'), 'RepositoryNameEmpty',
      'Repository name is empty: CloudFormation requires 2 to 256 characters. Remove the name to let CloudFormation generate one.');
  }

  if (repo.imageScanOnPush !== undefined) {
    emit('info', 'ecr', at(base, 'imageScanOnPush'), 'RepositoryScanOnPushDeprecated',
      'Repository-level scan on push is deprecated by ECR in favour of registry-level scanning configuration; it still deploys.');
  }

  const filters = repo.imageTagMutabilityExclusionFilters ?? [];
  const seenFilters = new Set<string>();
  filters.forEach((f, i) => {
    if (seenFilters.has(f)) emit('warning', 'designer', at(base, 'imageTagMutabilityExclusionFilters', i), 'DuplicateExclusionFilter', `Exclusion filter '${f}' is listed twice.`);
    seenFilters.add(f);
  });

  if (repo.encryptionKey && repo.encryptionKeyArn !== undefined) {
    emit('error', 'designer', at(base, 'encryptionKeyArn'), 'ConflictingEncryptionKeys',
      'Give either an existing key ARN or a key to create, not both.');
  }
  if (repo.encryptionKey?.alias === '') {
    emit('error', 'designer', at(base, 'encryptionKey', 'alias'), 'EmptyKmsAlias', 'The key alias is empty: remove it, or give a name such as alias/ecr/app.');
  }
  if (repo.encryptionKeyArn !== undefined) {
    const arn = repo.encryptionKeyArn;
    const split = splitSlashResourceArn(arn);
    if (split.ok && split.parts.service !== 'kms') {
      emit('error', 'ecr', at(base, 'encryptionKeyArn'), 'NotAKmsKeyArn', `'${arn}' is not a KMS ARN (service '${split.parts.service}', expected 'kms').`);
    } else if (split.ok && split.parts.resource !== 'key' && split.parts.resource !== 'alias') {
      emit('warning', 'ecr', at(base, 'encryptionKeyArn'), 'UnexpectedKmsResource', `Expected a key ARN (…:key/<key-id>), got resource type '${split.parts.resource}'.`);
    }
    if (arn.length > 2048) emit('error', 'cloudformation', at(base, 'encryptionKeyArn'), 'KmsKeyTooLong', `KmsKey must be at most 2048 characters (it has ${arn.length}).`);
  }
  if (repo.encryption === 'KMS_DSSE') {
    emit('info', 'designer', at(base, 'encryption'), 'KmsDsseEscapeHatch',
      'The CDK Repository construct cannot set KMS_DSSE; the CDK code sets it on the underlying CfnRepository (escape hatch).');
  }

  if (repo.removalPolicy === 'DESTROY' && repo.emptyOnDelete !== true) {
    emit('warning', 'ecr', at(base, 'emptyOnDelete'), 'DestroyNeedsEmptyRepository',
      'With DESTROY, deleting the stack fails while the repository still holds images; set emptyOnDelete to delete them too.');
  }

  if (repo.lifecycleRegistryId !== undefined && !REGISTRY_ID.test(repo.lifecycleRegistryId)) {
    emit('error', 'cloudformation', at(base, 'lifecycleRegistryId'), 'InvalidRegistryId',
      `lifecycleRegistryId must be a 12-digit AWS account id, got '${repo.lifecycleRegistryId}'.`);
  }
  const rules = repo.lifecycleRules ?? [];
  if (repo.lifecycleRegistryId !== undefined && rules.length === 0) {
    emit('warning', 'designer', at(base, 'lifecycleRegistryId'), 'RegistryIdWithoutRules', 'lifecycleRegistryId has no effect without lifecycle rules.');
  }
  lifecycleChecks(rules, [...base, 'lifecycleRules'], emit, needsLifecycleEscapeHatch(rules));

  const tags = repo.tags ?? {};
  const keys = Object.keys(tags);
  if (keys.length > MAX_TAGS) {
    emit('error', 'cloudformation', at(base, 'tags'), 'TooManyTags', `A repository can have at most ${MAX_TAGS} tags (it has ${keys.length}).`);
  }
  for (const key of keys) {
    const value = tags[key] as string;
    if (key.length < 1 || key.length > 127) emit('error', 'cloudformation', at(base, 'tags', key), 'InvalidTagKey', `Tag keys must have 1 to 127 characters (this one has ${key.length}).`);
    else if (key.toLowerCase().startsWith('aws:')) emit('error', 'cloudformation', at(base, 'tags', key), 'ReservedTagKey', `Tag key '${key}' uses the reserved prefix 'aws:'.`);
    if (value.length < 1 || value.length > 255) emit('error', 'cloudformation', at(base, 'tags', key), 'InvalidTagValue', `Tag values must have 1 to 255 characters (the value of '${key}' has ${value.length}).`);
  }
}

function isPositiveInteger(n: number): boolean {
  return Number.isInteger(n) && n >= 1;
}

/**
 * `hatch`: the rules go to the CfnRepository as a finished policy (escape hatch), so CDK checks
 * none of them and the ones CDK would make are ECR's to enforce (see hatchRuleChecks).
 */
function lifecycleChecks(rules: readonly LifecycleRule[], base: Path, emit: Emitter, hatch: boolean): void {
  if (rules.length === 0) return;
  // ECR counts untagged rules and tag selections per storage class (LifecyclePolicies.html).
  const untaggedSeen = new Map<string, number>();
  const selections = new Map<string, number>();
  if (hatch) {
    emit('info', 'designer', formatPath(base), 'LifecyclePolicyEscapeHatch',
      'The CDK Repository construct cannot express archive lifecycle rules; the CDK code sets the whole lifecycle policy on the underlying CfnRepository (escape hatch).');
  }
  rules.forEach((rule, i) => {
    if (hatch) hatchRuleChecks(rule, [...base, i], emit);
    archiveRuleChecks(rule, [...base, i], emit);
    if (rule.rulePriority !== undefined && !isPositiveInteger(rule.rulePriority)) {
      emit('error', 'ecr', at(base, i, 'rulePriority'), 'InvalidRulePriority', `rulePriority must be a whole number of at least 1, got ${rule.rulePriority}.`);
    }
    if (rule.maxImageCount !== undefined && !isPositiveInteger(rule.maxImageCount)) {
      emit('error', 'ecr', at(base, i, 'maxImageCount'), 'InvalidMaxImageCount', `maxImageCount must be a whole number of at least 1, got ${rule.maxImageCount}.`);
    }
    if (rule.maxImageAgeDays === 0) {
      emit('error', 'ecr', at(base, i, 'maxImageAgeDays'), 'InvalidMaxImageAge', 'maxImageAgeDays must be at least 1: ECR does not accept a count of 0.');
    } else if (hatch && rule.maxImageAgeDays !== undefined && !isPositiveInteger(rule.maxImageAgeDays)) {
      // Through the L2, CDK's Duration rejects these; in the escape hatch the number goes to ECR as is.
      emit('error', 'ecr', at(base, i, 'maxImageAgeDays'), 'InvalidMaxImageAge', `maxImageAgeDays must be a whole number of at least 1, got ${rule.maxImageAgeDays}.`);
    }
    const status = effectiveTagStatus(rule);
    const storage = rule.storageClass ?? 'STANDARD';
    if (status === 'UNTAGGED') {
      const seen = untaggedSeen.get(storage);
      if (seen !== undefined) {
        emit('error', 'ecr', at(base, i, 'tagStatus'), 'MultipleUntaggedRules',
          `Only one rule may select untagged images${storage === 'ARCHIVE' ? ' in archive storage' : ''}; lifecycleRules[${seen}] already does.`);
      } else untaggedSeen.set(storage, i);
    }
    for (const listName of ['tagPrefixList', 'tagPatternList'] as const) {
      const list = rule[listName];
      if (!list) continue;
      const seen = new Set<string>();
      list.forEach((entry, j) => {
        // Made only when needed (a repository may have hundreds of rules).
        const path = () => at(base, i, listName, j);
        if (entry === '') emit('error', 'ecr', path(), 'EmptyTagFilter', 'Empty tag prefix or pattern: remove it or enter a value.');
        else if (!(listName === 'tagPrefixList' ? IMAGE_TAG_CHARS : IMAGE_TAG_PATTERN_CHARS).test(entry)) {
          emit('warning', 'ecr', path(), 'TagFilterNeverMatches',
            `'${entry}' contains characters image tags cannot have (letters, digits, '_', '.', '-'${listName === 'tagPatternList' ? " and the '*' wildcard" : ''}); it never matches.`);
        }
        if (seen.has(entry)) emit('warning', 'designer', path(), 'DuplicateTagFilter', `'${entry}' is listed twice.`);
        seen.add(entry);
      });
    }
    if (status === 'TAGGED') {
      const key = JSON.stringify([storage, rule.tagPrefixList ? 'prefix' : 'pattern', [...new Set(rule.tagPrefixList ?? rule.tagPatternList ?? [])].sort()]);
      const first = selections.get(key);
      if (first !== undefined) {
        emit('warning', 'ecr', at(base, i), 'DuplicateTagSelection',
          `This rule selects the same tags as lifecycleRules[${first}]; ECR expects each rule to have a unique set of tag prefixes or patterns, and only the higher-priority rule can act on these images.`);
      } else selections.set(key, i);
    }
  });

  const order = orderLifecycleRules(rules);
  const byPriority = new Map<number, number>();
  for (const r of order.rules) {
    const first = byPriority.get(r.priority);
    if (first !== undefined) {
      emit('error', 'ecr', at(base, r.index, 'rulePriority'), 'DuplicateRulePriority',
        `Priority ${r.priority} is also assigned to lifecycleRules[${first}]; ECR requires unique rule priorities.`);
    } else byPriority.set(r.priority, r.index);
  }
  if (hatch) {
    // CDK's AnyTagStatusRuleMustHaveHighestPriority does not run on the escape hatch. ECR's own rule
    // ("a rule with tagStatus any must have the highest rulePriority") holds per storage class: its
    // documented archive example has an any rule for standard and another for archive storage.
    for (const r of order.rules) {
      if (r.tagStatus !== 'ANY') continue;
      const storage = r.rule.storageClass ?? 'STANDARD';
      const above = order.rules.find((o) => o !== r && (o.rule.storageClass ?? 'STANDARD') === storage && o.priority > r.priority);
      if (above) {
        emit('error', 'ecr', at(base, r.index, 'tagStatus'), 'AnyRuleMustHaveHighestPriority',
          `A rule with tagStatus ANY must have the highest priority among the rules for ${storage === 'ARCHIVE' ? 'archive' : 'standard'} storage; it has ${r.priority}, lifecycleRules[${above.index}] has ${above.priority}.`);
      }
    }
  }
  const text = renderLifecyclePolicyText(rules);
  if (text.length > MAX_LIFECYCLE_POLICY_LENGTH) {
    emit('error', 'cloudformation', formatPath(base), 'LifecyclePolicyTooLong',
      `The lifecycle policy has ${text.length} characters; ECR accepts at most ${MAX_LIFECYCLE_POLICY_LENGTH}.`);
  }
}

const WILDCARD_LIMIT = 4;

/**
 * What CDK's addLifecycleRule checks, for rules that reach ECR through the escape hatch (CDK never
 * sees them): ECR rejects the same mistakes at deploy time (lifecycle_policy_parameters.html).
 */
function hatchRuleChecks(rule: LifecycleRule, base: Path, emit: Emitter): void {
  const status = effectiveTagStatus(rule);
  const prefixes = rule.tagPrefixList;
  const patterns = rule.tagPatternList;
  if (status === 'TAGGED' && !prefixes?.length && !patterns?.length) {
    emit('error', 'ecr', at(base, 'tagStatus'), 'TaggedRuleRequiresTagList', 'A TAGGED rule needs a non-empty tagPrefixList or tagPatternList.');
  }
  if (status !== 'TAGGED' && (prefixes !== undefined || patterns !== undefined)) {
    emit('error', 'ecr', at(base, prefixes !== undefined ? 'tagPrefixList' : 'tagPatternList'), 'TagListOnlyForTaggedRule',
      `tagPrefixList and tagPatternList are only allowed with tagStatus TAGGED (this rule is ${status}).`);
  }
  if (prefixes !== undefined && patterns !== undefined) {
    emit('error', 'ecr', at(base, 'tagPatternList'), 'BothTagLists', 'A rule may have a tagPrefixList or a tagPatternList, not both.');
  }
  (patterns ?? []).forEach((p, i) => {
    const stars = p.split('*').length - 1;
    if (stars > WILDCARD_LIMIT) {
      emit('error', 'ecr', at(base, 'tagPatternList', i), 'TooManyWildcards', `A tag pattern may contain at most ${WILDCARD_LIMIT} wildcards (*); '${p}' has ${stars}.`);
    }
  });
  const counts = (['maxImageCount', 'maxImageAgeDays', 'maxDaysSinceLastPull', 'maxDaysSinceArchived'] as const).filter((k) => rule[k] !== undefined);
  if (counts.length !== 1) {
    emit('error', 'ecr', formatPath(base), 'RuleNeedsOneCount',
      `A rule needs exactly one of maxImageCount, maxImageAgeDays, maxDaysSinceLastPull and maxDaysSinceArchived (it has ${counts.length ? counts.join(', ') : 'none'}).`);
  }
}

/** ECR's rules for the archive options (lifecycle_policy_parameters.html, lifecycle_policy_examples.html). */
function archiveRuleChecks(rule: LifecycleRule, base: Path, emit: Emitter): void {
  for (const key of ['maxDaysSinceLastPull', 'maxDaysSinceArchived'] as const) {
    const n = rule[key];
    if (n !== undefined && !isPositiveInteger(n)) emit('error', 'ecr', at(base, key), key === 'maxDaysSinceLastPull' ? 'InvalidMaxDaysSinceLastPull' : 'InvalidMaxDaysSinceArchived', `${key} must be a whole number of at least 1, got ${n}.`);
  }
  const archived = rule.maxDaysSinceArchived;
  if (archived !== undefined && isPositiveInteger(archived) && archived < 90) {
    emit('error', 'ecr', at(base, 'maxDaysSinceArchived'), 'ArchiveMinimumStorageDuration',
      `Archived images have a minimum storage duration of 90 days; ECR does not accept a rule that expires them after ${archived}.`);
  }
  if (rule.maxDaysSinceLastPull !== undefined && rule.action !== 'TRANSITION') {
    emit('error', 'ecr', at(base, 'action'), 'LastPullRequiresTransition',
      'maxDaysSinceLastPull (sinceImagePulled) only works with action TRANSITION: ECR archives images by last pull but never expires them that way. Expire archived images with a second rule (storageClass ARCHIVE, maxDaysSinceArchived).');
  }
  if (archived !== undefined && rule.action === 'TRANSITION') {
    emit('error', 'ecr', at(base, 'action'), 'ArchivedRequiresExpire', 'maxDaysSinceArchived (sinceImageTransitioned) only works with action EXPIRE.');
  }
  if (archived !== undefined && rule.storageClass !== 'ARCHIVE') {
    emit('error', 'ecr', at(base, 'storageClass'), 'ArchivedRequiresArchiveStorageClass', 'maxDaysSinceArchived (sinceImageTransitioned) requires storageClass ARCHIVE.');
  }
  if (rule.storageClass === 'ARCHIVE' && archived === undefined) {
    emit('error', 'ecr', at(base, 'storageClass'), 'ArchiveStorageClassRequiresSinceArchived',
      'storageClass ARCHIVE only works with maxDaysSinceArchived; maxImageCount, maxImageAgeDays and maxDaysSinceLastPull select standard storage only.');
  }
}
