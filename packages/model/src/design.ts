/**
 * The design file, format version 1: the schema, the TypeScript types and the JSON Schema all come
 * from the definitions below.
 *
 * Names mirror the CDK `RepositoryProps` / `LifecycleRule` names, and enum values are the CDK enum member
 * names, so a CDK user can read a design at sight. An absent property means "not set" (the CDK
 * default); `false` is not the same as absent, exactly as in CDK.
 */
import * as t from './schema/t.ts';

export const DESIGN_FORMAT_VERSION = 1 as const;

export const tagMutability = t.enumOf(
  {
    MUTABLE: 'Tags can be overwritten by a later push (ECR default).',
    IMMUTABLE: 'A tag, once pushed, can never point at another image.',
    IMMUTABLE_WITH_EXCLUSION: 'Tags are immutable, except those matching an exclusion filter.',
    MUTABLE_WITH_EXCLUSION: 'Tags are mutable, except those matching an exclusion filter.',
  },
  { description: 'ImageTagMutability. Not set: ECR default (MUTABLE), property omitted.' },
);

export const repositoryEncryption = t.enumOf(
  {
    AES_256: 'Amazon S3-managed keys (AES256), the ECR default; no property is emitted.',
    KMS: 'AWS KMS: the AWS managed key aws/ecr, or your own key.',
    KMS_DSSE: 'AWS KMS dual-layer server-side encryption (the CDK L2 cannot set it: emitted through the CfnRepository escape hatch).',
  },
  { description: 'RepositoryEncryption. Not set: KMS when a key is given, otherwise AES_256.' },
);

export const removalPolicy = t.enumOf(
  {
    RETAIN: 'Keep the repository when it leaves the stack (CDK default).',
    DESTROY: 'Delete the repository with the stack (fails if it holds images, unless emptyOnDelete).',
    RETAIN_ON_UPDATE_OR_DELETE: 'Delete it if creation fails, keep it on replacement or stack deletion.',
    SNAPSHOT: 'Not supported for ECR repositories: CDK (with the cdk init flags) and CloudFormation reject it.',
  },
  { description: 'RemovalPolicy, rendered as DeletionPolicy/UpdateReplacePolicy. Not set: RETAIN.' },
);

export const tagStatus = t.enumOf(
  {
    TAGGED: 'Images with at least one tag matching tagPrefixList or tagPatternList.',
    UNTAGGED: 'Images without any tag.',
    ANY: 'All images; only one such rule, evaluated last.',
  },
  { description: 'TagStatus. Not set: TAGGED if a tag list is given, otherwise ANY.' },
);

/*
 * ECR lifecycle options the CDK L2 (aws-cdk-lib 2.276) cannot express: archive storage. Names follow
 * the L2 proposal in aws-cdk PR #36897 (maxDaysSinceLastPull, maxDaysSinceArchived, action) where it
 * has one, ECR's policy keys otherwise. A rule using any of them makes the generated CDK code set the
 * whole lifecycle policy on the CfnRepository (escape hatch); see targets/cdk-ts.ts.
 */
export const lifecycleStorageClass = t.enumOf(
  {
    STANDARD: 'Images in standard storage (what ECR assumes when the key is absent).',
    ARCHIVE: 'Archived images; only with maxDaysSinceArchived.',
  },
  { description: 'selection.storageClass: the storage class of the images the rule selects. Not set: key omitted, ECR assumes standard.' },
);

export const lifecycleAction = t.enumOf(
  {
    EXPIRE: 'Delete the images (the only action the CDK L2 renders).',
    TRANSITION: 'Move the images to archive storage (targetStorageClass archive).',
  },
  { description: 'action.type. Not set: EXPIRE.' },
);

export const lifecycleRule = t.object(
  {
    rulePriority: t.optional(
      t.number({
        description:
          'Explicit priority (integer >= 1, unique). Not set: CDK assigns one after the highest explicit priority, in list order; the ANY rule comes last.',
      }),
    ),
    description: t.optional(t.string({ description: 'Describes the purpose of the rule.' })),
    tagStatus: t.optional(tagStatus),
    tagPrefixList: t.optional(
      t.array(t.string(), {
        description: 'Tag prefixes; an image is selected when every prefix matches one of its tags. Only with TAGGED.',
      }),
    ),
    tagPatternList: t.optional(
      t.array(t.string(), {
        description: 'Tag patterns with * wildcards (at most four each); every pattern must match one of the tags. Only with TAGGED.',
      }),
    ),
    maxImageCount: t.optional(
      t.number({ description: 'Keep this many images (newest first) and expire the rest. Exactly one of maxImageCount and maxImageAgeDays.' }),
    ),
    maxImageAgeDays: t.optional(
      t.number({ description: 'Expire images pushed more than this many days ago (Duration.days). Exactly one of maxImageCount and maxImageAgeDays.' }),
    ),
    maxDaysSinceLastPull: t.optional(
      t.number({
        description:
          'countType sinceImagePulled: act on images not pulled for more than this many days (never pulled: counted from the push). Only with action TRANSITION.',
      }),
    ),
    maxDaysSinceArchived: t.optional(
      t.number({
        description: 'countType sinceImageTransitioned: expire images archived more than this many days ago (at least 90). Only with storageClass ARCHIVE.',
      }),
    ),
    storageClass: t.optional(lifecycleStorageClass),
    action: t.optional(lifecycleAction),
  },
  { title: 'LifecycleRule', description: 'One lifecycle rule (CDK LifecycleRule). The order of the list is the order CDK adds the rules.' },
);

export const createdKey = t.object(
  {
    create: t.literal(true, { description: 'Create a new customer managed KMS key (kms.Key) in the stack.' }),
    alias: t.optional(t.string({ description: 'Alias for the key (alias/ is prepended when missing).' })),
    description: t.optional(t.string({ description: 'Description of the key.' })),
    enableKeyRotation: t.optional(t.boolean({ description: 'Rotate the key material every year.' })),
  },
  { title: 'CreatedKey', description: 'A KMS key created in the same stack, rendered as new kms.Key(...).' },
);

export const repository = t.object(
  {
    id: t.string({ description: 'Construct id of the repository in the stack (drives the CloudFormation logical ID).', examples: ['Repo'] }),
    repositoryName: t.optional(
      t.string({ description: 'Physical repository name, e.g. team/app. Not set: CloudFormation generates one.' }),
    ),
    imageScanOnPush: t.optional(
      t.boolean({ description: 'Scan images for vulnerabilities on push. Not set: property omitted (registry default). false is emitted.' }),
    ),
    imageTagMutability: t.optional(tagMutability),
    imageTagMutabilityExclusionFilters: t.optional(
      t.array(t.string(), {
        description: 'Wildcard filters (1 to 5) for tags exempt from the mutability setting; only with *_WITH_EXCLUSION.',
      }),
    ),
    encryption: t.optional(repositoryEncryption),
    encryptionKeyArn: t.optional(
      t.string({ description: 'ARN of an existing KMS key (kms.Key.fromKeyArn). Requires encryption KMS or KMS_DSSE.' }),
    ),
    encryptionKey: t.optional(createdKey),
    removalPolicy: t.optional(removalPolicy),
    emptyOnDelete: t.optional(
      t.boolean({ description: 'Delete all images when the repository is deleted; requires removalPolicy DESTROY.' }),
    ),
    lifecycleRegistryId: t.optional(
      t.string({ description: 'The 12-digit AWS account id of the registry the lifecycle policy applies to.' }),
    ),
    lifecycleRules: t.optional(t.array(lifecycleRule, { description: 'Ordered lifecycle rules.' })),
    tags: t.optional(t.record(t.string(), { description: 'Resource tags (Tags.of(repository).add(key, value)).' })),
  },
  { title: 'Repository', description: 'One ECR repository (CDK ecr.Repository).' },
);

export const design = t.object(
  {
    version: t.literal(DESIGN_FORMAT_VERSION, { description: 'Design format version.' }),
    stackName: t.string({ description: 'Name (and construct id) of the CloudFormation stack.', examples: ['EcrStack'] }),
    description: t.optional(t.string({ description: 'Stack description (template Description).' })),
    repositories: t.array(repository, { description: 'The repositories of the stack, in construct order.' }),
  },
  { title: 'ECR Designer design', description: 'An ECR Designer design file.' },
);

export type TagMutability = t.Infer<typeof tagMutability>;
export type RepositoryEncryption = t.Infer<typeof repositoryEncryption>;
export type RemovalPolicy = t.Infer<typeof removalPolicy>;
export type TagStatus = t.Infer<typeof tagStatus>;
export type LifecycleStorageClass = t.Infer<typeof lifecycleStorageClass>;
export type LifecycleAction = t.Infer<typeof lifecycleAction>;
export type LifecycleRule = t.Infer<typeof lifecycleRule>;
export type CreatedKey = t.Infer<typeof createdKey>;
export type Repository = t.Infer<typeof repository>;
export type Design = t.Infer<typeof design>;

/** The JSON Schema of the design file (also shipped as schema/design.schema.json). */
export function designJsonSchema(): t.JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:ecr-designer:design:v1',
    ...design.json,
  };
}
