/**
 * The golden corpus: designs the oracle test renders and compares with aws-cdk-lib, each with the
 * outcome the oracle must confirm. `cdkError` names the code CDK must throw (the model must report
 * it as its first CDK diagnostic); designs without it must synthesize, and the template must equal
 * our rendering. Expected templates are never written here: aws-cdk-lib derives them at test time.
 */
import type { Design, LifecycleRule, Repository } from '../src/index.ts';
import { accessCorpus } from './corpus-access.ts';

export interface CorpusCase {
  name: string;
  design: Design;
  /** The code of the error CDK throws (construct or synth time), if it must throw. */
  cdkError?: string;
  /** Codes of non-CDK errors the model must report (the design still synthesizes in CDK). */
  deployErrors?: string[];
}

function stack(...repositories: Repository[]): Design {
  return { version: 1, stackName: 'EcrStack', repositories };
}

function rules(...lifecycleRules: LifecycleRule[]): Repository {
  return { id: 'Repo', lifecycleRules };
}

const ODD = `it's "quoted" \\ back\\slash\nnew line\ttab — ünïcödé 日本 🚀 */ \${x} <b>html</b>`;

export const corpus: CorpusCase[] = [
  // The snippets of the aws-ecr README, expressed as designs.
  { name: 'readme: default repository', design: stack({ id: 'Repository' }) },
  { name: 'readme: image scan on push', design: stack({ id: 'Repo', imageScanOnPush: true }) },
  { name: 'readme: immutable tags', design: stack({ id: 'Repo', imageTagMutability: 'IMMUTABLE' }) },
  {
    name: 'readme: immutable with exclusion filters',
    design: stack({ id: 'Repo', imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: ['dev-*', 'test-*'] }),
  },
  {
    name: 'readme: mutable with exclusion filters',
    design: stack({ id: 'Repo', imageTagMutability: 'MUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: ['prod-*', 'release-v*'] }),
  },
  { name: 'readme: KMS with the AWS managed key', design: stack({ id: 'Repo', encryption: 'KMS' }) },
  { name: 'readme: customer managed key', design: stack({ id: 'Repo', encryptionKey: { create: true } }) },
  {
    name: 'readme: lifecycle rules, prod kept, others 30 days',
    design: stack(rules({ tagPrefixList: ['prod'], maxImageCount: 9999 }, { maxImageAgeDays: 30 })),
  },
  { name: 'readme: tag pattern list', design: stack(rules({ tagPatternList: ['prod*'], maxImageCount: 9999 })) },
  { name: 'readme: destroy and empty on delete', design: stack({ id: 'MyTempRepo', removalPolicy: 'DESTROY', emptyOnDelete: true }) },

  // The example and the spec's recorded syntheses.
  {
    name: 'format example: everything',
    design: stack({
      id: 'Repo',
      repositoryName: 'team/app',
      imageScanOnPush: true,
      imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
      imageTagMutabilityExclusionFilters: ['latest', 'dev-*'],
      encryption: 'KMS',
      encryptionKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      removalPolicy: 'DESTROY',
      emptyOnDelete: true,
      lifecycleRegistryId: '111122223333',
      lifecycleRules: [{ rulePriority: 1, description: 'Keep 5 prod images', tagStatus: 'TAGGED', tagPrefixList: ['prod'], maxImageCount: 5 }],
      tags: { team: 'platform' },
    }),
  },
  {
    name: 'spec 3b: all options and three rules',
    design: stack({
      id: 'Repo',
      repositoryName: 'team-a/my-app',
      imageScanOnPush: true,
      imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
      imageTagMutabilityExclusionFilters: ['dev-*', 'test-*'],
      encryption: 'KMS',
      lifecycleRegistryId: '123456789012',
      removalPolicy: 'DESTROY',
      emptyOnDelete: true,
      lifecycleRules: [
        { description: 'Keep 10 prod', tagPrefixList: ['prod', 'release'], maxImageCount: 10 },
        { rulePriority: 5, description: 'Expire untagged after 14 days', tagStatus: 'UNTAGGED', maxImageAgeDays: 14 },
        { maxImageCount: 100 },
      ],
    }),
  },
  {
    name: 'spec B2: created key, scan off, explicit ANY priority',
    design: stack({
      id: 'Repo',
      encryptionKey: { create: true },
      imageScanOnPush: false,
      imageTagMutability: 'IMMUTABLE',
      lifecycleRules: [
        { rulePriority: 1, tagPatternList: ['v*.*', '*-rc*'], maxImageAgeDays: 30 },
        { rulePriority: 2, tagStatus: 'ANY', maxImageCount: 3 },
      ],
    }),
  },
  {
    name: 'spec B3: registry id only, AES256, emptyOnDelete false',
    design: stack({ id: 'Repo', lifecycleRegistryId: '123456789012', encryption: 'AES_256', emptyOnDelete: false }),
  },
  {
    name: 'spec B4: explicit priorities out of order',
    design: stack(
      rules(
        { tagStatus: 'ANY', maxImageCount: 1 },
        { rulePriority: 10, tagPrefixList: ['b'], maxImageCount: 2 },
        { tagPrefixList: ['c'], maxImageCount: 3 },
        { rulePriority: 3, tagPrefixList: ['a'], maxImageCount: 4 },
        { tagStatus: 'UNTAGGED', maxImageAgeDays: 1 },
      ),
    ),
  },

  // Keys, aliases, escape hatches, removal policies.
  {
    name: 'created key with alias, description and rotation',
    design: stack({ id: 'Repo', encryption: 'KMS', encryptionKey: { create: true, alias: 'ecr/app', description: 'Key for app images', enableKeyRotation: true } }),
  },
  { name: 'created key with full alias', design: stack({ id: 'Repo', encryptionKey: { create: true, alias: 'alias/ecr-app' } }) },
  { name: 'KMS_DSSE without a key', design: stack({ id: 'Repo', encryption: 'KMS_DSSE' }) },
  { name: 'KMS_DSSE with a created key', design: stack({ id: 'Repo', encryption: 'KMS_DSSE', encryptionKey: { create: true, alias: 'dsse' } }) },
  {
    name: 'KMS_DSSE with a key ARN',
    design: stack({ id: 'Repo', encryption: 'KMS_DSSE', encryptionKeyArn: 'arn:aws:kms:eu-west-1:111122223333:key/abcd' }),
  },
  { name: 'removal policy RETAIN explicit', design: stack({ id: 'Repo', removalPolicy: 'RETAIN' }) },
  { name: 'removal policy RETAIN_ON_UPDATE_OR_DELETE', design: stack({ id: 'Repo', removalPolicy: 'RETAIN_ON_UPDATE_OR_DELETE' }) },
  { name: 'removal policy SNAPSHOT', design: stack({ id: 'Repo', removalPolicy: 'SNAPSHOT' }), cdkError: 'SnapshotRemovalNotSupported' },
  { name: 'mutability MUTABLE explicit', design: stack({ id: 'Repo', imageTagMutability: 'MUTABLE' }) },
  { name: 'lifecycle registry id without rules', design: stack({ id: 'Repo', lifecycleRegistryId: '111122223333' }) },

  // Names.
  { name: 'name with leading digit', design: stack({ id: 'Repo', repositoryName: '1repo' }) },
  { name: 'name with path and separators', design: stack({ id: 'Repo', repositoryName: 'a/b/c.d_e-f' }) },
  { name: 'name of 256 characters', design: stack({ id: 'Repo', repositoryName: 'a'.repeat(256) }) },
  { name: 'invalid name: one character', design: stack({ id: 'Repo', repositoryName: 'a' }), cdkError: 'InvalidRepositoryName' },
  { name: 'invalid name: uppercase (both messages)', design: stack({ id: 'Repo', repositoryName: 'A' }), cdkError: 'InvalidRepositoryName' },
  { name: 'invalid name: double dash', design: stack({ id: 'Repo', repositoryName: 'a--b' }), cdkError: 'InvalidRepositoryName' },
  { name: 'invalid name: trailing slash', design: stack({ id: 'Repo', repositoryName: 'ab/' }), cdkError: 'InvalidRepositoryName' },
  { name: 'empty name: CDK passes, CloudFormation rejects', design: stack({ id: 'Repo', repositoryName: '' }), deployErrors: ['RepositoryNameEmpty'] },
  { name: 'invalid stack name', design: { version: 1, stackName: 'my_stack', repositories: [{ id: 'Repo' }] }, cdkError: 'StackNameInvalidFormat' },
  { name: 'duplicate construct id', design: stack({ id: 'Repo' }, { id: 'Repo' }), cdkError: 'DuplicateConstructId' },
  {
    name: 'key construct id clashes with a repository',
    design: stack({ id: 'Repo', encryptionKey: { create: true } }, { id: 'RepoKey' }),
    cdkError: 'DuplicateConstructId',
  },

  // Tag mutability and filters.
  { name: 'filters without a *_WITH_EXCLUSION mutability', design: stack({ id: 'Repo', imageTagMutabilityExclusionFilters: ['dev-*'] }), cdkError: 'ImageTagMutabilityRequiresExclusionFilters' },
  {
    name: 'filters with IMMUTABLE',
    design: stack({ id: 'Repo', imageTagMutability: 'IMMUTABLE', imageTagMutabilityExclusionFilters: ['dev-*'] }),
    cdkError: 'ImageTagMutabilityRequiresExclusionFilters',
  },
  {
    name: 'empty filter list',
    design: stack({ id: 'Repo', imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: [] }),
    cdkError: 'ExclusionFiltersCountOutOfRange',
  },
  {
    name: 'six filters',
    design: stack({ id: 'Repo', imageTagMutability: 'MUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: ['a', 'b', 'c', 'd', 'e', 'f'] }),
    cdkError: 'ExclusionFiltersCountOutOfRange',
  },
  { name: 'exclusion mutability without filters', design: stack({ id: 'Repo', imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION' }), cdkError: 'ExclusionFiltersRequiredForMutabilityWithExclusion' },
  {
    name: 'empty filter pattern',
    design: stack({ id: 'Repo', imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: [''] }),
    cdkError: 'FilterPatternCannotBeEmpty',
  },
  {
    name: 'filter pattern of 129 characters',
    design: stack({ id: 'Repo', imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: ['a'.repeat(129)] }),
    cdkError: 'FilterPatternExceedsMaxLength',
  },
  {
    name: 'filter pattern of 128 characters',
    design: stack({ id: 'Repo', imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: ['a'.repeat(127) + '*'] }),
  },
  {
    name: 'filter pattern with a slash',
    design: stack({ id: 'Repo', imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: ['feature/*'] }),
    cdkError: 'FilterPatternContainsInvalidCharacters',
  },

  // Encryption errors.
  {
    name: 'AES256 with a key ARN',
    design: stack({ id: 'Repo', encryption: 'AES_256', encryptionKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k1' }),
    cdkError: 'EncryptionKeyRequiresKmsEncryption',
  },
  { name: 'AES256 with a created key', design: stack({ id: 'Repo', encryption: 'AES_256', encryptionKey: { create: true } }), cdkError: 'EncryptionKeyRequiresKmsEncryption' },
  { name: 'key ARN that is not an ARN', design: stack({ id: 'Repo', encryptionKeyArn: 'my-key' }), cdkError: 'ArnsMustStartWithArn' },
  { name: 'key ARN without a key id', design: stack({ id: 'Repo', encryptionKeyArn: 'arn:aws:kms:us-east-1:111122223333:key' }), cdkError: 'MustBeFormatArnPartitionKmsRegionAccountKeyKeyid' },
  { name: 'alias in the aws/ namespace', design: stack({ id: 'Repo', encryptionKey: { create: true, alias: 'alias/aws/ecr' } }), cdkError: 'AliasCannotStart' },
  { name: 'alias with a space', design: stack({ id: 'Repo', encryptionKey: { create: true, alias: 'my alias' } }), cdkError: 'AliasNameCharacters' },
  { name: 'alias prefix only', design: stack({ id: 'Repo', encryptionKey: { create: true, alias: 'alias/' } }), cdkError: 'AliasIncludeValueAfter' },
  { name: 'emptyOnDelete without DESTROY', design: stack({ id: 'Repo', emptyOnDelete: true }), cdkError: 'EmptyOnDeleteRequiresDestroyRemovalPolicy' },
  { name: 'emptyOnDelete with RETAIN', design: stack({ id: 'Repo', emptyOnDelete: true, removalPolicy: 'RETAIN' }), cdkError: 'EmptyOnDeleteRequiresDestroyRemovalPolicy' },

  // Lifecycle rule errors.
  { name: 'TAGGED without lists', design: stack(rules({ tagStatus: 'TAGGED', maxImageCount: 1 })), cdkError: 'TaggedStatusRequiresTagPrefixOrPatternList' },
  { name: 'TAGGED with empty lists', design: stack(rules({ tagPrefixList: [], maxImageCount: 1 })), cdkError: 'TaggedStatusRequiresTagPrefixOrPatternList' },
  { name: 'UNTAGGED with a prefix list', design: stack(rules({ tagStatus: 'UNTAGGED', tagPrefixList: ['x'], maxImageCount: 1 })), cdkError: 'TagPrefixAndPatternListOnlyForTaggedStatus' },
  { name: 'ANY with an empty pattern list', design: stack(rules({ tagStatus: 'ANY', tagPatternList: [], maxImageCount: 1 })), cdkError: 'TagPrefixAndPatternListOnlyForTaggedStatus' },
  { name: 'both tag lists', design: stack(rules({ tagPrefixList: ['a'], tagPatternList: ['b*'], maxImageCount: 1 })), cdkError: 'CannotSpecifyBothTagPrefixAndPatternList' },
  { name: 'five wildcards', design: stack(rules({ tagPatternList: ['ok*', 'a*b*c*d*e*'], maxImageCount: 1 })), cdkError: 'TagPatternExceedsWildcardLimit' },
  { name: 'four wildcards', design: stack(rules({ tagPatternList: ['*test*1*2*3', 'test*1*2*3*'], maxImageCount: 1 })) },
  { name: 'neither count nor age', design: stack(rules({ description: 'x' })), cdkError: 'LifecycleRuleMustContainExactlyOneAgeOrCountProperty' },
  {
    name: 'both count and age, every field',
    design: stack(rules({ rulePriority: 2, description: ODD, tagStatus: 'TAGGED', tagPatternList: ['v*'], maxImageCount: 3, maxImageAgeDays: 4 })),
    cdkError: 'LifecycleRuleMustContainExactlyOneAgeOrCountProperty',
  },
  { name: 'two ANY rules', design: stack(rules({ maxImageCount: 1 }, { tagStatus: 'ANY', maxImageAgeDays: 3 })), cdkError: 'LifecycleCanOnlyHaveOneAnyTagStatusRule' },
  {
    name: 'prioritized ANY with automatic rules',
    design: stack(rules({ rulePriority: 5, maxImageCount: 1 }, { tagStatus: 'UNTAGGED', maxImageAgeDays: 1 })),
    cdkError: 'CannotCombinePrioritizedAnyRuleWithUnprioritizedRules',
  },
  {
    name: 'ANY priority below another',
    design: stack(rules({ rulePriority: 2, maxImageCount: 1 }, { rulePriority: 7, tagStatus: 'UNTAGGED', maxImageAgeDays: 1 })),
    cdkError: 'AnyTagStatusRuleMustHaveHighestPriority',
  },
  { name: 'ANY priority tied with another (CDK passes, ECR rejects)', design: stack(rules({ rulePriority: 3, tagStatus: 'UNTAGGED', maxImageAgeDays: 1 }, { rulePriority: 3, maxImageCount: 5 })), deployErrors: ['DuplicateRulePriority'] },
  { name: 'fractional age', design: stack(rules({ maxImageAgeDays: 1.5 })), cdkError: 'MustBeWholeNumber' },
  { name: 'negative age', design: stack(rules({ maxImageAgeDays: -1 })), cdkError: 'DurationAmountsCannotNegative' },

  // What CDK lets through and ECR rejects.
  { name: 'duplicate explicit priorities', design: stack(rules({ rulePriority: 1, tagPrefixList: ['a'], maxImageCount: 1 }, { rulePriority: 1, tagPrefixList: ['b'], maxImageCount: 1 })), deployErrors: ['DuplicateRulePriority'] },
  { name: 'zero count', design: stack(rules({ maxImageCount: 0 })), deployErrors: ['InvalidMaxImageCount'] },
  { name: 'zero age', design: stack(rules({ maxImageAgeDays: 0 })), deployErrors: ['InvalidMaxImageAge'] },
  { name: 'priority zero', design: stack(rules({ rulePriority: 0, tagPrefixList: ['a'], maxImageCount: 1 })), deployErrors: ['InvalidRulePriority'] },
  { name: 'two untagged rules', design: stack(rules({ tagStatus: 'UNTAGGED', maxImageCount: 1 }, { tagStatus: 'UNTAGGED', maxImageAgeDays: 9 })), deployErrors: ['MultipleUntaggedRules'] },
  { name: 'registry id of 11 digits', design: stack({ id: 'Repo', lifecycleRegistryId: '12345678901', lifecycleRules: [{ maxImageCount: 1 }] }), deployErrors: ['InvalidRegistryId'] },
  {
    name: 'fifty-one tags',
    design: stack({ id: 'Repo', tags: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, `v${i}`])) }),
    deployErrors: ['TooManyTags'],
  },

  // Priority orderings.
  { name: 'automatic priorities only', design: stack(rules({ tagPrefixList: ['a'], maxImageCount: 1 }, { tagStatus: 'UNTAGGED', maxImageAgeDays: 2 }, { maxImageCount: 30 })) },
  { name: 'mixed explicit and automatic', design: stack(rules({ tagPrefixList: ['a'], maxImageCount: 1 }, { rulePriority: 20, tagPatternList: ['b*'], maxImageCount: 2 }, { maxImageAgeDays: 30 })) },
  { name: 'explicit ANY last, all explicit', design: stack(rules({ rulePriority: 9, tagStatus: 'ANY', maxImageCount: 50 }, { rulePriority: 4, tagPrefixList: ['x'], maxImageCount: 5 })) },
  { name: 'large priorities', design: stack(rules({ rulePriority: 1000000, tagPrefixList: ['a'], maxImageCount: 1 }, { maxImageCount: 2 })) },

  // Odd strings that must survive every output.
  {
    name: 'odd strings in descriptions and tags',
    design: {
      version: 1,
      stackName: 'Odd-Stack',
      description: ODD,
      repositories: [
        {
          id: 'Odd_Repo-1',
          lifecycleRules: [{ description: ODD, tagPatternList: ['v*'], maxImageCount: 3 }, { description: "'; DROP TABLE --", maxImageAgeDays: 10 }],
          tags: { 'cost center': ODD, Team: 'a', team: 'b', _x: 'c', '1': 'd', 'é': 'e', Z: 'z' },
        },
      ],
    },
  },
  { name: 'unicode key alias and description', design: stack({ id: 'Repo', encryptionKey: { create: true, alias: 'ecr/a_b-c:d', description: 'Schlüssel für Bilder 🔑\n"x"' } }) },

  // Several repositories.
  {
    name: 'three repositories',
    design: stack(
      { id: 'Api', repositoryName: 'shop/api', imageScanOnPush: true, lifecycleRules: [{ tagStatus: 'UNTAGGED', maxImageAgeDays: 1 }] },
      { id: 'Web', repositoryName: 'shop/web', encryptionKey: { create: true, alias: 'shop/web' }, tags: { app: 'web' } },
      { id: 'Worker', repositoryName: 'shop/worker', imageTagMutability: 'IMMUTABLE', removalPolicy: 'DESTROY', emptyOnDelete: true },
    ),
  },
  {
    name: 'stack description',
    design: { version: 1, stackName: 'Described', description: 'ECR repositories for the shop', repositories: [{ id: 'Repo' }] },
  },

  // Archive storage (ECR options the L2 cannot express: the CDK code sets the policy on the CfnRepository).
  // The first three are the archive examples of lifecycle_policy_examples.html.
  {
    name: 'archive: images not pulled in 90 days (AWS example)',
    design: stack(rules({ description: 'Archive images not pulled in 90 days', tagStatus: 'ANY', maxDaysSinceLastPull: 90, action: 'TRANSITION' })),
  },
  {
    name: 'archive: archive after 30 days, expire 365 days after archiving (AWS example)',
    design: stack(
      rules(
        { description: 'Archive images older than 30 days', maxImageAgeDays: 30, action: 'TRANSITION' },
        { description: 'Expire images archived for more than 365 days', storageClass: 'ARCHIVE', maxDaysSinceArchived: 365 },
      ),
    ),
  },
  {
    name: 'archive: prod images older than 30 days (AWS example)',
    design: stack(rules({ description: 'Archive production images older than 30 days', tagPatternList: ['prod*'], maxImageAgeDays: 30, action: 'TRANSITION' })),
  },
  {
    name: 'archive: with both escape hatches, registry id, tags and explicit priorities',
    design: stack({
      id: 'Repo',
      repositoryName: 'team/app',
      encryption: 'KMS_DSSE',
      encryptionKey: { create: true, alias: 'ecr/app' },
      lifecycleRegistryId: '123456789012',
      lifecycleRules: [
        { rulePriority: 5, description: ODD, tagPrefixList: ['release', 'v'], maxImageCount: 9999 },
        { rulePriority: 2, tagStatus: 'UNTAGGED', maxImageAgeDays: 7, action: 'EXPIRE' },
        { tagPatternList: ['sha-*', '*-rc*'], maxDaysSinceLastPull: 30, action: 'TRANSITION' },
        { tagStatus: 'UNTAGGED', storageClass: 'ARCHIVE', maxDaysSinceArchived: 90 },
        { tagStatus: 'ANY', storageClass: 'STANDARD', maxImageCount: 500, action: 'TRANSITION' },
      ],
      tags: { team: 'platform' },
    }),
  },
  {
    name: 'archive: explicit EXPIRE only stays on the L2',
    design: stack(rules({ tagPrefixList: ['prod'], maxImageCount: 10, action: 'EXPIRE' }, { maxImageAgeDays: 30, action: 'EXPIRE' })),
  },
  {
    name: 'archive: last pull with expire',
    design: stack(rules({ maxDaysSinceLastPull: 90 })),
    deployErrors: ['LastPullRequiresTransition'],
  },
  {
    name: 'archive: expire after 30 days in archive',
    design: stack(rules({ storageClass: 'ARCHIVE', maxDaysSinceArchived: 30 })),
    deployErrors: ['ArchiveMinimumStorageDuration'],
  },
  {
    name: 'archive: since archived without storage class, transition from archive',
    design: stack(rules({ maxDaysSinceArchived: 120, action: 'TRANSITION' }, { tagStatus: 'UNTAGGED', storageClass: 'ARCHIVE', maxImageCount: 3 })),
    deployErrors: ['ArchivedRequiresExpire', 'ArchivedRequiresArchiveStorageClass', 'ArchiveStorageClassRequiresSinceArchived'],
  },
  {
    // CDK would refuse these rules, but it never sees them: ECR rejects them at deploy time.
    name: 'archive: mistakes CDK would catch go to ECR',
    design: stack(
      rules(
        { tagStatus: 'TAGGED', maxDaysSinceLastPull: 10, action: 'TRANSITION' },
        { tagStatus: 'UNTAGGED', tagPrefixList: ['x'], maxImageAgeDays: 1.5, action: 'TRANSITION' },
        { tagPrefixList: ['a'], tagPatternList: ['a*b*c*d*e*f'], maxImageCount: 1, maxImageAgeDays: 2, action: 'TRANSITION' },
        { tagStatus: 'ANY', maxImageCount: 3 },
        { tagStatus: 'ANY', maxImageAgeDays: -1, action: 'TRANSITION' },
      ),
    ),
    deployErrors: [
      'TaggedRuleRequiresTagList',
      'TagListOnlyForTaggedRule',
      'InvalidMaxImageAge',
      'BothTagLists',
      'TooManyWildcards',
      'RuleNeedsOneCount',
      'InvalidMaxImageAge',
      'AnyRuleMustHaveHighestPriority',
    ],
  },
  {
    name: 'archive: prioritized ANY with automatic rules is no CDK error in the escape hatch',
    design: stack(rules({ rulePriority: 9, tagStatus: 'ANY', maxDaysSinceLastPull: 60, action: 'TRANSITION' }, { tagPrefixList: ['a'], maxImageCount: 1 })),
  },
  {
    name: 'archive: one untagged rule per storage class, a second standard one is refused',
    design: stack(
      rules(
        { tagStatus: 'UNTAGGED', maxDaysSinceLastPull: 14, action: 'TRANSITION' },
        { tagStatus: 'UNTAGGED', storageClass: 'ARCHIVE', maxDaysSinceArchived: 90 },
        { tagStatus: 'UNTAGGED', maxImageCount: 5 },
      ),
    ),
    deployErrors: ['MultipleUntaggedRules'],
  },
  {
    name: 'archive: token-like description fails when CDK resolves the policy text',
    design: stack(rules({ tagPrefixList: ['a'], maxImageCount: 1 }, { description: 'x ${Token[X.1]}', maxDaysSinceLastPull: 30, action: 'TRANSITION' })),
    cdkError: 'UnrecognizedTokenKey',
  },
];

// Access and events (principals, grants, policy statements, topics, imports, event rules).
corpus.push(...accessCorpus);
