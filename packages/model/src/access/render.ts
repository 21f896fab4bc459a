/**
 * The CloudFormation resources of principals, topics and event rules, and the repository policy,
 * as `cdk synth` writes them (properties in the alphabetical order of the generated L1 mappers,
 * unset values left out).
 */
import type { Design, JsonValue } from '../design.ts';
import { type JsonObject, type PrincipalRef, mergeStatements, newStatement, renderDocument } from '../iam/statement.ts';
import {
  type RepositoryAccessPlan,
  type RulePlan,
  ACCOUNT_ROOT,
  accessInputs,
  identityPolicyStatements,
  planAccess,
  renderedPattern,
  repositoryPolicyStatements,
  sameInputs,
  standardizedService,
} from './plan.ts';

export interface AccessResource {
  Type: string;
  Properties?: { [key: string]: JsonValue };
}

function resource(type: string, properties: { [key: string]: JsonValue | undefined }): AccessResource {
  const props: { [key: string]: JsonValue } = {};
  for (const [k, v] of Object.entries(properties)) if (v !== undefined) props[k] = v;
  return Object.keys(props).length > 0 ? { Type: type, Properties: props } : { Type: type };
}

/** `PolicyName` of a Policy: the last 128 characters of its logical id. */
function policyName(logicalId: string): string {
  return logicalId.slice(Math.max(logicalId.length - 128, 0));
}

function trustPolicy(assumedBy: { type: 'ServicePrincipal'; service: string } | { type: 'AccountPrincipal'; accountId: string }): JsonObject {
  const ref: PrincipalRef =
    assumedBy.type === 'ServicePrincipal'
      ? { identity: 'assumedBy', json: { Service: [{ key: '${Token[service]}', json: standardizedService(assumedBy.service) }] }, conditions: {} }
      : { identity: 'assumedBy', json: { AWS: [{ key: '${Token[account]}', json: ACCOUNT_ROOT(assumedBy.accountId) }] }, conditions: {} };
  return renderDocument([newStatement({ actions: ['sts:AssumeRole'], principals: [ref] })]) as unknown as JsonObject;
}

let lastPrelude: { inputs: unknown[]; resources: [string, AccessResource][] } | undefined;

/**
 * Resources of the users, roles and topics, in construct-tree order; they precede the keys and
 * repositories. Merging every grant into the roles' policies is the costly part of a large design,
 * so the last result is kept while the access inputs stay the same (the resources are shared, and
 * must not be mutated).
 */
export function preludeResources(design: Design): [string, AccessResource][] {
  const inputs = accessInputs(design);
  if (lastPrelude && sameInputs(lastPrelude.inputs, inputs)) return lastPrelude.resources;
  const resources = preludeResourcesUncached(design);
  lastPrelude = { inputs, resources };
  return resources;
}

function preludeResourcesUncached(design: Design): [string, AccessResource][] {
  const plan = planAccess(design);
  const out: [string, AccessResource][] = [];
  for (const p of design.principals ?? []) {
    const identity = plan.identities.find((x) => x.principal === p);
    if (!identity) continue;
    if (p.type === 'User') {
      out.push([identity.logicalId, resource('AWS::IAM::User', { UserName: p.userName })]);
    } else if (p.type === 'Role') {
      const description = p.description !== undefined && p.description.length > 0 ? p.description : undefined;
      out.push([
        identity.logicalId,
        resource('AWS::IAM::Role', { AssumeRolePolicyDocument: trustPolicy(p.assumedBy), Description: description, RoleName: p.roleName }),
      ]);
    }
    if (identity.statements.length > 0) {
      const doc = renderDocument(identityPolicyStatements(identity)) as unknown as JsonObject;
      out.push([
        identity.policyLogicalId,
        resource('AWS::IAM::Policy', {
          PolicyDocument: doc,
          PolicyName: policyName(identity.policyLogicalId),
          [p.type === 'User' ? 'Users' : 'Roles']: [{ Ref: identity.logicalId }],
        }),
      ]);
    }
  }
  for (const t of plan.topics) {
    out.push([t.logicalId, resource('AWS::SNS::Topic', { DisplayName: t.topic.displayName, TopicName: t.topic.topicName })]);
    for (const s of t.subscriptions) {
      out.push([s.logicalId, resource('AWS::SNS::Subscription', { Endpoint: s.email, Protocol: 'email', TopicArn: { Ref: t.logicalId } })]);
    }
    if (t.bindings.length > 0) {
      out.push([
        t.policyLogicalId,
        resource('AWS::SNS::TopicPolicy', {
          PolicyDocument: renderDocument(mergeStatements(t.bindings), { assignSids: true }) as unknown as JsonObject,
          Topics: [{ Ref: t.logicalId }],
        }),
      ]);
    }
  }
  return out;
}

/** `RepositoryPolicyText` of a repository, or undefined (no statements, or merging fails). */
export function repositoryPolicyText(design: Design, index: number): JsonValue | undefined {
  const plan = planAccess(design).repositories[index];
  if (!plan || plan.statements.length === 0) return undefined;
  // Once per repository plan (plans are reused while the access inputs stay the same).
  if (policyTextCache.has(plan)) return policyTextCache.get(plan);
  const merged = repositoryPolicyStatements(plan);
  const text = 'error' in merged ? undefined : (renderDocument(merged.statements) as unknown as JsonValue);
  policyTextCache.set(plan, text);
  return text;
}

const policyTextCache = new WeakMap<RepositoryAccessPlan, JsonValue | undefined>();

function ruleResource(rule: RulePlan, tags: { Key: string; Value: string }[]): AccessResource {
  const r = rule.rule;
  return resource('AWS::Events::Rule', {
    Description: r.description,
    EventPattern: renderedPattern(rule),
    Name: r.ruleName,
    State: r.enabled === false ? 'DISABLED' : 'ENABLED',
    Tags: tags.length > 0 ? tags : undefined,
    Targets: rule.targets.length > 0 ? rule.targets.map((t, i) => ({ Arn: t.arn, Id: `Target${i}` })) : undefined,
  });
}

/** The event rules of a repository (children of the repository) and their Lambda permissions, tagged like the repository. */
export function repositoryChildResources(design: Design, index: number, tags: { Key: string; Value: string }[]): [string, AccessResource][] {
  const plan = planAccess(design).repositories[index];
  if (!plan) return [];
  // Once per repository plan and tags (plans are reused while the access inputs stay the same).
  const tagsJson = JSON.stringify(tags);
  const cached = childCache.get(plan);
  if (cached?.tagsJson === tagsJson) return cached.resources;
  const resources = repositoryChildResourcesUncached(plan, tags);
  childCache.set(plan, { tagsJson, resources });
  return resources;
}

const childCache = new WeakMap<RepositoryAccessPlan, { tagsJson: string; resources: [string, AccessResource][] }>();

function repositoryChildResourcesUncached(plan: RepositoryAccessPlan, tags: { Key: string; Value: string }[]): [string, AccessResource][] {
  const out: [string, AccessResource][] = [];
  for (const rule of plan.rules) {
    out.push([rule.logicalId, ruleResource(rule, tags)]);
    for (const p of rule.permissions) {
      out.push([
        p.logicalId,
        resource('AWS::Lambda::Permission', {
          Action: 'lambda:InvokeFunction',
          FunctionName: p.functionArn,
          Principal: 'events.amazonaws.com',
          SourceArn: { 'Fn::GetAtt': [rule.logicalId, 'Arn'] },
        }),
      ]);
    }
  }
  return out;
}
