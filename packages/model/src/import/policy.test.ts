import { describe, expect, it } from 'vitest';
import { type Design, getTarget } from '../index.ts';
import { importText } from './index.ts';
import type { ImportProblem } from './problems.ts';

const rows = (problems: ImportProblem[]) => problems.filter((p) => p.code !== 'CfnLogicalIdChanges').map((p) => [p.code, p.path]);

function templateWithPolicy(policy: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    Resources: {
      ...extra,
      Repo: { Type: 'AWS::ECR::Repository', DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain', Properties: { RepositoryPolicyText: policy } },
    },
  });
}

const root = (account: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:iam::${account}:root`]] });

describe('repository policies', () => {
  it('become statements, and the principals they name design principals (each once)', () => {
    const result = importText(
      templateWithPolicy({
        Version: '2012-10-17',
        Statement: [
          { Sid: 'Pull', Effect: 'Allow', Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'], Principal: { AWS: [root('111122223333'), 'arn:aws:iam::444455556666:role/ci'], Service: 'codebuild.amazonaws.com' } },
          { Effect: 'Deny', Action: 'ecr:DeleteRepository', Principal: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
          { Effect: 'Allow', Action: 'ecr:DescribeImages', Principal: { AWS: '*' }, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abcdefghij', 'aws:PrincipalTag/team': 'x' } } },
          { Effect: 'Allow', Action: 'ecr:ListImages', Principal: { AWS: root('111122223333') } },
        ],
      }),
    );
    expect(result.design?.principals).toEqual([
      { id: 'Account111122223333', type: 'AccountPrincipal', accountId: '111122223333' },
      { id: 'RoleCi', type: 'ArnPrincipal', arn: 'arn:aws:iam::444455556666:role/ci' },
      { id: 'CodebuildService', type: 'ServicePrincipal', service: 'codebuild.amazonaws.com' },
      { id: 'Anyone', type: 'AnyPrincipal' },
      { id: 'OAbcdefghij', type: 'OrganizationPrincipal', organizationId: 'o-abcdefghij' },
    ] satisfies Design['principals']);
    expect(result.design?.repositories[0]?.resourcePolicyStatements).toEqual([
      { sid: 'Pull', actions: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'], principals: ['Account111122223333', 'RoleCi', 'CodebuildService'] },
      { effect: 'DENY', actions: ['ecr:DeleteRepository'], principals: ['Anyone'], conditions: { Bool: { 'aws:SecureTransport': 'false' } } },
      { actions: ['ecr:DescribeImages'], principals: ['OAbcdefghij'], conditions: { StringEquals: { 'aws:PrincipalTag/team': 'x' } } },
      { actions: ['ecr:ListImages'], principals: ['Account111122223333'] },
    ]);
  });

  it('render back as CDK renders them: the same policy, from a JSON string or an object', () => {
    const design: Design = {
      version: 1,
      stackName: 'S',
      principals: [
        { id: 'Ci', type: 'Role', assumedBy: { type: 'ServicePrincipal', service: 'codebuild.amazonaws.com' }, roleName: 'ci', description: 'CI' },
        { id: 'Bot', type: 'User', userName: 'bot' },
        { id: 'Other', type: 'AccountPrincipal', accountId: '444455556666' },
        { id: 'Org', type: 'OrganizationPrincipal', organizationId: 'o-abcdefghij' },
      ],
      repositories: [
        {
          id: 'Repo',
          grants: [{ method: 'grantPull', grantee: 'Other' }],
          resourcePolicyStatements: [
            { sid: 'Team', actions: ['ecr:BatchGetImage'], principals: ['Ci', 'Bot'] },
            { effect: 'DENY', actions: ['ecr:DeleteRepository'], principals: ['Org'], conditions: { Bool: { 'aws:SecureTransport': 'false' } } },
          ],
        },
      ],
    };
    const rendered = JSON.parse(getTarget('cfn-json')?.render(design) ?? '') as { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };
    for (const asText of [false, true]) {
      const template = structuredClone(rendered);
      const repo = Object.values(template.Resources).find((r) => r.Type === 'AWS::ECR::Repository') as { Properties: Record<string, unknown> };
      if (asText) repo.Properties['RepositoryPolicyText'] = JSON.stringify(repo.Properties['RepositoryPolicyText']);
      const result = importText(JSON.stringify(template), { stackName: 'S' });
      expect(result.problems.filter((p) => p.severity !== 'info')).toEqual([]);
      const again = JSON.parse(getTarget('cfn-json')?.render(result.design as Design) ?? '') as typeof rendered;
      expect(again).toEqual(rendered);
      // The grant to a principal outside the stack comes back as the statement CDK made of it.
      expect(result.design?.repositories[0]?.grants).toBeUndefined();
      expect(result.design?.principals?.map((p) => [p.id, p.type])).toEqual([
        ['Account444455556666', 'AccountPrincipal'],
        ['Bot', 'User'],
        ['Ci', 'Role'],
        ['OAbcdefghij', 'OrganizationPrincipal'],
      ]);
    }
  });

  it('gives statements their own principals when CDK kept them apart (distinct principal objects)', () => {
    const design: Design = {
      version: 1,
      stackName: 'S',
      principals: [
        { id: 'A', type: 'AccountPrincipal', accountId: '111122223333' },
        { id: 'B', type: 'AccountPrincipal', accountId: '111122223333' },
      ],
      repositories: [{ id: 'Repo', grants: [{ method: 'grantPull', grantee: 'A' }, { method: 'grantRead', grantee: 'B' }] }],
    };
    const text = getTarget('cfn-json')?.render(design) ?? '';
    const result = importText(text, { stackName: 'S' });
    expect(result.design?.principals?.map((p) => p.id)).toEqual(['Account111122223333', 'Account2']);
    expect(getTarget('cfn-json')?.render(result.design as Design)).toBe(text);
  });

  it('reports what a design statement cannot say, per statement and principal', () => {
    const result = importText(
      templateWithPolicy({
        Statement: [
          { Effect: 'Allow', NotAction: 'ecr:DeleteRepository', Principal: '*' },
          { Effect: 'Allow', Action: 'ecr:BatchGetImage', Principal: { Federated: 'cognito-identity.amazonaws.com' } },
          { Effect: 'Allow', Action: 'ecr:BatchGetImage', Principal: { AWS: [{ 'Fn::ImportValue': 'ci-role' }, 'arn:aws:iam::111122223333:role/x'] } },
          { Effect: 'Maybe', Action: 'ecr:BatchGetImage', Principal: '*' },
        ],
      }),
    );
    expect(result.design?.repositories[0]?.resourcePolicyStatements).toEqual([{ actions: ['ecr:BatchGetImage'], principals: ['RoleX'] }]);
    expect(rows(result.problems)).toEqual([
      ['PolicyStatementNotImported', 'Resources.Repo.Properties.RepositoryPolicyText.Statement[0]'],
      ['PolicyPrincipalNotImported', 'Resources.Repo.Properties.RepositoryPolicyText.Statement[1].Principal.Federated'],
      ['PolicyStatementNotImported', 'Resources.Repo.Properties.RepositoryPolicyText.Statement[1]'],
      ['CfnIntrinsicNotSupported', 'Resources.Repo.Properties.RepositoryPolicyText.Statement[2].Principal.AWS[0]'],
      ['ImportUnknownValue', 'Resources.Repo.Properties.RepositoryPolicyText.Statement[3].Effect'],
      ['PolicyStatementNotImported', 'Resources.Repo.Properties.RepositoryPolicyText.Statement[3]'],
      ['PolicyRendersDifferently', 'Resources.Repo.Properties.RepositoryPolicyText'],
    ]);
  });

  it('imports a user or role a policy names, and reports one whose trust policy the design cannot say', () => {
    const result = importText(
      templateWithPolicy(
        { Statement: [{ Effect: 'Allow', Action: 'ecr:BatchGetImage', Principal: { AWS: [{ 'Fn::GetAtt': ['Deployer', 'Arn'] }, { 'Fn::GetAtt': ['Weird', 'Arn'] }] } }] },
        {
          Deployer: { Type: 'AWS::IAM::User', Properties: { UserName: 'deployer', Path: '/ci/' } },
          Weird: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRoleWithWebIdentity', Principal: { Federated: 'x' } }] } } },
        },
      ),
    );
    expect(result.design?.principals).toEqual([{ id: 'Deployer', type: 'User', userName: 'deployer' }]);
    expect(rows(result.problems)).toEqual([
      ['PolicyRendersDifferently', 'Resources.Repo.Properties.RepositoryPolicyText'],
      ['CfnPropertyNotSupported', 'Resources.Deployer.Properties.Path'],
      ['RoleTrustNotImported', 'Resources.Weird.Properties.AssumeRolePolicyDocument'],
      ['PolicyPrincipalNotImported', 'Resources.Repo.Properties.RepositoryPolicyText.Statement[0].Principal.AWS[1]'],
      ['CfnResourceNotImported', 'Resources.Weird'],
    ]);
  });
});
