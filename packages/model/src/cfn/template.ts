/**
 * The CloudFormation template of a design: what `cdk synth` makes of the generated CDK code, with
 * path metadata, version reporting and the bootstrap version rule switched off, and the feature
 * flags of a `cdk init` app.
 *
 * Key order matters (the previews show it): template sections as Stack#_toCloudFormation writes
 * them, resource attributes as CfnResource#_toCloudFormation writes them (Type, Properties,
 * DependsOn, UpdateReplacePolicy, DeletionPolicy), properties in the alphabetical order of the
 * generated L1 mappers, unset values omitted, empty `Properties` dropped.
 */
import type { CreatedKey, Design, RemovalPolicy, Repository } from '../design.ts';
import { makeLogicalId } from '../cdk/logical-id.ts';
import { type RepositoryPlan, effectiveEncryptionType, planRepository } from '../cdk/plan.ts';
import { renderLifecyclePolicyText } from '../lifecycle/policy.ts';
import { preludeResources, repositoryChildResources, repositoryPolicyText } from '../access/render.ts';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface CfnResource {
  Type: string;
  Properties?: JsonObject;
  DependsOn?: string[];
  UpdateReplacePolicy?: string;
  DeletionPolicy?: string;
}

export interface CfnTemplate {
  Description?: string;
  Resources: { [logicalId: string]: CfnResource };
}

/** Sets `key` unless `value` is undefined (keeps the insertion order of the calls). */
function put(target: JsonObject, key: string, value: Json | undefined): void {
  if (value !== undefined) target[key] = value;
}

function removalAttributes(policy: RemovalPolicy | undefined): Pick<CfnResource, 'UpdateReplacePolicy' | 'DeletionPolicy'> {
  switch (policy ?? 'RETAIN') {
    case 'DESTROY':
      return { UpdateReplacePolicy: 'Delete', DeletionPolicy: 'Delete' };
    case 'SNAPSHOT':
      return { UpdateReplacePolicy: 'Snapshot', DeletionPolicy: 'Snapshot' };
    case 'RETAIN_ON_UPDATE_OR_DELETE':
      return { UpdateReplacePolicy: 'Retain', DeletionPolicy: 'RetainExceptOnCreate' };
    default:
      return { UpdateReplacePolicy: 'Retain', DeletionPolicy: 'Retain' };
  }
}

function resource(type: string, properties: JsonObject, attributes: Omit<CfnResource, 'Type' | 'Properties'> = {}): CfnResource {
  const r: CfnResource = { Type: type };
  if (Object.keys(properties).length > 0) r.Properties = properties;
  if (attributes.DependsOn) r.DependsOn = attributes.DependsOn;
  if (attributes.UpdateReplacePolicy) r.UpdateReplacePolicy = attributes.UpdateReplacePolicy;
  if (attributes.DeletionPolicy) r.DeletionPolicy = attributes.DeletionPolicy;
  return r;
}

const ACCOUNT_ROOT_ARN: Json = {
  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':root']],
};

/*
 * Memoization (the app renders the template on every keystroke): a design is immutable (every
 * edit makes new objects for what it changes and shares the rest), so what depends only on one
 * repository's objects is rendered once per object. What other parts of the design decide (the
 * repository policy, which merges grants of principals declared elsewhere; the key's logical ID)
 * is part of the cache key. The rendered objects are shared between templates and must not be
 * mutated; the YAML writer in turn caches their text by identity.
 */
const keyCache = new WeakMap<CreatedKey, CfnResource>();
const repositoryCache = new WeakMap<
  Repository,
  { keyLogicalId: string | undefined; policyText: Json | undefined; policyJson: string | undefined; resource: CfnResource }
>();

/** `new kms.Key(scope, id, spec)` with the `@aws-cdk/aws-kms:defaultKeyPolicies` flag on. */
function renderKey(spec: CreatedKey): CfnResource {
  let r = keyCache.get(spec);
  if (!r) {
    r = renderKeyUncached(spec);
    keyCache.set(spec, r);
  }
  return r;
}

function renderKeyUncached(spec: CreatedKey): CfnResource {
  const props: JsonObject = {};
  put(props, 'Description', spec.description);
  put(props, 'EnableKeyRotation', spec.enableKeyRotation);
  props['KeyPolicy'] = {
    Statement: [{ Action: 'kms:*', Effect: 'Allow', Principal: { AWS: ACCOUNT_ROOT_ARN }, Resource: '*' }],
    Version: '2012-10-17',
  };
  return resource('AWS::KMS::Key', props, removalAttributes('RETAIN'));
}

export function aliasName(alias: string): string {
  return alias.startsWith('alias/') ? alias : 'alias/' + alias;
}

/**
 * Tag order of CDK's TagManager: `a.key.localeCompare(b.key)`. That depends on the locale of the
 * process running `cdk synth`; we fix it to en-US (what Node uses by default) so the preview does
 * not change with the browser's language.
 */
const tagCollator = new Intl.Collator('en-US');
export function compareTagKeys(a: string, b: string): number {
  return tagCollator.compare(a, b);
}

export function sortedTags(tags: Record<string, string> | undefined): { Key: string; Value: string }[] {
  return Object.keys(tags ?? {})
    .sort(compareTagKeys)
    .map((key) => ({ Key: key, Value: (tags as Record<string, string>)[key] as string }));
}

function renderRepository(plan: RepositoryPlan, keyLogicalId: string | undefined, policyText?: Json): CfnResource {
  const cached = repositoryCache.get(plan.repo);
  if (cached && cached.keyLogicalId === keyLogicalId && cached.policyText === policyText) return cached.resource;
  const policyJson = policyText === undefined ? undefined : JSON.stringify(policyText);
  if (cached && cached.keyLogicalId === keyLogicalId && cached.policyJson === policyJson) {
    cached.policyText = policyText;
    return cached.resource;
  }
  const rendered = renderRepositoryUncached(plan, keyLogicalId, policyText);
  repositoryCache.set(plan.repo, { keyLogicalId, policyText, policyJson, resource: rendered });
  return rendered;
}

function renderRepositoryUncached(plan: RepositoryPlan, keyLogicalId: string | undefined, policyText?: Json): CfnResource {
  const repo: Repository = plan.repo;
  const props: JsonObject = {};
  put(props, 'EmptyOnDelete', repo.emptyOnDelete);

  const type = effectiveEncryptionType(plan);
  if (type !== 'AES256') {
    const enc: JsonObject = { EncryptionType: type };
    if (plan.escapeHatch) {
      const k = plan.escapeHatch.kmsKey;
      if (k?.kind === 'arn') enc['KmsKey'] = k.arn;
      else if (k?.kind === 'created' && keyLogicalId) enc['KmsKey'] = { 'Fn::GetAtt': [keyLogicalId, 'Arn'] };
    } else if (plan.l2Key && plan.key) {
      enc['KmsKey'] = plan.key.kind === 'imported' ? plan.key.arn : { 'Fn::GetAtt': [keyLogicalId as string, 'Arn'] };
    }
    props['EncryptionConfiguration'] = enc;
  }
  if (repo.imageScanOnPush !== undefined) props['ImageScanningConfiguration'] = { ScanOnPush: repo.imageScanOnPush };
  put(props, 'ImageTagMutability', repo.imageTagMutability);
  if (repo.imageTagMutabilityExclusionFilters !== undefined) {
    props['ImageTagMutabilityExclusionFilters'] = repo.imageTagMutabilityExclusionFilters.map((value) => ({
      ImageTagMutabilityExclusionFilterType: 'WILDCARD',
      ImageTagMutabilityExclusionFilterValue: value,
    }));
  }
  const rules = repo.lifecycleRules ?? [];
  if (rules.length > 0 || repo.lifecycleRegistryId) {
    const policy: JsonObject = {};
    if (rules.length > 0) policy['LifecyclePolicyText'] = renderLifecyclePolicyText(rules);
    put(policy, 'RegistryId', repo.lifecycleRegistryId);
    props['LifecyclePolicy'] = policy;
  }
  // CDK passes '' through as a physical name (its own check skips falsy names).
  put(props, 'RepositoryName', repo.repositoryName);
  put(props, 'RepositoryPolicyText', policyText);
  const tags = sortedTags(repo.tags);
  if (tags.length > 0) props['Tags'] = tags;
  return resource('AWS::ECR::Repository', props, removalAttributes(repo.removalPolicy));
}

export function repositoryLogicalId(repo: Repository): string {
  return makeLogicalId([repo.id, 'Resource']);
}

/**
 * Renders the template. Total over every structurally valid design: with validation errors it
 * still renders a best effort (the previews keep updating while the user types), but only a design
 * without errors is guaranteed to equal `cdk synth`.
 */
export function renderTemplate(design: Design): CfnTemplate {
  const template: CfnTemplate = design.description !== undefined ? { Description: design.description, Resources: {} } : { Resources: {} };
  // Users, roles (with their DefaultPolicy) and topics come first in the construct tree.
  for (const [logicalId, r] of preludeResources(design)) template.Resources[logicalId] = r;
  design.repositories.forEach((repo, index) => {
    const plan = planRepository(repo);
    let keyLogicalId: string | undefined;
    if (plan.key?.kind === 'created') {
      keyLogicalId = makeLogicalId([plan.key.constructId, 'Resource']);
      template.Resources[keyLogicalId] = renderKey(plan.key.spec);
      if (plan.key.spec.alias) {
        template.Resources[makeLogicalId([plan.key.constructId, 'Alias', 'Resource'])] = resource('AWS::KMS::Alias', {
          AliasName: aliasName(plan.key.spec.alias),
          TargetKeyId: { 'Fn::GetAtt': [keyLogicalId, 'Arn'] },
        });
      }
    }
    template.Resources[repositoryLogicalId(repo)] = renderRepository(plan, keyLogicalId, repositoryPolicyText(design, index));
    // Event rules are children of the repository; Tags.of(repository) tags them too.
    for (const [logicalId, r] of repositoryChildResources(design, index, sortedTags(repo.tags))) template.Resources[logicalId] = r;
  });
  return template;
}

/** Resource counts by type, as CDK reports them for TooManyResourcesInStack. */
export function countResourceTypes(template: CfnTemplate): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of Object.values(template.Resources)) counts[r.Type] = (counts[r.Type] ?? 0) + 1;
  return counts;
}

/**
 * `countResourceTypes(renderTemplate(design))` without rendering (validation needs it on every
 * edit): the same logical IDs in the same order, a later resource replacing an earlier one with the
 * same logical ID as in the template; a repository's own IDs are kept per repository object.
 */
export function resourceTypeCounts(design: Design): Record<string, number> {
  const types: Record<string, string> = {};
  for (const [logicalId, r] of preludeResources(design)) types[logicalId] = r.Type;
  design.repositories.forEach((repo, index) => {
    for (const [logicalId, type] of repositoryResourceTypes(repo)) types[logicalId] = type;
    for (const [logicalId, r] of repositoryChildResources(design, index, sortedTags(repo.tags))) types[logicalId] = r.Type;
  });
  const counts: Record<string, number> = {};
  for (const type of Object.values(types)) counts[type] = (counts[type] ?? 0) + 1;
  return counts;
}

const resourceTypesCache = new WeakMap<Repository, readonly (readonly [string, string])[]>();

/** The logical IDs and types renderTemplate gives a repository's key, the key's alias and the repository. */
function repositoryResourceTypes(repo: Repository): readonly (readonly [string, string])[] {
  let out = resourceTypesCache.get(repo);
  if (!out) {
    const plan = planRepository(repo);
    const list: [string, string][] = [];
    if (plan.key?.kind === 'created') {
      list.push([makeLogicalId([plan.key.constructId, 'Resource']), 'AWS::KMS::Key']);
      if (plan.key.spec.alias) list.push([makeLogicalId([plan.key.constructId, 'Alias', 'Resource']), 'AWS::KMS::Alias']);
    }
    list.push([repositoryLogicalId(repo), 'AWS::ECR::Repository']);
    out = list;
    resourceTypesCache.set(repo, out);
  }
  return out;
}
