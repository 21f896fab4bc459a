/**
 * The IAM actions of Amazon ECR (service prefix `ecr`), for completion in policy statements and
 * for the "not an ECR action" warning. `scope` tells whether the action acts on a repository
 * (meaningful in a repository policy) or on the registry or account as a whole (only meaningful in
 * an identity policy with Resource "*"). Source: the AWS Service Authorization Reference for
 * Amazon Elastic Container Registry (checked against the list shipped in November 2026).
 */

export type EcrActionAccess = 'Read' | 'List' | 'Write' | 'Permissions management' | 'Tagging';

export interface EcrAction {
  /** The action as a policy names it, e.g. `ecr:BatchGetImage`. */
  action: string;
  access: EcrActionAccess;
  scope: 'repository' | 'registry';
  /** What it allows, in one line. */
  summary: string;
}

function a(name: string, access: EcrActionAccess, scope: EcrAction['scope'], summary: string): EcrAction {
  return { action: `ecr:${name}`, access, scope, summary };
}

export const ecrActions: readonly EcrAction[] = [
  a('BatchCheckLayerAvailability', 'Read', 'repository', 'Check whether image layers exist (pull and push).'),
  a('BatchDeleteImage', 'Write', 'repository', 'Delete images.'),
  a('BatchGetImage', 'Read', 'repository', 'Get image manifests (pull).'),
  a('BatchGetRepositoryScanningConfiguration', 'Read', 'repository', 'Read the scanning configuration of repositories.'),
  a('BatchImportUpstreamImage', 'Write', 'repository', 'Import an image from an upstream registry (pull through cache).'),
  a('CompleteLayerUpload', 'Write', 'repository', 'Finish a layer upload (push).'),
  a('CreatePullThroughCacheRule', 'Write', 'registry', 'Create a pull through cache rule.'),
  a('CreateRepository', 'Write', 'repository', 'Create a repository.'),
  a('CreateRepositoryCreationTemplate', 'Write', 'registry', 'Create a repository creation template.'),
  a('DeleteLifecyclePolicy', 'Write', 'repository', 'Delete the lifecycle policy.'),
  a('DeletePullThroughCacheRule', 'Write', 'registry', 'Delete a pull through cache rule.'),
  a('DeleteRegistryPolicy', 'Permissions management', 'registry', 'Delete the registry policy.'),
  a('DeleteRepository', 'Write', 'repository', 'Delete the repository.'),
  a('DeleteRepositoryCreationTemplate', 'Write', 'registry', 'Delete a repository creation template.'),
  a('DeleteRepositoryPolicy', 'Permissions management', 'repository', 'Delete the repository policy.'),
  a('DeleteSigningConfiguration', 'Write', 'registry', 'Delete the signing configuration.'),
  a('DeregisterPullTimeUpdateExclusion', 'Write', 'registry', 'Remove a pull time update exclusion.'),
  a('DescribeImageReplicationStatus', 'Read', 'repository', 'Read the replication status of an image.'),
  a('DescribeImageScanFindings', 'Read', 'repository', 'Read image scan findings.'),
  a('DescribeImageSigningStatus', 'Read', 'repository', 'Read the signing status of an image.'),
  a('DescribeImages', 'List', 'repository', 'List image details.'),
  a('DescribePullThroughCacheRules', 'List', 'registry', 'List pull through cache rules.'),
  a('DescribeRegistry', 'Read', 'registry', 'Read registry settings.'),
  a('DescribeRepositories', 'Read', 'repository', 'Read repository details.'),
  a('DescribeRepositoryCreationTemplates', 'Read', 'registry', 'List repository creation templates.'),
  a('GetAccountSetting', 'Read', 'registry', 'Read an account setting.'),
  a('GetAuthorizationToken', 'Read', 'registry', 'Get a Docker login token (needs Resource "*" in an identity policy).'),
  a('GetDownloadUrlForLayer', 'Read', 'repository', 'Download image layers (pull).'),
  a('GetImageCopyStatus', 'Read', 'repository', 'Read the status of an image copy.'),
  a('GetLifecyclePolicy', 'Read', 'repository', 'Read the lifecycle policy.'),
  a('GetLifecyclePolicyPreview', 'Read', 'repository', 'Read a lifecycle policy preview.'),
  a('GetRegistryPolicy', 'Read', 'registry', 'Read the registry policy.'),
  a('GetRegistryScanningConfiguration', 'Read', 'registry', 'Read the registry scanning configuration.'),
  a('GetRepositoryPolicy', 'Read', 'repository', 'Read the repository policy.'),
  a('GetSigningConfiguration', 'Read', 'registry', 'Read the signing configuration.'),
  a('InitiateLayerUpload', 'Write', 'repository', 'Start a layer upload (push).'),
  a('ListImages', 'List', 'repository', 'List image ids.'),
  a('ListPullTimeUpdateExclusions', 'List', 'registry', 'List pull time update exclusions.'),
  a('ListTagsForResource', 'Read', 'repository', 'List the repository tags.'),
  a('PutAccountSetting', 'Write', 'registry', 'Change an account setting.'),
  a('PutImage', 'Write', 'repository', 'Create or update an image manifest and tag (push).'),
  a('PutImageScanningConfiguration', 'Write', 'repository', 'Change the repository scanning configuration.'),
  a('PutImageTagMutability', 'Write', 'repository', 'Change tag mutability.'),
  a('PutLifecyclePolicy', 'Write', 'repository', 'Set the lifecycle policy.'),
  a('PutRegistryPolicy', 'Permissions management', 'registry', 'Set the registry policy.'),
  a('PutRegistryScanningConfiguration', 'Write', 'registry', 'Change the registry scanning configuration.'),
  a('PutReplicationConfiguration', 'Write', 'registry', 'Change the replication configuration.'),
  a('PutSigningConfiguration', 'Write', 'registry', 'Change the signing configuration.'),
  a('RegisterPullTimeUpdateExclusion', 'Write', 'registry', 'Add a pull time update exclusion.'),
  a('ReplicateImage', 'Write', 'repository', 'Replicate images into the repository (cross-registry replication).'),
  a('SetRepositoryPolicy', 'Permissions management', 'repository', 'Set the repository policy.'),
  a('StartImageScan', 'Write', 'repository', 'Start an image scan.'),
  a('StartLifecyclePolicyPreview', 'Write', 'repository', 'Start a lifecycle policy preview.'),
  a('TagResource', 'Tagging', 'repository', 'Add tags to the repository.'),
  a('UntagResource', 'Tagging', 'repository', 'Remove tags from the repository.'),
  a('UpdateImageStorageClass', 'Write', 'repository', 'Move an image between storage classes (archive).'),
  a('UpdatePullThroughCacheRule', 'Write', 'registry', 'Change a pull through cache rule.'),
  a('UpdateRepositoryCreationTemplate', 'Write', 'registry', 'Change a repository creation template.'),
  a('UploadLayerPart', 'Write', 'repository', 'Upload part of a layer (push).'),
  a('ValidatePullThroughCacheRule', 'Read', 'registry', 'Check a pull through cache rule.'),
];

const byLowerName = new Map(ecrActions.map((x) => [x.action.toLowerCase(), x]));

/** The catalogue entry for an action (IAM action names are case-insensitive). */
export function findEcrAction(action: string): EcrAction | undefined {
  return byLowerName.get(action.toLowerCase());
}

/** Whether `pattern` (an action with `*` and `?` wildcards, case-insensitive) matches any ECR action. */
export function matchesEcrAction(pattern: string): boolean {
  if (pattern === '*') return true;
  const escaped = pattern.toLowerCase().replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  const re = new RegExp(`^${escaped}$`);
  return ecrActions.some((x) => re.test(x.action.toLowerCase()));
}

/** The actions completion offers for `prefix` (case-insensitive, by name or `ecr:` name). */
export function completeEcrAction(prefix: string): EcrAction[] {
  const p = prefix.toLowerCase();
  return ecrActions.filter((x) => x.action.toLowerCase().startsWith(p) || x.action.slice(4).toLowerCase().startsWith(p));
}

/** The actions each Repository grant method gives (repository.grantPull & co, aws-ecr 2.276.0). */
export const GRANT_ACTIONS = {
  grantPull: ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'],
  grantPush: ['ecr:CompleteLayerUpload', 'ecr:UploadLayerPart', 'ecr:InitiateLayerUpload', 'ecr:BatchCheckLayerAvailability', 'ecr:PutImage'],
  grantPullPush: [
    'ecr:BatchCheckLayerAvailability',
    'ecr:GetDownloadUrlForLayer',
    'ecr:BatchGetImage',
    'ecr:CompleteLayerUpload',
    'ecr:UploadLayerPart',
    'ecr:InitiateLayerUpload',
    'ecr:BatchCheckLayerAvailability',
    'ecr:PutImage',
  ],
  grantRead: ['ecr:DescribeRepositories', 'ecr:DescribeImages'],
} as const;
