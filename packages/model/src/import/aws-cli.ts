/**
 * Output of the AWS CLI (JSON, or YAML with `--output yaml`):
 * - `aws ecr describe-repositories`: `{"repositories": [...]}`, one design repository each;
 * - `aws ecr get-lifecycle-policy`: the policy as an escaped JSON string in `lifecyclePolicyText`;
 * - a bare lifecycle policy document (`{"rules": [...]}`), as `put-lifecycle-policy` takes it.
 *
 * Normalisations: AES256 encryption (every repository's default) comes back unset, KMS with a key
 * too (CDK's default with a key); construct ids come from the repository names (`team/app` ->
 * `TeamApp`).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_Repository.html
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_GetLifecyclePolicy.html
 */
import { DESIGN_FORMAT_VERSION, type Design, type LifecycleRule, type Repository, repository as repositorySchema } from '../design.ts';
import type { Path } from '../diagnostics.ts';
import { IdAllocator, idFromRepositoryName } from './ids.ts';
import { importPolicyDocument, importPolicyText } from './lifecycle.ts';
import { type ImportProblem, Problems, isPlainObject, own, preview } from './problems.ts';
import { ValueReader, orderKeys } from './values.ts';

export interface CliImportOptions {
  /** The design's stack name. Default `EcrStack`. */
  stackName?: string;
}

export interface RepositoriesImport {
  /** Undefined when nothing could be imported. */
  design?: Design;
  problems: ImportProblem[];
}

export interface LifecycleImport {
  /** The rules, to add to a repository of an existing design; undefined when none could be imported. */
  lifecycleRules?: LifecycleRule[];
  /** The same rules on one repository (named as in `get-lifecycle-policy` output). */
  design?: Design;
  problems: ImportProblem[];
}

const DEFAULT_STACK_NAME = 'EcrStack';

/** Facts about an existing repository, not settings of one. */
const READ_ONLY = ['repositoryArn', 'registryId', 'repositoryUri', 'createdAt'];

function importDescribedRepository(value: unknown, path: Path, problems: Problems, ids: IdAllocator): Repository | undefined {
  const read = new ValueReader(problems);
  const repo = read.object(value, path, 'A repository');
  if (!repo) return undefined;
  const nameValue = own(repo, 'repositoryName');
  const name = nameValue === undefined ? undefined : read.string(nameValue, [...path, 'repositoryName'], 'repositoryName');
  const resource = name ?? `repositories[${String(path[path.length - 1])}]`;
  const scoped = new ValueReader(problems, resource);
  const out: Omit<Repository, 'id'> = {};
  if (name !== undefined) out.repositoryName = name;

  const mutability = own(repo, 'imageTagMutability');
  if (mutability !== undefined) {
    const v = scoped.oneOf(mutability, ['MUTABLE', 'IMMUTABLE', 'IMMUTABLE_WITH_EXCLUSION', 'MUTABLE_WITH_EXCLUSION'] as const, [...path, 'imageTagMutability'], 'imageTagMutability');
    if (v !== undefined) out.imageTagMutability = v;
  }
  const filters = own(repo, 'imageTagMutabilityExclusionFilters');
  if (filters !== undefined) {
    const p = [...path, 'imageTagMutabilityExclusionFilters'];
    if (!Array.isArray(filters)) scoped.wrongType(filters, p, 'imageTagMutabilityExclusionFilters', 'a list of filters');
    else {
      out.imageTagMutabilityExclusionFilters = [];
      filters.forEach((f, i) => {
        const filter = scoped.object(f, [...p, i], 'An exclusion filter');
        if (!filter) return;
        scoped.unknownKeys(filter, ['filterType', 'filter'], [...p, i], 'The exclusion filter');
        const type = scoped.oneOf(own(filter, 'filterType'), ['WILDCARD'], [...p, i, 'filterType'], 'filterType');
        const text = scoped.string(own(filter, 'filter'), [...p, i, 'filter'], 'filter');
        if (type !== undefined && text !== undefined) out.imageTagMutabilityExclusionFilters?.push(text);
      });
    }
  }
  const scanning = own(repo, 'imageScanningConfiguration');
  if (scanning !== undefined) {
    const p = [...path, 'imageScanningConfiguration'];
    const config = scoped.object(scanning, p, 'imageScanningConfiguration');
    if (config) {
      scoped.unknownKeys(config, ['scanOnPush'], p, 'imageScanningConfiguration');
      const scan = own(config, 'scanOnPush');
      if (scan !== undefined) {
        const v = scoped.boolean(scan, [...p, 'scanOnPush'], 'scanOnPush');
        if (v !== undefined) out.imageScanOnPush = v;
      }
    }
  }
  const encryption = own(repo, 'encryptionConfiguration');
  if (encryption !== undefined) {
    const p = [...path, 'encryptionConfiguration'];
    const config = scoped.object(encryption, p, 'encryptionConfiguration');
    if (config) {
      scoped.unknownKeys(config, ['encryptionType', 'kmsKey'], p, 'encryptionConfiguration');
      const type = scoped.oneOf(own(config, 'encryptionType'), ['AES256', 'KMS', 'KMS_DSSE'] as const, [...p, 'encryptionType'], 'encryptionType');
      const key = own(config, 'kmsKey');
      if (key !== undefined) {
        const arn = scoped.string(key, [...p, 'kmsKey'], 'kmsKey');
        if (arn !== undefined) {
          out.encryptionKeyArn = arn;
          problems.info(
            'DescribeKmsKeyArn',
            [...p, 'kmsKey'],
            'The key is imported by ARN (kms.Key.fromKeyArn). If it is the AWS managed key aws/ecr, remove it and keep encryption KMS.',
            resource,
          );
        }
      }
      if (type === 'KMS_DSSE' || (type === 'KMS' && out.encryptionKeyArn === undefined)) out.encryption = type;
    }
  }
  const ignored = Object.keys(repo).filter((k) => READ_ONLY.includes(k));
  if (ignored.length > 0) {
    problems.info('DescribeReadOnly', path, `${ignored.join(', ')}: facts about the existing repository, not settings; not imported.`, resource);
  }
  scoped.unknownKeys(
    repo,
    [...READ_ONLY, 'repositoryName', 'imageTagMutability', 'imageTagMutabilityExclusionFilters', 'imageScanningConfiguration', 'encryptionConfiguration'],
    path,
    'The repository',
  );
  return orderKeys({ id: ids.take(idFromRepositoryName(name)), ...out } as Repository, repositorySchema.keys);
}

/** `aws ecr describe-repositories` output -> a design with one repository per described repository. */
export function importDescribeRepositories(value: unknown, options: CliImportOptions = {}): RepositoriesImport {
  const problems = new Problems();
  const read = new ValueReader(problems);
  const doc = read.object(value, [], 'The describe-repositories output');
  const list = doc ? own(doc, 'repositories') : undefined;
  if (!doc || !Array.isArray(list)) {
    problems.error('DescribeNoRepositories', ['repositories'], 'The output of aws ecr describe-repositories has a "repositories" list.');
    return { problems: problems.list };
  }
  const nextToken = own(doc, 'nextToken');
  if (nextToken !== undefined) {
    problems.warn('DescribeTruncated', ['nextToken'], 'The output is one page of several (nextToken is set): run the command without --max-items, or import each page.');
  }
  read.unknownKeys(doc, ['repositories', 'nextToken'], [], 'The output');
  const ids = new IdAllocator();
  const repositories = list.flatMap((r, i) => importDescribedRepository(r, ['repositories', i], problems, ids) ?? []);
  if (repositories.length === 0) {
    problems.error('DescribeNoRepositories', ['repositories'], 'The output lists no repository that could be imported.');
    return { problems: problems.list };
  }
  problems.info(
    'DescribeIncomplete',
    [],
    'describe-repositories does not show lifecycle policies, tags, repository policies or removal policies: import the output of aws ecr get-lifecycle-policy for the rules.',
  );
  return { design: { version: DESIGN_FORMAT_VERSION, stackName: options.stackName ?? DEFAULT_STACK_NAME, repositories }, problems: problems.list };
}

function lifecycleResult(rules: LifecycleRule[] | undefined, problems: Problems, options: CliImportOptions, repositoryName?: string): LifecycleImport {
  if (!rules) {
    if (!problems.hasErrors) problems.error('LifecycleNothingImported', [], 'No lifecycle rule could be imported.');
    return { problems: problems.list };
  }
  const repository: Repository = { id: idFromRepositoryName(repositoryName) };
  if (repositoryName !== undefined) repository.repositoryName = repositoryName;
  repository.lifecycleRules = rules;
  return {
    lifecycleRules: rules,
    design: { version: DESIGN_FORMAT_VERSION, stackName: options.stackName ?? DEFAULT_STACK_NAME, repositories: [repository] },
    problems: problems.list,
  };
}

/** A lifecycle policy document, `{"rules": [...]}`. */
export function importLifecyclePolicy(value: unknown, options: CliImportOptions = {}): LifecycleImport {
  const problems = new Problems();
  return lifecycleResult(importPolicyDocument(value, [], problems), problems, options);
}

/** `aws ecr get-lifecycle-policy` output: the policy is the JSON string in `lifecyclePolicyText`. */
export function importGetLifecyclePolicy(value: unknown, options: CliImportOptions = {}): LifecycleImport {
  const problems = new Problems();
  const read = new ValueReader(problems);
  const doc = read.object(value, [], 'The get-lifecycle-policy output');
  if (!doc) return lifecycleResult(undefined, problems, options);
  const nameValue = own(doc, 'repositoryName');
  const name = nameValue === undefined ? undefined : read.string(nameValue, ['repositoryName'], 'repositoryName');
  const registry = own(doc, 'registryId');
  if (registry !== undefined) {
    problems.info('LifecycleRegistryIgnored', ['registryId'], `registryId ${preview(registry)} is not imported: the policy applies to the registry of the stack's account.`, name);
  }
  const evaluated = own(doc, 'lastEvaluatedAt');
  if (evaluated !== undefined) problems.info('LifecycleEvaluatedIgnored', ['lastEvaluatedAt'], 'lastEvaluatedAt is a fact about the existing repository; not imported.', name);
  read.unknownKeys(doc, ['registryId', 'repositoryName', 'lifecyclePolicyText', 'lastEvaluatedAt'], [], 'The output');
  const rules = importPolicyText(own(doc, 'lifecyclePolicyText'), ['lifecyclePolicyText'], problems, name);
  return lifecycleResult(rules, problems, options, name);
}

/** True for `{"rules": [...]}` (a policy document). */
export function isPolicyDocument(value: unknown): boolean {
  return isPlainObject(value) && Array.isArray(own(value, 'rules'));
}
