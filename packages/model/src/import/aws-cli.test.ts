import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Design, type LifecycleRule, getTarget } from '../index.ts';
import { validDesignArb } from '../../test/arbitraries.ts';
import { importText } from './index.ts';

// Shaped like the documented output of the AWS CLI (ECR API reference, Repository and
// GetLifecyclePolicy responses).
const describeRepositories = {
  repositories: [
    {
      repositoryArn: 'arn:aws:ecr:us-east-1:111122223333:repository/team/app',
      registryId: '111122223333',
      repositoryName: 'team/app',
      repositoryUri: '111122223333.dkr.ecr.us-east-1.amazonaws.com/team/app',
      createdAt: '2026-01-02T10:00:00+00:00',
      imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
      imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'latest' }],
      imageScanningConfiguration: { scanOnPush: false },
      encryptionConfiguration: { encryptionType: 'AES256' },
    },
    {
      repositoryArn: 'arn:aws:ecr:us-east-1:111122223333:repository/team-app',
      registryId: '111122223333',
      repositoryName: 'team-app',
      repositoryUri: '111122223333.dkr.ecr.us-east-1.amazonaws.com/team-app',
      createdAt: '2026-01-02T10:00:00+00:00',
      imageTagMutability: 'MUTABLE',
      imageScanningConfiguration: { scanOnPush: true },
      encryptionConfiguration: { encryptionType: 'KMS', kmsKey: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' },
    },
  ],
};

describe('aws ecr describe-repositories', () => {
  it('imports each repository with its settings, ids from the names', () => {
    const result = importText(JSON.stringify(describeRepositories, undefined, 2));
    expect(result.kind).toBe('describe-repositories');
    expect(result.design).toEqual({
      version: 1,
      stackName: 'EcrStack',
      repositories: [
        {
          id: 'TeamApp',
          repositoryName: 'team/app',
          imageScanOnPush: false,
          imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
          imageTagMutabilityExclusionFilters: ['latest'],
        },
        {
          id: 'TeamApp2',
          repositoryName: 'team-app',
          imageScanOnPush: true,
          imageTagMutability: 'MUTABLE',
          encryptionKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
        },
      ],
    } satisfies Design);
    expect(result.problems.map((p) => [p.severity, p.code, p.path, p.resource])).toEqual([
      ['info', 'DescribeReadOnly', 'repositories[0]', 'team/app'],
      ['info', 'DescribeKmsKeyArn', 'repositories[1].encryptionConfiguration.kmsKey', 'team-app'],
      ['info', 'DescribeReadOnly', 'repositories[1]', 'team-app'],
      ['info', 'DescribeIncomplete', '', undefined],
    ]);
  });

  it('reads the --output yaml form the same way', () => {
    const yaml = `repositories:
- repositoryArn: arn:aws:ecr:us-east-1:111122223333:repository/web
  registryId: '111122223333'
  repositoryName: web
  imageTagMutability: IMMUTABLE
  imageScanningConfiguration:
    scanOnPush: true
  encryptionConfiguration:
    encryptionType: KMS_DSSE
`;
    expect(importText(yaml).design?.repositories).toEqual([{ id: 'Web', repositoryName: 'web', imageScanOnPush: true, imageTagMutability: 'IMMUTABLE', encryption: 'KMS_DSSE' }]);
  });

  it('warns about a partial page and unknown fields', () => {
    const result = importText(JSON.stringify({ repositories: [{ repositoryName: 'a1', colour: 'red', imageTagMutability: 'FROZEN' }], nextToken: 'abc' }));
    expect(result.design?.repositories).toEqual([{ id: 'A1', repositoryName: 'a1' }]);
    expect(result.problems.filter((p) => p.severity === 'warning').map((p) => [p.code, p.path])).toEqual([
      ['DescribeTruncated', 'nextToken'],
      ['ImportUnknownValue', 'repositories[0].imageTagMutability'],
      ['ImportUnknownProperty', 'repositories[0].colour'],
    ]);
  });

  it('refuses an output without repositories', () => {
    const result = importText('{"repositories": []}');
    expect(result.design).toBeUndefined();
    expect(result.problems.map((p) => p.code)).toEqual(['DescribeNoRepositories']);
  });
});

const policy = {
  rules: [
    { rulePriority: 1, description: 'keep releases', selection: { tagStatus: 'tagged', tagPatternList: ['v*'], countType: 'imageCountMoreThan', countNumber: 20 }, action: { type: 'expire' } },
    { rulePriority: 2, selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 }, action: { type: 'expire' } },
    { rulePriority: 3, selection: { tagStatus: 'any', countType: 'sinceImagePulled', countUnit: 'days', countNumber: 90 }, action: { type: 'transition', targetStorageClass: 'archive' } },
    { rulePriority: 4, selection: { tagStatus: 'any', storageClass: 'archive', countType: 'sinceImageTransitioned', countUnit: 'days', countNumber: 365 }, action: { type: 'expire' } },
  ],
};
const rules: LifecycleRule[] = [
  { rulePriority: 1, description: 'keep releases', tagPatternList: ['v*'], maxImageCount: 20 },
  { rulePriority: 2, tagStatus: 'UNTAGGED', maxImageAgeDays: 7 },
  { rulePriority: 3, maxDaysSinceLastPull: 90, action: 'TRANSITION' },
  { rulePriority: 4, maxDaysSinceArchived: 365, storageClass: 'ARCHIVE' },
];

describe('lifecycle policies', () => {
  it('imports the raw policy document', () => {
    const result = importText(JSON.stringify(policy, undefined, 2));
    expect(result.kind).toBe('lifecycle-policy');
    expect(result.lifecycleRules).toEqual(rules);
    expect(result.design?.repositories).toEqual([{ id: 'Repo', lifecycleRules: rules }]);
    expect(result.problems).toEqual([]);
  });

  it('imports aws ecr get-lifecycle-policy output, the policy being an escaped string', () => {
    const output = {
      registryId: '111122223333',
      repositoryName: 'team/app',
      lifecyclePolicyText: JSON.stringify(policy),
      lastEvaluatedAt: '2026-01-02T10:00:00+00:00',
    };
    const result = importText(JSON.stringify(output, undefined, 4));
    expect(result.kind).toBe('get-lifecycle-policy');
    expect(result.design?.repositories).toEqual([{ id: 'TeamApp', repositoryName: 'team/app', lifecycleRules: rules }]);
    expect(result.problems.map((p) => [p.severity, p.code])).toEqual([
      ['info', 'LifecycleRegistryIgnored'],
      ['info', 'LifecycleEvaluatedIgnored'],
    ]);
  });

  it('gives back the rules of the lifecycle-json target, for any valid design (explicit priorities, policy order)', () => {
    fc.assert(
      fc.property(validDesignArb, (design) => {
        const repo = design.repositories.find((r) => (r.lifecycleRules?.length ?? 0) > 0);
        if (!repo) return;
        const rendered = getTarget('lifecycle-json')?.render(design, { repository: repo.id }) ?? '';
        const result = importText(rendered);
        expect(result.problems).toEqual([]);
        const again = { ...design, repositories: [{ id: repo.id, lifecycleRules: result.lifecycleRules ?? [] }] };
        expect(getTarget('lifecycle-json')?.render(again)).toBe(rendered);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves out, with a warning each, the rules it cannot express, and imports the rest', () => {
    const result = importText(
      JSON.stringify({
        rules: [
          { rulePriority: 1, selection: { tagStatus: 'any', countType: 'sinceImageScanned', countNumber: 1 }, action: { type: 'expire' } },
          { rulePriority: 2, selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 1 }, action: { type: 'replicate' } },
          { rulePriority: 3, selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 'many' }, action: { type: 'expire' } },
          { rulePriority: 4, selection: { tagStatus: 'sometimes', countType: 'imageCountMoreThan', countNumber: 1 }, action: { type: 'expire' } },
          { rulePriority: 5, description: 'kept', selection: { tagStatus: 'any', countType: 'sinceImagePushed', countNumber: 3, colour: 'red' }, action: { type: 'expire' }, note: 'x' },
        ],
      }),
    );
    expect(result.lifecycleRules).toEqual([{ rulePriority: 5, description: 'kept', maxImageAgeDays: 3 }]);
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([
      ['ImportUnknownValue', 'rules[0].selection.countType'],
      ['LifecycleRuleNotImported', 'rules[0]'],
      ['ImportUnknownValue', 'rules[1].action.type'],
      ['LifecycleRuleNotImported', 'rules[1]'],
      ['ImportWrongType', 'rules[2].selection.countNumber'],
      ['LifecycleRuleNotImported', 'rules[2]'],
      ['ImportUnknownValue', 'rules[3].selection.tagStatus'],
      ['LifecycleRuleNotImported', 'rules[3]'],
      ['ImportUnknownProperty', 'rules[4].note'],
      ['ImportUnknownProperty', 'rules[4].selection.colour'],
      ['LifecycleCountUnit', 'rules[4].selection.countUnit'],
    ]);
  });

  it('refuses a policy with no importable rule', () => {
    for (const text of ['{"rules": []}', '{"lifecyclePolicyText": "{not json"}', '{"lifecyclePolicyText": 7}']) {
      const result = importText(text);
      expect(result.design, text).toBeUndefined();
      expect(result.problems.some((p) => p.severity === 'error'), text).toBe(true);
    }
  });
});
