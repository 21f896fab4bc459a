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

/** A principal a role trusts (`assumedBy`). */
export const assumedBy = t.taggedUnion(
  'type',
  {
    ServicePrincipal: t.object(
      {
        type: t.literal('ServicePrincipal', { description: 'new iam.ServicePrincipal(service).' }),
        service: t.string({ description: 'The service, e.g. codebuild.amazonaws.com (a bare name such as codebuild gets .amazonaws.com).' }),
      },
      { title: 'AssumedByService' },
    ),
    AccountPrincipal: t.object(
      {
        type: t.literal('AccountPrincipal', { description: 'new iam.AccountPrincipal(accountId).' }),
        accountId: t.string({ description: 'The 12-digit AWS account id whose principals may assume the role.' }),
      },
      { title: 'AssumedByAccount' },
    ),
  },
  { title: 'AssumedBy', description: 'Who may assume the role (RoleProps.assumedBy).' },
);

const principalId = t.string({
  description: 'Id other parts of the design refer to; for a user or role also its construct id in the stack (drives the logical ID).',
  examples: ['CiRole'],
});

/**
 * A principal grants and policy statements refer to: an IAM user or role created in the stack, or
 * an external principal (a plain value in the CDK code, not a construct).
 */
export const principal = t.taggedUnion(
  'type',
  {
    User: t.object(
      {
        id: principalId,
        type: t.literal('User', { description: 'An IAM user created in the stack (new iam.User).' }),
        userName: t.optional(t.string({ description: 'Physical user name. Not set: CloudFormation generates one.' })),
      },
      { title: 'UserPrincipal' },
    ),
    Role: t.object(
      {
        id: principalId,
        type: t.literal('Role', { description: 'An IAM role created in the stack (new iam.Role).' }),
        assumedBy,
        roleName: t.optional(t.string({ description: 'Physical role name. Not set: CloudFormation generates one.' })),
        description: t.optional(t.string({ description: 'Description of the role (an empty one is left out, as CDK does).' })),
      },
      { title: 'RolePrincipal' },
    ),
    AccountPrincipal: t.object(
      {
        id: principalId,
        type: t.literal('AccountPrincipal', { description: 'Every principal of an AWS account (new iam.AccountPrincipal).' }),
        accountId: t.string({ description: 'The 12-digit AWS account id.' }),
      },
      { title: 'AccountPrincipal' },
    ),
    ArnPrincipal: t.object(
      {
        id: principalId,
        type: t.literal('ArnPrincipal', { description: 'An existing IAM role or user, by ARN (new iam.ArnPrincipal).' }),
        arn: t.string({ description: 'ARN of the role or user, e.g. arn:aws:iam::111122223333:role/ci.' }),
      },
      { title: 'ArnPrincipal' },
    ),
    ServicePrincipal: t.object(
      {
        id: principalId,
        type: t.literal('ServicePrincipal', { description: 'An AWS service (new iam.ServicePrincipal).' }),
        service: t.string({ description: 'The service, e.g. codebuild.amazonaws.com.' }),
      },
      { title: 'ServicePrincipal' },
    ),
    OrganizationPrincipal: t.object(
      {
        id: principalId,
        type: t.literal('OrganizationPrincipal', { description: 'Every principal of an AWS Organization (new iam.OrganizationPrincipal).' }),
        organizationId: t.string({ description: 'The organization id, o- followed by 10 to 32 lowercase letters or digits.' }),
      },
      { title: 'OrganizationPrincipal' },
    ),
    AnyPrincipal: t.object(
      {
        id: principalId,
        type: t.literal('AnyPrincipal', { description: 'Anyone, "*" (new iam.AnyPrincipal).' }),
      },
      { title: 'AnyPrincipal' },
    ),
  },
  { title: 'Principal', description: 'A principal of the stack: a user or role it creates, or an external principal.' },
);

export const topic = t.object(
  {
    id: t.string({ description: 'Construct id of the topic in the stack (drives the logical ID).', examples: ['Alerts'] }),
    topicName: t.optional(t.string({ description: 'Physical topic name. Not set: CloudFormation generates one.' })),
    displayName: t.optional(t.string({ description: 'Display name (at most 100 characters), used as the sender of SMS and email.' })),
    emailSubscriptions: t.optional(
      t.array(t.string(), { description: 'Email addresses subscribed to the topic (subscriptions.EmailSubscription); each must confirm.' }),
    ),
  },
  { title: 'Topic', description: 'An SNS topic created in the stack (new sns.Topic), usable as an event rule target.' },
);

const importId = t.string({ description: 'Construct id of the imported resource in the stack.', examples: ['OpsTopic'] });

/** An existing resource, imported by ARN (no resource is created for it). */
export const importedResource = t.taggedUnion(
  'type',
  {
    Topic: t.object(
      {
        id: importId,
        type: t.literal('Topic', { description: 'An existing SNS topic (sns.Topic.fromTopicArn).' }),
        topicArn: t.string({ description: 'ARN of the topic, e.g. arn:aws:sns:us-east-1:111122223333:ops.' }),
      },
      { title: 'ImportedTopic' },
    ),
    Queue: t.object(
      {
        id: importId,
        type: t.literal('Queue', { description: 'An existing SQS queue (sqs.Queue.fromQueueArn).' }),
        queueArn: t.string({ description: 'ARN of the queue, e.g. arn:aws:sqs:us-east-1:111122223333:scans.' }),
      },
      { title: 'ImportedQueue' },
    ),
    Function: t.object(
      {
        id: importId,
        type: t.literal('Function', { description: 'An existing Lambda function (lambda.Function.fromFunctionArn).' }),
        functionArn: t.string({ description: 'ARN of the function, e.g. arn:aws:lambda:us-east-1:111122223333:function:notify.' }),
        sameEnvironment: t.optional(
          t.boolean({
            description:
              'The function is in the stack\'s account and region (lambda.Function.fromFunctionAttributes): CDK then adds the permission for EventBridge to invoke it. Not set: CDK adds no permission.',
          }),
        ),
      },
      { title: 'ImportedFunction' },
    ),
  },
  { title: 'ImportedResource', description: 'An existing SNS topic, SQS queue or Lambda function, by ARN.' },
);

export const grant = t.object(
  {
    method: t.enumOf(
      {
        grantPull: 'Pull images: BatchCheckLayerAvailability, GetDownloadUrlForLayer, BatchGetImage (and GetAuthorizationToken for a user or role of the stack).',
        grantPush: 'Push images: CompleteLayerUpload, UploadLayerPart, InitiateLayerUpload, BatchCheckLayerAvailability, PutImage (and GetAuthorizationToken for a user or role of the stack).',
        grantPullPush: 'Pull and push images (and GetAuthorizationToken for a user or role of the stack).',
        grantRead: 'Read repository metadata: DescribeRepositories, DescribeImages.',
      },
      { description: 'The Repository grant method.' },
    ),
    grantee: t.string({ description: 'Id of the principal (principals[].id).' }),
  },
  { title: 'Grant', description: 'repository.<method>(grantee): a user or role of the stack gets an identity policy, any other principal a repository policy statement.' },
);

export const policyStatement = t.object(
  {
    sid: t.optional(t.string({ description: 'Statement id (unique within the repository policy).' })),
    effect: t.optional(t.enumOf({ ALLOW: 'Allow the actions (default).', DENY: 'Deny the actions.' }, { description: 'iam.Effect. Not set: ALLOW.' })),
    actions: t.optional(t.array(t.string(), { description: 'Actions, e.g. ecr:BatchGetImage (see ecrActions); wildcards allowed.' })),
    principals: t.optional(t.array(t.string(), { description: 'Ids of the principals (principals[].id) the statement applies to.' })),
    resources: t.optional(
      t.array(t.string(), { description: 'Resource ARNs. A repository policy must not have any: CDK warns and ECR rejects the policy.' }),
    ),
    conditions: t.optional(
      t.record(t.record(t.anyJson()), {
        description: 'Conditions: operator to { condition key: value }, e.g. { "StringEquals": { "aws:PrincipalOrgID": "o-..." } }.',
      }),
    ),
  },
  { title: 'PolicyStatement', description: 'A statement added with repository.addToResourcePolicy(new iam.PolicyStatement({...})).' },
);

export const eventPattern = t.object(
  {
    version: t.optional(t.array(t.string())),
    id: t.optional(t.array(t.string())),
    detailType: t.optional(t.array(t.string(), { description: 'Matches detail-type.' })),
    source: t.optional(t.array(t.string())),
    account: t.optional(t.array(t.string())),
    time: t.optional(t.array(t.string())),
    region: t.optional(t.array(t.string())),
    resources: t.optional(t.array(t.string())),
    detail: t.optional(t.listTree({ description: 'Matches the event detail: field names to lists of values (EventBridge content filters allowed) or to nested objects of fields.' })),
  },
  {
    title: 'EventPattern',
    description: 'events.EventPattern, merged with the pattern the method adds (the repository name and the event kind).',
  },
);

export const eventTarget = t.taggedUnion(
  'type',
  {
    SnsTopic: t.object(
      {
        type: t.literal('SnsTopic', { description: 'new targets.SnsTopic(topic).' }),
        topic: t.string({ description: 'Id of a topic of the stack (topics[].id) or of an imported topic (imports[].id).' }),
      },
      { title: 'SnsTopicTarget' },
    ),
    SqsQueue: t.object(
      {
        type: t.literal('SqsQueue', { description: 'new targets.SqsQueue(queue).' }),
        queue: t.string({ description: 'Id of an imported queue (imports[].id).' }),
      },
      { title: 'SqsQueueTarget' },
    ),
    LambdaFunction: t.object(
      {
        type: t.literal('LambdaFunction', { description: 'new targets.LambdaFunction(handler).' }),
        handler: t.string({ description: 'Id of an imported function (imports[].id).' }),
      },
      { title: 'LambdaFunctionTarget' },
    ),
  },
  { title: 'EventTarget', description: 'Where a rule sends matching events.' },
);

const ruleFields = {
  id: t.string({ description: 'Construct id of the rule, below the repository (drives the logical ID).', examples: ['ScanCompleted'] }),
  ruleName: t.optional(t.string({ description: 'Physical rule name (1 to 64 of A-Z a-z 0-9 . - _). Not set: CloudFormation generates one.' })),
  description: t.optional(t.string({ description: 'Description of the rule.' })),
  enabled: t.optional(t.boolean({ description: 'Whether the rule is enabled. Not set: enabled.' })),
  eventPattern: t.optional(eventPattern),
  targets: t.optional(t.array(eventTarget, { description: 'Targets (at most 5), in order (Target0, Target1, ...).' })),
};

export const eventRule = t.taggedUnion(
  'method',
  {
    onImageScanCompleted: t.object(
      {
        method: t.literal('onImageScanCompleted', { description: 'An image scan of the repository completed (detail-type ECR Image Scan).' }),
        ...ruleFields,
        imageTags: t.optional(t.array(t.string(), { description: 'Only scans of images with one of these tags.' })),
      },
      { title: 'OnImageScanCompleted' },
    ),
    onCloudTrailImagePushed: t.object(
      {
        method: t.literal('onCloudTrailImagePushed', { description: 'An image was pushed (PutImage, recorded by CloudTrail).' }),
        ...ruleFields,
        imageTag: t.optional(t.string({ description: 'Only pushes of this tag.' })),
      },
      { title: 'OnCloudTrailImagePushed' },
    ),
    onEvent: t.object(
      {
        method: t.literal('onEvent', { description: 'Any event of the repository (source aws.ecr), narrowed by eventPattern.' }),
        ...ruleFields,
      },
      { title: 'OnEvent' },
    ),
  },
  { title: 'EventRule', description: 'An EventBridge rule created with a repository event method (a child of the repository).' },
);

export const authorizationTokenGrant = t.object(
  {
    token: t.enumOf(
      {
        AuthorizationToken: 'ecr.AuthorizationToken.grantRead: ecr:GetAuthorizationToken (docker login to private registries).',
        PublicGalleryAuthorizationToken: 'ecr.PublicGalleryAuthorizationToken.grantRead: ecr-public:GetAuthorizationToken and sts:GetServiceBearerToken.',
      },
      { description: 'Which authorization token.' },
    ),
    grantee: t.string({ description: 'Id of a user or role of the stack (principals[].id); other principals get nothing.' }),
  },
  { title: 'AuthorizationTokenGrant', description: '<token>.grantRead(grantee), after the repositories.' },
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
    tags: t.optional(t.record(t.string(), { description: 'Resource tags (Tags.of(repository).add(key, value)); they also tag the repository\'s event rules.' })),
    grants: t.optional(t.array(grant, { description: 'Grants, in call order.' })),
    resourcePolicyStatements: t.optional(t.array(policyStatement, { description: 'Statements added to the repository policy, after the grants.' })),
    eventRules: t.optional(t.array(eventRule, { description: 'Event rules, after the grants and statements.' })),
  },
  { title: 'Repository', description: 'One ECR repository (CDK ecr.Repository).' },
);

export const design = t.object(
  {
    version: t.literal(DESIGN_FORMAT_VERSION, { description: 'Design format version.' }),
    stackName: t.string({ description: 'Name (and construct id) of the CloudFormation stack.', examples: ['EcrStack'] }),
    description: t.optional(t.string({ description: 'Stack description (template Description).' })),
    principals: t.optional(t.array(principal, { description: 'Users and roles created in the stack, and external principals, in construct order (before the repositories).' })),
    topics: t.optional(t.array(topic, { description: 'SNS topics created in the stack (after the principals).' })),
    imports: t.optional(t.array(importedResource, { description: 'Existing topics, queues and functions, by ARN (after the topics).' })),
    repositories: t.array(repository, { description: 'The repositories of the stack, in construct order.' }),
    authorizationTokenGrants: t.optional(
      t.array(authorizationTokenGrant, { description: 'AuthorizationToken / PublicGalleryAuthorizationToken grants, after the repositories.' }),
    ),
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
export type AssumedBy = t.Infer<typeof assumedBy>;
export type Principal = t.Infer<typeof principal>;
export type Topic = t.Infer<typeof topic>;
export type ImportedResource = t.Infer<typeof importedResource>;
export type Grant = t.Infer<typeof grant>;
export type GrantMethod = Grant['method'];
export type PolicyStatement = t.Infer<typeof policyStatement>;
export type EventPattern = t.Infer<typeof eventPattern>;
export type EventTarget = t.Infer<typeof eventTarget>;
export type EventRule = t.Infer<typeof eventRule>;
export type AuthorizationTokenGrant = t.Infer<typeof authorizationTokenGrant>;
export type JsonValue = t.JsonValue;

/** The JSON Schema of the design file (also shipped as schema/design.schema.json). */
export function designJsonSchema(): t.JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:ecr-designer:design:v1',
    ...design.json,
  };
}
