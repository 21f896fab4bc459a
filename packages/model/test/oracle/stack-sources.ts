// Hand-written CDK stack modules for the harness's own tests (ecr-spec.md §3a/§3b scenarios), in the shape the
// renderer generates: a `lib/<name>-stack.ts` module exporting a Stack subclass taking `(scope, id, props?)`.

/** A stack module named `EcrStack` whose constructor body is `body` (`this` is the stack). */
export function ecrStackSource(body: string): string {
  return `import { Annotations, Duration, RemovalPolicy, Stack, StackProps } from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

export class EcrStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
${body
  .split('\n')
  .map((line) => (line === '' ? '' : `    ${line}`))
  .join('\n')}
  }
}
`;
}

/** ecr-spec.md §3a: `new ecr.Repository(stack, 'Repo')`. */
export const SPEC_3A_DEFAULT = `new ecr.Repository(this, 'Repo');`;

/** ecr-spec.md §3b [SYNTH B-AllOptions]: all options + 3 lifecycle rules. */
export const SPEC_3B_ALL_OPTIONS = `new ecr.Repository(this, 'Repo', {
  repositoryName: 'team-a/my-app', imageScanOnPush: true,
  imageTagMutability: ecr.TagMutability.IMMUTABLE_WITH_EXCLUSION,
  imageTagMutabilityExclusionFilters: [ecr.ImageTagMutabilityExclusionFilter.wildcard('dev-*'), ecr.ImageTagMutabilityExclusionFilter.wildcard('test-*')],
  encryption: ecr.RepositoryEncryption.KMS, lifecycleRegistryId: '123456789012',
  removalPolicy: RemovalPolicy.DESTROY, emptyOnDelete: true,
  lifecycleRules: [
    { description: 'Keep 10 prod', tagPrefixList: ['prod', 'release'], maxImageCount: 10 },
    { rulePriority: 5, description: 'Expire untagged after 14 days', tagStatus: ecr.TagStatus.UNTAGGED, maxImageAge: Duration.days(14) },
    { maxImageCount: 100 },
  ],
});`;

/** ecr-spec.md §3b Variant B2 [SYNTH B2-KmsKey]: customer key, scanOnPush false, IMMUTABLE, prioritized ANY rule. */
export const SPEC_3B2_KMS_KEY = `new ecr.Repository(this, 'Repo', {
  encryptionKey: new kms.Key(this, 'Key'),
  imageScanOnPush: false,
  imageTagMutability: ecr.TagMutability.IMMUTABLE,
  lifecycleRules: [
    { rulePriority: 1, tagPatternList: ['v*.*', '*-rc*'], maxImageAge: Duration.days(30) },
    { rulePriority: 2, tagStatus: ecr.TagStatus.ANY, maxImageCount: 3 },
  ],
});`;
