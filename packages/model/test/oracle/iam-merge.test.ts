// @vitest-environment node
/**
 * The model's port of aws-iam's statement merging and post-processing (src/iam/statement.ts)
 * against the real aws-cdk-lib: random lists of statements over a small pool of actions,
 * principals, resources and conditions (so they overlap and merge), resolved by an
 * `iam.PolicyDocument` with `@aws-cdk/aws-iam:minimizePolicies`, must render byte for byte as
 * the model renders them, or fail with the same error.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as Cdk from 'aws-cdk-lib';
import type * as Iam from 'aws-cdk-lib/aws-iam';
import type { Principal } from '../../src/index.ts';
import { principalRef, userOrRoleLogicalId } from '../../src/access/plan.ts';
import { CdkError, type JsonObject, type PolicyValue, type Statement, literal, mergeStatements, newStatement, renderDocument, tokenValue } from '../../src/iam/statement.ts';

const nodeRequire = createRequire(import.meta.url);
const SPLIT_DOCUMENT = '_splitDocument';
const cdk = nodeRequire('aws-cdk-lib') as typeof Cdk;
const iam = nodeRequire('aws-cdk-lib/aws-iam') as typeof Iam;

const PRINCIPALS: Principal[] = [
  { id: 'U', type: 'User' },
  { id: 'R', type: 'Role', assumedBy: { type: 'ServicePrincipal', service: 'codebuild' } },
  { id: 'A1', type: 'AccountPrincipal', accountId: '111122223333' },
  { id: 'A2', type: 'AccountPrincipal', accountId: '111122223333' },
  { id: 'Arn', type: 'ArnPrincipal', arn: 'arn:aws:iam::111122223333:role/ci' },
  { id: 'Arn2', type: 'ArnPrincipal', arn: 'arn:aws:iam::111122223333:role/ci' },
  { id: 'Svc', type: 'ServicePrincipal', service: 'codebuild' },
  { id: 'Svc2', type: 'ServicePrincipal', service: 'codebuild.amazonaws.com' },
  { id: 'Org', type: 'OrganizationPrincipal', organizationId: 'o-abcdefghij' },
  { id: 'Any', type: 'AnyPrincipal' },
];
const ACTIONS = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability', 'ecr:PutImage', 'ecr:*', 's3:GetObject'];
const RESOURCES = ['*', 'arn:aws:s3:::b', 'Repo1', 'Repo2'];
const CONDITIONS: JsonObject[] = [{ StringEquals: { 'aws:PrincipalOrgID': 'o-abcdefghij' } }, { Bool: { 'aws:SecureTransport': 'false' } }, { StringEquals: { k: ['a', 'b'] } }];

interface Spec {
  sid?: string;
  effect: 'Allow' | 'Deny';
  actions: string[];
  principals: string[];
  resources: string[];
  conditions?: JsonObject;
}

const specArb: fc.Arbitrary<Spec> = fc
  .record(
    {
      sid: fc.constantFrom('S1', 'S1', 'Other', ''),
      effect: fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Allow', 'Allow', 'Deny'),
      actions: fc.subarray(ACTIONS, { maxLength: 3 }),
      principals: fc.subarray(PRINCIPALS.map((p) => p.id), { maxLength: 2 }),
      resources: fc.subarray(RESOURCES, { maxLength: 2 }),
      conditions: fc.constantFrom(...CONDITIONS),
    },
    { requiredKeys: ['effect', 'actions', 'principals', 'resources'] },
  )
  .map((s) => ({ ...s, actions: [...s.actions], principals: [...s.principals], resources: [...s.resources] }));

function repoArn(name: string): PolicyValue {
  const lid = name;
  return tokenValue(`GetAtt:${lid}.Arn`, { 'Fn::GetAtt': [lid, 'Arn'] });
}

function modelRender(specs: Spec[], limitSize: boolean): { json: string } | { error: string } {
  const refs = new Map(PRINCIPALS.map((p) => [p.id, principalRef(p, userOrRoleLogicalId(p.id))]));
  try {
    const statements: Statement[] = specs.map((s) =>
      newStatement({
        ...(s.sid !== undefined ? { sid: s.sid } : {}),
        effect: s.effect,
        actions: s.actions,
        principals: s.principals.map((id) => refs.get(id) as NonNullable<ReturnType<typeof refs.get>>),
        resources: s.resources.map((r) => (r.startsWith('Repo') ? repoArn(r) : literal(r))),
        ...(s.conditions !== undefined ? { conditions: s.conditions } : {}),
      }),
    );
    const merged = limitSize ? mergeStatements(mergeStatements(statements, { limitSize: true })) : mergeStatements(statements);
    return { json: JSON.stringify(renderDocument(merged) ?? null) };
  } catch (e) {
    if (e instanceof CdkError) return { error: e.code };
    throw e;
  }
}

function cdkRender(specs: Spec[], limitSize: boolean): { json: string } | { error: string } {
  const app = new cdk.App({ context: { '@aws-cdk/aws-iam:minimizePolicies': true } });
  const stack = new cdk.Stack(app, 'S');
  const principals: Record<string, Iam.IPrincipal> = {};
  for (const p of PRINCIPALS) {
    switch (p.type) {
      case 'User':
        principals[p.id] = new iam.User(stack, p.id);
        break;
      case 'Role':
        principals[p.id] = new iam.Role(stack, p.id, { assumedBy: new iam.ServicePrincipal('codebuild') });
        break;
      case 'AccountPrincipal':
        principals[p.id] = new iam.AccountPrincipal(p.accountId);
        break;
      case 'ArnPrincipal':
        principals[p.id] = new iam.ArnPrincipal(p.arn);
        break;
      case 'ServicePrincipal':
        principals[p.id] = new iam.ServicePrincipal(p.service);
        break;
      case 'OrganizationPrincipal':
        principals[p.id] = new iam.OrganizationPrincipal(p.organizationId);
        break;
      case 'AnyPrincipal':
        principals[p.id] = new iam.AnyPrincipal();
        break;
    }
  }
  const arns: Record<string, string> = {};
  for (const name of ['Repo1', 'Repo2']) arns[name] = new cdk.CfnResource(stack, name, { type: 'AWS::ECR::Repository' }).getAtt('Arn').toString();
  try {
    const doc = new iam.PolicyDocument();
    for (const s of specs) {
      doc.addStatements(
        new iam.PolicyStatement({
          ...(s.sid !== undefined ? { sid: s.sid } : {}),
          effect: s.effect === 'Deny' ? iam.Effect.DENY : iam.Effect.ALLOW,
          actions: s.actions,
          principals: s.principals.map((id) => principals[id] as Iam.IPrincipal),
          resources: s.resources.map((r) => arns[r] ?? r),
          ...(s.conditions !== undefined ? { conditions: s.conditions } : {}),
        }),
      );
    }
    // A Role's `splitLargePolicy` aspect merges its DefaultPolicy with the size limit first (internal API).
    if (limitSize) (doc as unknown as Record<string, (scope: Cdk.Stack, a: number, b: number) => unknown>)[SPLIT_DOCUMENT]?.(stack, 1_000_000, 1_000_000);
    return { json: JSON.stringify(stack.resolve(doc) ?? null) };
  } catch (e) {
    const name = e instanceof Error ? e.name : 'Error';
    return { error: name };
  }
}

describe('IAM statement merging (minimizePolicies) against aws-cdk-lib', () => {
  it('renders random overlapping statements exactly as a PolicyDocument does', () => {
    fc.assert(
      fc.property(fc.array(specArb, { maxLength: 6 }), fc.boolean(), (specs, limitSize) => {
        expect(modelRender(specs, limitSize)).toEqual(cdkRender(specs, limitSize));
      }),
      { numRuns: Number(process.env['ORACLE_RANDOM_RUNS'] ?? 500) },
    );
  });

  it('merges statements that share two of actions, resources and principals, and only those', () => {
    const specs: Spec[] = [
      { effect: 'Allow', actions: ['ecr:BatchGetImage'], principals: ['A1'], resources: [] },
      { effect: 'Allow', actions: ['ecr:PutImage'], principals: ['A1'], resources: [] },
      { effect: 'Allow', actions: ['ecr:PutImage'], principals: ['Svc'], resources: ['*'] },
    ];
    const model = modelRender(specs, false);
    expect(model).toEqual(cdkRender(specs, false));
    expect('json' in model && JSON.parse(model.json).Statement).toHaveLength(2);
  });
});
