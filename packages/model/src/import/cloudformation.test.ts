import { describe, expect, it } from 'vitest';
import { getTarget, makeLogicalId, type Design } from '../index.ts';
import { importText } from './index.ts';
import type { ImportProblem } from './problems.ts';

/** Problems as [code, path, resource] rows, for compact assertions. */
const rows = (problems: ImportProblem[], severity?: string) =>
  problems.filter((p) => severity === undefined || p.severity === severity).map((p) => [p.code, p.path, p.resource]);

const messageAt = (problems: ImportProblem[], path: string) => problems.find((p) => p.path === path)?.message;

const handWritten = `
AWSTemplateFormatVersion: '2010-09-09'
Description: Shop images
Parameters:
  Env:
    Type: String
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  ApiRepository:
    Type: AWS::ECR::Repository
    DeletionPolicy: Retain
    UpdateReplacePolicy: Retain
    Properties:
      RepositoryName: shop/api
      ImageScanningConfiguration: { ScanOnPush: "true" }
      ImageTagMutability: IMMUTABLE
      EncryptionConfiguration:
        EncryptionType: KMS
        KmsKey: !GetAtt ImagesKey.Arn
      LifecyclePolicy:
        LifecyclePolicyText: |
          {"rules": [
            {"rulePriority": 2, "description": "old", "selection": {"tagStatus": "any", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 30}, "action": {"type": "expire"}},
            {"rulePriority": 1, "selection": {"tagStatus": "tagged", "tagPrefixList": ["v"], "countType": "imageCountMoreThan", "countNumber": 10}, "action": {"type": "expire"}}
          ]}
      Tags:
        - Key: team
          Value: shop
        - Key: env
          Value: !Ref Env
  WebRepository:
    Type: AWS::ECR::Repository
    Condition: IsProd
    DependsOn: Bucket
    Properties:
      RepositoryName: !Sub '\${AWS::StackName}-web'
      EmptyOnDelete: true
      ImageTagMutability: IMMUTABLE_WITH_EXCLUSION
      ImageTagMutabilityExclusionFilters:
        - ImageTagMutabilityExclusionFilterType: WILDCARD
          ImageTagMutabilityExclusionFilterValue: latest
      RepositoryPolicyText:
        Version: '2012-10-17'
        Statement: []
      Colour: blue
  ImagesKey:
    Type: AWS::KMS::Key
    DeletionPolicy: Retain
    UpdateReplacePolicy: Retain
    Properties:
      Description: images
      EnableKeyRotation: true
      PendingWindowInDays: 7
  ImagesAlias:
    Type: AWS::KMS::Alias
    Properties:
      AliasName: alias/shop/images
      TargetKeyId: !Ref ImagesKey
Outputs:
  Uri:
    Value: !GetAtt ApiRepository.RepositoryUri
`;

describe('importing a hand-written CloudFormation template', () => {
  const result = importText(handWritten);

  it('turns every ECR repository into a repository, in template order, with its KMS key and alias', () => {
    expect(result.kind).toBe('cloudformation');
    expect(result.format).toBe('yaml');
    expect(result.design).toEqual({
      version: 1,
      stackName: 'EcrStack',
      description: 'Shop images',
      repositories: [
        {
          id: 'ApiRepository',
          repositoryName: 'shop/api',
          imageScanOnPush: true,
          imageTagMutability: 'IMMUTABLE',
          encryptionKey: { create: true, alias: 'alias/shop/images', description: 'images', enableKeyRotation: true },
          lifecycleRules: [
            { rulePriority: 2, description: 'old', maxImageAgeDays: 30 },
            { rulePriority: 1, tagPrefixList: ['v'], maxImageCount: 10 },
          ],
          tags: { team: 'shop' },
        },
        {
          id: 'WebRepository',
          imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
          imageTagMutabilityExclusionFilters: ['latest'],
          removalPolicy: 'DESTROY',
          emptyOnDelete: true,
        },
      ],
    } satisfies Design);
  });

  it('lists, per resource and property, everything it could not import', () => {
    // Template sections first, then resource by resource (a key with the repository using it).
    expect(rows(result.problems, 'warning')).toEqual([
      ['CfnSectionNotImported', 'Parameters.Env', undefined],
      ['CfnSectionNotImported', 'Conditions.IsProd', undefined],
      ['CfnSectionNotImported', 'Outputs.Uri', undefined],
      ['CfnPropertyNotSupported', 'Resources.ImagesKey.Properties.PendingWindowInDays', 'ImagesKey'],
      ['CfnIntrinsicNotSupported', 'Resources.ApiRepository.Properties.Tags[1].Value', 'ApiRepository'],
      ['CfnLogicalIdChanges', 'Resources.ApiRepository', 'ApiRepository'],
      ['CfnLogicalIdChanges', 'Resources.ImagesKey', 'ImagesKey'],
      ['CfnIntrinsicNotSupported', 'Resources.WebRepository.Properties.RepositoryName', 'WebRepository'],
      ['CfnPropertyNotSupported', 'Resources.WebRepository.Properties.Colour', 'WebRepository'],
      ['CfnAttributeNotImported', 'Resources.WebRepository.Condition', 'WebRepository'],
      ['CfnDependsOnNotImported', 'Resources.WebRepository.DependsOn', 'WebRepository'],
      ['CfnLogicalIdChanges', 'Resources.WebRepository', 'WebRepository'],
      ['CfnResourceNotImported', 'Resources.Bucket', 'Bucket'],
    ]);
    expect(rows(result.problems, 'info')).toEqual([['CfnDefaultDeletionPolicy', 'Resources.WebRepository.DeletionPolicy', 'WebRepository']]);
  });

  it('says what the problem is, in words', () => {
    expect(messageAt(result.problems, 'Resources.WebRepository.Properties.RepositoryName')).toBe(
      'RepositoryName is computed with Fn::Sub ({"Fn::Sub":"${AWS::StackName}-web"}); the design needs a literal value, so it is not imported.',
    );
    expect(messageAt(result.problems, 'Resources.ApiRepository')).toBe(
      `The design renders this repository as ${makeLogicalId(['ApiRepository', 'Resource'])} (CDK derives logical IDs from construct ids): deployed over this template, CloudFormation would create a new repository and keep the old one, and the two would clash on the repository name.`,
    );
  });
});

const keyTemplate = (kmsKey: string) => `
Resources:
  Key:
    Type: AWS::KMS::Key
    DeletionPolicy: Retain
    UpdateReplacePolicy: Retain
  Repo:
    Type: AWS::ECR::Repository
    DeletionPolicy: Retain
    UpdateReplacePolicy: Retain
    Properties:
      EncryptionConfiguration:
        EncryptionType: KMS_DSSE
        KmsKey: ${kmsKey}
`;

describe('intrinsic functions, short and long forms', () => {

  it.each([
    ['!GetAtt Key.Arn'],
    ['!GetAtt [Key, Arn]'],
    ['{ "Fn::GetAtt": [Key, Arn] }'],
    ['{ "Fn::GetAtt": Key.Arn }'],
    ['!Ref Key'],
  ])('%s in KmsKey is the key of the template', (kmsKey) => {
    const result = importText(keyTemplate(kmsKey));
    expect(result.design?.repositories[0]).toEqual({ id: 'Repo', encryption: 'KMS_DSSE', encryptionKey: { create: true } });
    expect(rows(result.problems, 'warning').map((r) => r[0])).toEqual(['CfnLogicalIdChanges', 'CfnLogicalIdChanges']);
  });

  it.each([
    ['!ImportValue shared-key', 'Fn::ImportValue'],
    ['!If [Prod, arn:aws:kms:us-east-1:111122223333:key/a, !Ref AWS::NoValue]', 'Fn::If'],
    ['!Join [":", [arn, aws, kms]]', 'Fn::Join'],
    ['!Select [0, !Split [",", a]]', 'Fn::Select'],
    ['!FindInMap [Keys, !Ref AWS::Region, Arn]', 'Fn::FindInMap'],
    ['!Sub "arn:${AWS::Partition}:kms:::key/x"', 'Fn::Sub'],
    ['!Base64 x', 'Fn::Base64'],
    ['!GetAZs ""', 'Fn::GetAZs'],
    ['!Cidr [x, 1, 2]', 'Fn::Cidr'],
    ['!Ref Param', 'Ref'],
  ])('%s is named as %s where a literal is needed', (kmsKey, fn) => {
    const result = importText(keyTemplate(kmsKey));
    const problem = result.problems.find((p) => p.path === 'Resources.Repo.Properties.EncryptionConfiguration.KmsKey');
    expect(problem?.code).toBe('CfnIntrinsicNotSupported');
    expect(problem?.message).toContain(`computed with ${fn} (`);
    expect(result.design?.repositories[0]).toEqual({ id: 'Repo', encryption: 'KMS_DSSE' });
  });

  it('reads the same template from YAML short forms and from JSON long forms', () => {
    const yaml = importText(`
Resources:
  Repo:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: !Join ['', [!Ref 'AWS::StackName', '-', !Select [0, !Split ['/', !Sub '\${A}/b']]]]
      EmptyOnDelete: !If [C, !Not [!Equals [a, b]], !Or [!And [!Condition X, true], false]]
`);
    const json = importText(
      JSON.stringify({
        Resources: {
          Repo: {
            Type: 'AWS::ECR::Repository',
            Properties: {
              RepositoryName: { 'Fn::Join': ['', [{ Ref: 'AWS::StackName' }, '-', { 'Fn::Select': [0, { 'Fn::Split': ['/', { 'Fn::Sub': '${A}/b' }] }] }]] },
              EmptyOnDelete: { 'Fn::If': ['C', { 'Fn::Not': [{ 'Fn::Equals': ['a', 'b'] }] }, { 'Fn::Or': [{ 'Fn::And': [{ Condition: 'X' }, true] }, false] }] },
            },
          },
        },
      }),
    );
    expect(yaml.design).toEqual(json.design);
    expect(yaml.problems).toEqual(json.problems);
    expect(yaml.problems[0]?.message).toContain('computed with Fn::Join ({"Fn::Join":["",[{"Ref":"AWS::StackName"},"-",{"Fn::Select":[0,');
  });
});

describe('CDK templates', () => {
  it('recovers construct ids from CDK hash suffixes and, exactly, from aws:cdk:path metadata', () => {
    const design: Design = { version: 1, stackName: 'Shop', repositories: [{ id: 'Web-App' }, { id: 'Api' }] };
    const template = JSON.parse(getTarget('cfn-json')?.render(design) ?? '') as { Resources: Record<string, Record<string, unknown>> };
    const [webId, apiId] = Object.keys(template.Resources) as [string, string];
    // Without metadata: the alphanumeric characters of the id (and a warning: the logical ID changes).
    const plain = importText(JSON.stringify(template));
    expect(plain.design?.repositories.map((r) => r.id)).toEqual(['WebApp', 'Api']);
    expect(rows(plain.problems, 'warning')).toEqual([['CfnLogicalIdChanges', `Resources.${webId}`, webId]]);
    // With the metadata cdk synth writes by default, the id and the stack name come back as written.
    (template.Resources[webId] as Record<string, unknown>)['Metadata'] = { 'aws:cdk:path': 'Shop/Web-App/Resource' };
    (template.Resources[apiId] as Record<string, unknown>)['Metadata'] = { 'aws:cdk:path': 'Shop/Api/Resource' };
    const withMetadata = importText(JSON.stringify(template));
    expect(withMetadata.design).toEqual(design);
    expect(withMetadata.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('lists CDK bookkeeping as info, not as warnings', () => {
    const result = importText(
      JSON.stringify({
        Resources: {
          Repo02AC86CF: { Type: 'AWS::ECR::Repository', UpdateReplacePolicy: 'Retain', DeletionPolicy: 'Retain' },
          CDKMetadata: { Type: 'AWS::CDK::Metadata', Properties: { Analytics: 'v2:deflate64:x' }, Condition: 'CDKMetadataAvailable' },
        },
        Conditions: { CDKMetadataAvailable: { 'Fn::Or': [] } },
        Parameters: { BootstrapVersion: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/cdk-bootstrap/hnb659fds/version' } },
        Rules: { CheckBootstrapVersion: { Assertions: [] } },
      }),
    );
    expect(result.design?.repositories).toEqual([{ id: 'Repo' }]);
    expect(rows(result.problems)).toEqual([
      ['CfnCdkBookkeeping', 'Conditions.CDKMetadataAvailable', undefined],
      ['CfnCdkBookkeeping', 'Parameters.BootstrapVersion', undefined],
      ['CfnCdkBookkeeping', 'Rules.CheckBootstrapVersion', undefined],
      ['CfnCdkBookkeeping', 'Resources.CDKMetadata', 'CDKMetadata'],
    ]);
  });
});

const repoWith = (attributes: string) => `Resources:\n  Repo02AC86CF:\n    Type: AWS::ECR::Repository\n${attributes}`;

describe('removal policies and keys', () => {

  it.each([
    ['    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n', undefined, []],
    ['    DeletionPolicy: Delete\n    UpdateReplacePolicy: Delete\n', 'DESTROY', []],
    ['    DeletionPolicy: RetainExceptOnCreate\n    UpdateReplacePolicy: Retain\n', 'RETAIN_ON_UPDATE_OR_DELETE', []],
    ['    DeletionPolicy: Snapshot\n    UpdateReplacePolicy: Snapshot\n', 'SNAPSHOT', []],
    ['', 'DESTROY', ['CfnDefaultDeletionPolicy']],
    ['    DeletionPolicy: Retain\n', undefined, ['CfnUpdateReplacePolicyChanges']],
    ['    DeletionPolicy: Keep\n    UpdateReplacePolicy: Retain\n', undefined, ['ImportUnknownValue']],
  ])('%j -> removalPolicy %s', (attributes, policy, codes) => {
    const result = importText(repoWith(attributes));
    expect(result.design?.repositories[0]?.removalPolicy).toBe(policy);
    expect(result.problems.map((p) => p.code)).toEqual(codes);
  });

  it('gives each repository its own key when two share one, and says so', () => {
    const result = importText(`
Resources:
  K:
    Type: AWS::KMS::Key
    DeletionPolicy: Retain
    UpdateReplacePolicy: Retain
    Properties:
      KeyPolicy: { Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { AWS: !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root' }, Action: 'kms:*', Resource: '*' }] }
  A:
    Type: AWS::ECR::Repository
    DeletionPolicy: Retain
    UpdateReplacePolicy: Retain
    Properties: { EncryptionConfiguration: { EncryptionType: KMS, KmsKey: !GetAtt K.Arn } }
  B:
    Type: AWS::ECR::Repository
    DeletionPolicy: Retain
    UpdateReplacePolicy: Retain
    Properties: { EncryptionConfiguration: { EncryptionType: KMS, KmsKey: !GetAtt K.Arn } }
`);
    expect(result.design?.repositories).toEqual([
      { id: 'A', encryptionKey: { create: true } },
      { id: 'B', encryptionKey: { create: true } },
    ]);
    expect(rows(result.problems).filter((r) => r[0] !== 'CfnLogicalIdChanges')).toEqual([
      ['CfnSharedKey', 'Resources.B.Properties.EncryptionConfiguration.KmsKey', 'B'],
    ]);
  });

  it('reports a key policy other than the default, and a key that is not retained', () => {
    const result = importText(`
Resources:
  K:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Statement: [{ Effect: Allow, Principal: { AWS: '*' }, Action: 'kms:*', Resource: '*' }] }
  A:
    Type: AWS::ECR::Repository
    DeletionPolicy: Retain
    UpdateReplacePolicy: Retain
    Properties: { EncryptionConfiguration: { EncryptionType: KMS, KmsKey: !GetAtt K.Arn } }
`);
    expect(rows(result.problems).filter((r) => r[0] !== 'CfnLogicalIdChanges')).toEqual([
      ['CfnKeyPolicyNotImported', 'Resources.K.Properties.KeyPolicy', 'K'],
      ['CfnPolicyNotImported', 'Resources.K.DeletionPolicy', 'K'],
      ['CfnPolicyNotImported', 'Resources.K.UpdateReplacePolicy', 'K'],
    ]);
  });
});

describe('templates that are not what they should be', () => {
  it.each([
    ['[]', 'ImportUnrecognized'],
    ['Resources: []', 'CfnNoResources'],
    ['AWSTemplateFormatVersion: "2010-09-09"', 'CfnNoResources'],
    ['Resources: { B: { Type: AWS::S3::Bucket } }', 'CfnNoRepositories'],
  ])('%s -> %s, and no design', (text, code) => {
    const result = importText(text);
    expect(result.design).toBeUndefined();
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual([code]);
  });

  it('reports wrong types at their path and imports the rest', () => {
    const result = importText(`
Resources:
  R: 7
  S: { Properties: {} }
  Repo:
    Type: AWS::ECR::Repository
    DeletionPolicy: Retain
    UpdateReplacePolicy: Retain
    Properties:
      RepositoryName: [a]
      EmptyOnDelete: maybe
      ImageScanningConfiguration: true
      Tags: { team: x }
      ImageTagMutabilityExclusionFilters: [{ ImageTagMutabilityExclusionFilterType: REGEX, ImageTagMutabilityExclusionFilterValue: x }]
      LifecyclePolicy: { LifecyclePolicyText: '{"rules": [', RegistryId: 123456789012 }
      ImageTagMutability: mutable
`);
    expect(result.design?.repositories).toEqual([{ id: 'Repo', imageTagMutabilityExclusionFilters: [], lifecycleRegistryId: '123456789012' }]);
    expect(rows(result.problems).filter((r) => r[0] !== 'CfnLogicalIdChanges')).toEqual([
      ['CfnNotAResource', 'Resources.R', 'R'],
      ['CfnNotAResource', 'Resources.S.Type', 'S'],
      ['ImportWrongType', 'Resources.Repo.Properties.RepositoryName', 'Repo'],
      ['ImportWrongType', 'Resources.Repo.Properties.EmptyOnDelete', 'Repo'],
      ['ImportWrongType', 'Resources.Repo.Properties.ImageScanningConfiguration', 'Repo'],
      ['ImportWrongType', 'Resources.Repo.Properties.Tags', 'Repo'],
      ['ImportUnknownValue', 'Resources.Repo.Properties.ImageTagMutabilityExclusionFilters[0].ImageTagMutabilityExclusionFilterType', 'Repo'],
      ['LifecyclePolicyNotJson', 'Resources.Repo.Properties.LifecyclePolicy.LifecyclePolicyText', 'Repo'],
      ['ImportUnknownValue', 'Resources.Repo.Properties.ImageTagMutability', 'Repo'],
    ]);
  });
});
