/**
 * The explanations the access and events editors show where a CDK behaviour would surprise a user.
 * The texts describe what `access/plan.ts` replays (and the oracle proves against aws-cdk-lib); the
 * selectors below decide which ones apply to an entry, so the editor holds no rule of its own.
 */
import { type Design, type EventRule, type Grant, type ImportedResource, type Principal, type Repository, assumedBy, eventRule, eventTarget, importedResource, policyStatement, principal } from '../design.ts';

export const accessNotes = {
  identityGrant:
    'A user or role of the stack gets the grant in its own identity policy (its DefaultPolicy); pull and push also add ecr:GetAuthorizationToken on "*", so docker login works.',
  externalGrant:
    'CDK cannot change the policies of a principal outside the stack: the grant becomes a statement in the repository policy only, and ecr:GetAuthorizationToken is silently dropped. The other side must allow docker login (ecr:GetAuthorizationToken) in its own IAM policy.',
  arnPrincipal:
    'An existing role or user given by ARN is not modified by CDK: grants to it land in the repository policy only (its account must still allow the actions in its own IAM policy, and ecr:GetAuthorizationToken for docker login).',
  organizationPrincipal:
    'CDK writes an OrganizationPrincipal as Principal {"AWS": "*"} with the condition StringEquals aws:PrincipalOrgID: every principal of the organization, in any of its accounts.',
  anyPrincipal: 'Principal "*": anyone, in any AWS account. A repository policy with it makes the repository public to every AWS user.',
  servicePrincipal: 'A grant to a service lands in the repository policy as Principal {"Service": ...}; ecr:GetAuthorizationToken is dropped.',
  minimizePolicies:
    'With the cdk init flag @aws-cdk/aws-iam:minimizePolicies, CDK merges statements that differ only in actions, principals or resources: the rendered policy can have fewer, merged statements than you listed here (and merging can fail when the principals\' conditions differ).',
  resourcePolicyNeedsPrincipal: 'A repository policy statement needs a principal: CDK refuses one without (unless merging gives it one). Resources must stay empty: ECR rejects a Resource element.',
  importedTopicOrQueue:
    'CDK adds no policy to an imported topic or queue: the topic or queue must already allow events.amazonaws.com to publish (sns:Publish) or send (sqs:SendMessage), or the events are dropped.',
  importedFunctionAgnostic:
    'In an environment-agnostic stack CDK cannot tell whether this function is in the stack\'s account and region, and adds no permission for EventBridge to invoke it: the rule fires but the function is never called. Set "Same account and region" if it is, or add the permission yourself.',
  importedFunctionSameEnvironment: 'CDK adds an AWS::Lambda::Permission that lets EventBridge (this rule) invoke the function.',
  createdTopic: 'CDK adds a topic policy that lets EventBridge publish to a topic of the stack.',
  disabledRule:
    'The repository event methods take no "enabled" option: the generated code disables the rule through its CfnRule (State: DISABLED), the way CDK needs it.',
  tagsSpreadToRules: 'The repository\'s resource tags also tag its event rules (Tags.of(repository) applies to every child).',
  tokenGrantIdentityOnly:
    'Only users and roles of the stack can get an authorization token grant: CDK adds the statement to their identity policy, and does nothing for any other principal.',
  publicGalleryToken: 'PublicGalleryAuthorizationToken.grantRead allows ecr-public:GetAuthorizationToken and sts:GetServiceBearerToken (docker login to public.ecr.aws).',
  eventPatternMerge:
    'The method adds source aws.ecr and this repository\'s name to the pattern; fields you give here are merged into it (lists are combined). Use EventBridge pattern syntax: field names to lists of values.',
} as const;

export type AccessNote = keyof typeof accessNotes;

const IDENTITY = new Set<Principal['type']>(['User', 'Role']);

/** The principal a grantee id resolves to (the first with that id), if any. */
export function principalById(design: Pick<Design, 'principals'>, id: string): Principal | undefined {
  return (design.principals ?? []).find((p) => p.id === id);
}

/** Notes about a principal itself. */
export function principalNotes(p: Principal): AccessNote[] {
  switch (p.type) {
    case 'ArnPrincipal':
      return ['arnPrincipal'];
    case 'OrganizationPrincipal':
      return ['organizationPrincipal'];
    case 'AnyPrincipal':
      return ['anyPrincipal'];
    default:
      return [];
  }
}

/** Notes about a grant: where it lands, and whether the grantee can log in. */
export function grantNotes(design: Pick<Design, 'principals'>, grant: Grant): AccessNote[] {
  const p = principalById(design, grant.grantee);
  if (!p) return [];
  if (IDENTITY.has(p.type)) return ['identityGrant'];
  const out: AccessNote[] = [p.type === 'ServicePrincipal' && grant.method !== 'grantRead' ? 'servicePrincipal' : 'externalGrant'];
  if (p.type === 'OrganizationPrincipal') out.push('organizationPrincipal');
  if (p.type === 'AnyPrincipal') out.push('anyPrincipal');
  return out;
}

export function importNotes(imported: ImportedResource): AccessNote[] {
  if (imported.type === 'Function') return [imported.sameEnvironment ? 'importedFunctionSameEnvironment' : 'importedFunctionAgnostic'];
  return ['importedTopicOrQueue'];
}

/** Notes about a rule of `repo`: disabled rules, tags, and what its targets get. */
export function ruleNotes(repo: Pick<Repository, 'tags'>, rule: EventRule): AccessNote[] {
  const out: AccessNote[] = [];
  if (rule.enabled === false) out.push('disabledRule');
  if (repo.tags && Object.keys(repo.tags).length > 0) out.push('tagsSpreadToRules');
  return out;
}

/** Notes about one target of a rule. */
export function targetNotes(design: Pick<Design, 'topics' | 'imports'>, kind: 'SnsTopic' | 'SqsQueue' | 'LambdaFunction', id: string): AccessNote[] {
  if (kind === 'SnsTopic' && (design.topics ?? []).some((t) => t.id === id)) return ['createdTopic'];
  const imported = (design.imports ?? []).find((i) => i.id === id);
  return imported ? importNotes(imported) : [];
}

/** Notes about an authorization token grant. */
export function tokenGrantNotes(design: Design, token: 'AuthorizationToken' | 'PublicGalleryAuthorizationToken', grantee: string): AccessNote[] {
  const p = principalById(design, grantee);
  const out: AccessNote[] = [];
  if (token === 'PublicGalleryAuthorizationToken') out.push('publicGalleryToken');
  if (p && !IDENTITY.has(p.type)) out.push('tokenGrantIdentityOnly');
  return out;
}

function variantMembers<K extends string>(variants: Record<K, unknown>, tag: string): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(variants) as K[]) {
    const fields = (variants[key] as { fields?: Record<string, { json?: { description?: unknown } }> }).fields;
    const description = fields?.[tag]?.json?.description;
    out[key] = typeof description === 'string' ? description : key;
  }
  return out;
}

/** Each kind of principal, import, target and event rule with its one-line explanation (for pickers). */
export const principalTypeMembers = variantMembers(principal.variants, 'type');
export const importTypeMembers = variantMembers(importedResource.variants, 'type');
export const eventTargetTypeMembers = variantMembers(eventTarget.variants, 'type');
export const eventRuleMethodMembers = variantMembers(eventRule.variants, 'method');
export const assumedByTypeMembers = variantMembers(assumedBy.variants, 'type');
export const statementEffectMembers = (policyStatement.fields.effect.schema as unknown as { members: Record<'ALLOW' | 'DENY', string> }).members;
