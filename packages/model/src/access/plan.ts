/**
 * Access and events: what the CDK program of a design does with principals, grants, repository
 * policy statements, topics, imports and event rules, replayed step by step in the order the
 * generated code runs (targets/cdk-ts.ts writes the same order):
 *
 *   1. principals (users and roles are constructs; external principals are plain values),
 *   2. topics (with their email subscriptions), 3. imports,
 *   4. per repository, after the key and the repository itself: grants, policy statements, rules,
 *   5. the authorization token grants.
 *
 * The plan records the statements each policy receives, the rule patterns and targets, the errors
 * CDK throws while the program runs (construct phase, in order), and what it needs at synth time.
 * The template renderer, the CDK checks and the deploy checks all read it.
 */
import type { Design, EventRule, EventTarget, ImportedResource, Principal, Repository, Topic } from '../design.ts';
import { formatPath, type Path } from '../diagnostics.ts';
import { makeLogicalId } from '../cdk/logical-id.ts';
import { splitSlashResourceArn } from '../cdk/arn.ts';
import { isUnresolvedString } from '../cdk/tokens.ts';
import { GRANT_ACTIONS } from './ecr-actions.ts';
import { type Pattern, TokenString, renderEventPattern, ruleEventPattern } from './pattern.ts';
import {
  CdkError,
  type Json,
  type JsonObject,
  type PolicyValue,
  type PrincipalRef,
  type Statement,
  estimateSize,
  literal,
  mergeStatements,
  newStatement,
  tokenValue,
} from '../iam/statement.ts';

/** `constructs`' sanitizeId: path and address separators become `--`. */
export function sanitizeId(id: string): string {
  return id.replace(/[/\n]/g, '--');
}

export function stackIdOf(design: Design): string {
  return sanitizeId(design.stackName);
}

export interface PlannedError {
  path: string;
  code: string;
  message: string;
}

/** A step of the program that can fail: a new child of the stack (checked by the caller) or an error. */
export type ConstructEvent = { kind: 'stackChild'; id: string; path: string } | { kind: 'error'; error: PlannedError };

export interface CdkWarning {
  path: string;
  code: string;
  message: string;
}

export const ACCOUNT_ROOT = (account: string): Json => ({
  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:iam::${account}:root`]],
});

/** `ServicePrincipal`'s name standardization (ServicePrincipalToken, no region option). */
export function standardizedService(service: string): string {
  const m = /^([^.]+)(?:(?:\.amazonaws\.com(?:\.cn)?)|(?:\.c2s\.ic\.gov)|(?:\.sc2s\.sgov\.gov))?$/.exec(service);
  return m ? `${m[1]}.amazonaws.com` : service;
}

export interface IdentityPlan {
  index: number;
  principal: Extract<Principal, { type: 'User' | 'Role' }>;
  logicalId: string;
  policyLogicalId: string;
  /** Statements `addToPrincipalPolicy` received, in order (the DefaultPolicy exists when there are any). */
  statements: Statement[];
}

export interface TopicPlan {
  index: number;
  topic: Topic;
  logicalId: string;
  subscriptions: { index: number; email: string; logicalId: string }[];
  /** The statements `grantPublish` added for events.amazonaws.com, one per rule target. */
  bindings: Statement[];
  policyLogicalId: string;
}

export interface TargetPlan {
  index: number;
  target: EventTarget;
  arn: Json;
  /** Design path of the string the ARN comes from (imports), for resolution errors. */
  arnPath?: string;
}

export interface PermissionPlan {
  logicalId: string;
  functionArn: string;
  functionArnPath: string;
}

export interface RulePlan {
  index: number;
  rule: EventRule;
  logicalId: string;
  /** The merged pattern (undefined when merging threw). */
  pattern?: Pattern;
  targets: TargetPlan[];
  permissions: PermissionPlan[];
}

export interface RepositoryAccessPlan {
  /**
   * The repository, or an earlier version of it with the same id, grants, statements and event
   * rules (a plan is reused across designs that share what it reads, see `planAccess`).
   */
  repository: Repository;
  index: number;
  logicalId: string;
  /** Statements `addToResourcePolicy` received, in order (grants to non-identities, then custom statements). */
  statements: Statement[];
  /** Design path each statement comes from. */
  statementPaths: string[];
  rules: RulePlan[];
}

export interface AccessPlan {
  stackId: string;
  principals: Map<string, { index: number; principal: Principal; ref: PrincipalRef }>;
  identities: IdentityPlan[];
  topics: TopicPlan[];
  imports: Map<string, { index: number; imported: ImportedResource }>;
  repositories: RepositoryAccessPlan[];
  /** Construct-phase steps: before the repositories, per repository (after its own checks), after them. */
  prelude: ConstructEvent[];
  perRepository: ConstructEvent[][];
  warnings: CdkWarning[];
}

/** The principal object the generated code makes for a design principal (`logicalId`: of the user or role). */
export function principalRef(p: Principal, logicalId: string): PrincipalRef {
  const identity = `principal:${p.id}`;
  switch (p.type) {
    case 'User':
    case 'Role':
      return {
        identity,
        json: { AWS: [tokenValue(`GetAtt:${logicalId}.Arn`, { 'Fn::GetAtt': [logicalId, 'Arn'] })] },
        conditions: {},
        identityOf: { kind: p.type, id: p.id },
      };
    case 'AccountPrincipal': {
      const arn = tokenValue(`AccountRoot:${p.id}`, ACCOUNT_ROOT(p.accountId));
      return { identity, dedupe: `ArnPrincipal:${arn.key}`, json: { AWS: [arn] }, conditions: {} };
    }
    case 'ArnPrincipal':
      return { identity, dedupe: `ArnPrincipal:${p.arn}`, json: { AWS: [literal(p.arn)] }, conditions: {} };
    case 'ServicePrincipal':
      return servicePrincipal(identity, p.service);
    case 'OrganizationPrincipal':
      return {
        identity,
        dedupe: `OrganizationPrincipal:${p.organizationId}`,
        json: { AWS: [literal('*')] },
        conditions: { StringEquals: { 'aws:PrincipalOrgID': p.organizationId } },
      };
    case 'AnyPrincipal':
      return { identity, dedupe: 'ArnPrincipal:*', json: { AWS: [literal('*')] }, conditions: {} };
  }
}

function servicePrincipal(identity: string, service: string): PrincipalRef {
  return {
    identity,
    dedupe: `ServicePrincipal:${service}:{}`,
    json: { Service: [tokenValue(`Service:${identity}`, standardizedService(service))] },
    conditions: {},
  };
}

export function userOrRoleLogicalId(id: string): string {
  return makeLogicalId([sanitizeId(id), 'Resource']);
}

export function repositoryLogicalIdOf(repo: Repository): string {
  return makeLogicalId([repo.id, 'Resource']);
}

/** Mirrors the constructs library: one child per (sanitized) id. `typeName` is the scope's class name at run time. */
export class ChildNames {
  private readonly children = new Set<string>();
  constructor(
    private readonly typeName: string,
    private readonly id: string,
    initial: readonly string[] = [],
  ) {
    for (const c of initial) this.children.add(c);
  }

  has(id: string): boolean {
    return this.children.has(sanitizeId(id));
  }

  add(id: string): CdkError | undefined {
    const sanitized = sanitizeId(id);
    if (!sanitized) return new CdkError('EmptyConstructId', 'Only root constructs may have an empty ID');
    if (this.children.has(sanitized)) {
      return new CdkError('DuplicateConstructId', `There is already a Construct with name '${sanitized}' in ${this.typeName} [${this.id}]`);
    }
    this.children.add(sanitized);
    return undefined;
  }
}

/** The shape checks of `Arn.split` (same as KMS key ARNs), or undefined for a token ARN (CDK defers it). */
export function arnShapeError(arn: string): CdkError | undefined {
  if (!arn.startsWith('arn:') && isUnresolvedString(arn)) return undefined;
  const split = splitSlashResourceArn(arn);
  return split.ok ? undefined : new CdkError(split.code, split.message);
}

/** The account and region an imported resource takes from its ARN ('' when the ARN leaves them out). */
export function arnEnvironment(arn: string): { account: string; region: string } {
  const c = arn.split(':');
  return { account: c[4] ?? '', region: c[3] ?? '' };
}

const cache = new WeakMap<Design, AccessPlan>();

/**
 * What `buildPlan` reads of a design: the stack name, principals, topics, imports, token grants
 * and, per repository, its id, grants, statements and event rules. Designs are immutable values, so
 * after an edit elsewhere (a lifecycle rule, a tag) every entry is the same object as before.
 */
export function accessInputs(design: Design): unknown[] {
  const inputs: unknown[] = [design.stackName, design.principals, design.topics, design.imports, design.authorizationTokenGrants];
  for (const r of design.repositories) inputs.push(r.id, r.grants, r.resourcePolicyStatements, r.eventRules);
  return inputs;
}

export function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

let last: { inputs: unknown[]; plan: AccessPlan } | undefined;

/**
 * The plan of a design, memoized per design object and, across designs, while `accessInputs` stay
 * the same: typing in a lifecycle rule of a large design does not replay every grant.
 */
export function planAccess(design: Design): AccessPlan {
  let plan = cache.get(design);
  if (!plan) {
    const inputs = accessInputs(design);
    plan = last && sameInputs(last.inputs, inputs) ? last.plan : buildPlan(design);
    last = { inputs, plan };
    cache.set(design, plan);
  }
  return plan;
}

function buildPlan(design: Design): AccessPlan {
  const stackId = stackIdOf(design);
  const prelude: ConstructEvent[] = [];
  const warnings: CdkWarning[] = [];
  const error = (events: ConstructEvent[], path: Path | string, e: CdkError) =>
    events.push({ kind: 'error', error: { path: typeof path === 'string' ? path : formatPath(path), code: e.code, message: e.message } });

  // 1. Principals.
  const principals = new Map<string, { index: number; principal: Principal; ref: PrincipalRef }>();
  const identities: IdentityPlan[] = [];
  const identityById = new Map<string, IdentityPlan>();
  (design.principals ?? []).forEach((p, index) => {
    const base: Path = ['principals', index];
    const logicalId = userOrRoleLogicalId(p.id);
    if (p.type === 'User' || p.type === 'Role') {
      prelude.push({ kind: 'stackChild', id: p.id, path: formatPath([...base, 'id']) });
      if (p.type === 'Role') {
        const name = p.roleName;
        if (name && !isUnresolvedString(name) && !/^[\w+=,.@-]{1,64}$/.test(name)) {
          error(
            prelude,
            [...base, 'roleName'],
            new CdkError(
              'InvalidRoleName',
              'Invalid roleName. The name must be a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: _+=,.@-. Length must be between 1 and 64 characters.',
            ),
          );
        }
        if (p.description && p.description.length > 1000) {
          error(prelude, [...base, 'description'], new CdkError('RoleDescriptionLongerCharacters', 'Role description must be no longer than 1000 characters.'));
        }
      }
    } else if (p.type === 'OrganizationPrincipal') {
      if (!isUnresolvedString(p.organizationId) && !/^o-[a-z0-9]{10,32}$/.test(p.organizationId)) {
        error(
          prelude,
          [...base, 'organizationId'],
          new CdkError('ExpectedOrganizationMatchRegex', `Expected Organization ID must match regex pattern ^o-[a-z0-9]{10,32}$, received ${p.organizationId}`),
        );
      }
    }
    if (!principals.has(p.id)) principals.set(p.id, { index, principal: p, ref: principalRef(p, logicalId) });
    if ((p.type === 'User' || p.type === 'Role') && !identityById.has(p.id)) {
      const plan: IdentityPlan = { index, principal: p, logicalId, policyLogicalId: makeLogicalId([sanitizeId(p.id), 'DefaultPolicy', 'Resource']), statements: [] };
      identities.push(plan);
      identityById.set(p.id, plan);
    }
  });
  const identityOf = (ref: PrincipalRef): IdentityPlan | undefined => (ref.identityOf ? identityById.get(ref.identityOf.id) : undefined);

  // 2. Topics.
  const topics: TopicPlan[] = [];
  const topicById = new Map<string, TopicPlan>();
  const topicScopes = new Map<TopicPlan, ChildNames>();
  (design.topics ?? []).forEach((topic, index) => {
    const base: Path = ['topics', index];
    prelude.push({ kind: 'stackChild', id: topic.id, path: formatPath([...base, 'id']) });
    if (topic.displayName && !isUnresolvedString(topic.displayName) && topic.displayName.length > 100) {
      error(
        prelude,
        [...base, 'displayName'],
        new CdkError('DisplayNameLessEqualCharacters', `displayName must be less than or equal to 100 characters, got ${topic.displayName.length}`),
      );
    }
    const tid = sanitizeId(topic.id);
    const plan: TopicPlan = { index, topic, logicalId: makeLogicalId([tid, 'Resource']), subscriptions: [], bindings: [], policyLogicalId: makeLogicalId([tid, 'Policy', 'Resource']) };
    const scope = new ChildNames('Topic2', tid, ['Resource']);
    (topic.emailSubscriptions ?? []).forEach((email, j) => {
      const at: Path = [...base, 'emailSubscriptions', j];
      if (isUnresolvedString(email)) {
        // A token address gets the id `TokenSubscription:<n>` and fails to resolve at synth.
        plan.subscriptions.push({ index: j, email, logicalId: makeLogicalId([tid, `TokenSubscription:${j + 1}`, 'Resource']) });
        return;
      }
      if (scope.has(email)) {
        error(prelude, at, new CdkError('SubscriptionAlreadyExistsUnder', `A subscription with id "${email}" already exists under the scope ${stackId}/${tid}`));
        return;
      }
      const e = scope.add(email);
      if (e) {
        error(prelude, at, e);
        return;
      }
      plan.subscriptions.push({ index: j, email, logicalId: makeLogicalId([tid, sanitizeId(email), 'Resource']) });
    });
    topics.push(plan);
    topicScopes.set(plan, scope);
    if (!topicById.has(topic.id)) topicById.set(topic.id, plan);
  });

  // 3. Imports.
  const imports = new Map<string, { index: number; imported: ImportedResource }>();
  (design.imports ?? []).forEach((imported, index) => {
    const base: Path = ['imports', index];
    const arnField = imported.type === 'Topic' ? 'topicArn' : imported.type === 'Queue' ? 'queueArn' : 'functionArn';
    const arn = imported.type === 'Topic' ? imported.topicArn : imported.type === 'Queue' ? imported.queueArn : imported.functionArn;
    const arnError = arnShapeError(arn);
    const child: ConstructEvent = { kind: 'stackChild', id: imported.id, path: formatPath([...base, 'id']) };
    if (imported.type === 'Function') {
      prelude.push(child);
      if (arnError) error(prelude, [...base, arnField], arnError);
    } else {
      if (arnError) error(prelude, [...base, arnField], arnError);
      prelude.push(child);
    }
    if (!imports.has(imported.id)) imports.set(imported.id, { index, imported });
  });

  // 4. Repositories.
  const perRepository: ConstructEvent[][] = [];
  const repositories: RepositoryAccessPlan[] = design.repositories.map((repo, r) => {
    const events: ConstructEvent[] = [];
    perRepository.push(events);
    const base: Path = ['repositories', r];
    const logicalId = repositoryLogicalIdOf(repo);
    const repoArn: PolicyValue = tokenValue(`GetAtt:${logicalId}.Arn`, { 'Fn::GetAtt': [logicalId, 'Arn'] });
    const plan: RepositoryAccessPlan = { repository: repo, index: r, logicalId, statements: [], statementPaths: [], rules: [] };
    const addToResourcePolicy = (s: Statement, path: string) => {
      plan.statements.push(s);
      plan.statementPaths.push(path);
    };

    (repo.grants ?? []).forEach((grant, g) => {
      const at = formatPath([...base, 'grants', g]);
      const grantee = principals.get(grant.grantee);
      if (!grantee) return;
      const identity = identityOf(grantee.ref);
      const actions = [...GRANT_ACTIONS[grant.method]];
      if (identity) identity.statements.push(newStatement({ actions, resources: [repoArn] }));
      else addToResourcePolicy(newStatement({ actions, principals: [grantee.ref] }), at);
      if (grant.method !== 'grantRead' && identity) {
        identity.statements.push(newStatement({ actions: ['ecr:GetAuthorizationToken'], resources: [literal('*')] }));
      }
    });

    (repo.resourcePolicyStatements ?? []).forEach((st, k) => {
      const at: Path = [...base, 'resourcePolicyStatements', k];
      const refs = (st.principals ?? []).map((id) => principals.get(id)?.ref).filter((x): x is PrincipalRef => x !== undefined);
      let statement: Statement;
      try {
        const props: Parameters<typeof newStatement>[0] = {
          effect: st.effect === 'DENY' ? 'Deny' : 'Allow',
          actions: st.actions ?? [],
          principals: refs,
          resources: (st.resources ?? []).map(literal),
        };
        if (st.sid !== undefined) props.sid = st.sid;
        if (st.conditions !== undefined) props.conditions = st.conditions as JsonObject;
        statement = newStatement(props);
      } catch (e) {
        if (!(e instanceof CdkError)) throw e;
        const field = e.code === 'ActionInvalid' ? actionIndexPath(at, st.actions ?? [], e.message) : formatPath([...at, 'principals']);
        error(events, field, e);
        return;
      }
      if ((st.resources ?? []).length > 0) {
        warnings.push({
          path: formatPath([...at, 'resources']),
          code: '@aws-cdk/aws-ecr:noResourceStatements',
          message: 'ECR resource policy does not allow resource statements.',
        });
      }
      addToResourcePolicy(statement, formatPath(at));
    });

    const ruleScope = new ChildNames('Repository2', repo.id, ['Resource']);
    (repo.eventRules ?? []).forEach((rule, k) => {
      const at: Path = [...base, 'eventRules', k];
      const idError = ruleScope.add(rule.id);
      if (idError) {
        error(events, [...at, 'id'], idError);
        return;
      }
      const ruleLogicalId = makeLogicalId([repo.id, sanitizeId(rule.id), 'Resource']);
      const rulePlan: RulePlan = { index: k, rule, logicalId: ruleLogicalId, targets: [], permissions: [] };
      const permissionIds = new Set<string>();
      const bind = (target: EventTarget, t: number) => {
        const tat: Path = [...at, 'targets', t];
        const resolved = resolveTarget(target);
        if (!resolved) return;
        if (resolved.kind === 'topic') {
          if (resolved.topic.bindings.length === 0) {
            // The first binding creates the topic's TopicPolicy, child 'Policy' of the topic.
            const e = (topicScopes.get(resolved.topic) as ChildNames).add('Policy');
            if (e) {
              error(events, tat, e);
              return;
            }
          }
          resolved.topic.bindings.push(
            newStatement({
              actions: ['sns:Publish'],
              principals: [servicePrincipal(`events:${r}:${k}:${t}`, 'events.amazonaws.com')],
              resources: [tokenValue(`Ref:${resolved.topic.logicalId}`, { Ref: resolved.topic.logicalId })],
            }),
          );
          rulePlan.targets.push({ index: t, target, arn: { Ref: resolved.topic.logicalId } });
          return;
        }
        const imported = resolved.imported;
        const arn = imported.type === 'Topic' ? imported.topicArn : imported.type === 'Queue' ? imported.queueArn : imported.functionArn;
        const arnPath = formatPath(['imports', resolved.index, imported.type === 'Topic' ? 'topicArn' : imported.type === 'Queue' ? 'queueArn' : 'functionArn']);
        if (imported.type === 'Function') {
          if (imported.sameEnvironment) {
            const permissionId = `AllowEventRule${makeLogicalId([stackId, sanitizeId(imported.id)])}`;
            if (!permissionIds.has(permissionId)) {
              permissionIds.add(permissionId);
              rulePlan.permissions.push({ logicalId: makeLogicalId([repo.id, sanitizeId(rule.id), permissionId]), functionArn: arn, functionArnPath: arnPath });
            }
          } else {
            warnings.push({
              path: arnPath,
              code: 'UnclearLambdaEnvironment',
              message: 'addPermission() has no effect on a Lambda Function imported by ARN into a stack without an explicit environment; pass sameEnvironment=true to fromFunctionAttributes() to add the permission.',
            });
          }
        }
        const env = isUnresolvedString(arn) ? { account: '', region: '' } : arnEnvironment(arn);
        if (env.account !== '' || env.region !== '') {
          warnings.push({
            path: formatPath(tat),
            code: '@aws-cdk/aws-events:ruleUnresolvedEnvironment',
            message: 'Either the Event Rule or target has an unresolved environment. If they are being used in a cross-environment setup you need to specify the environment for both.',
          });
        }
        rulePlan.targets.push({ index: t, target, arn, arnPath });
      };
      const targets = rule.targets ?? [];
      const mergePattern = (): boolean => {
        try {
          rulePlan.pattern = ruleEventPattern(rule, new TokenString(`${repo.id}.repositoryName`, { Ref: logicalId }));
          return true;
        } catch (e) {
          if (!(e instanceof CdkError)) throw e;
          error(events, [...at, 'eventPattern'], e);
          return false;
        }
      };
      // The CDK code leaves out targets that resolve to nothing (an error of their own), so the
      // first target CDK receives in the method's options is the first one that resolves.
      const first = targets.findIndex((target) => resolveTarget(target) !== undefined);
      const bindFirst = () => {
        const target = targets[first];
        if (target) bind(target, first);
      };
      // onEvent adds its pattern before its target; the other methods bind the target first.
      if (rule.method === 'onEvent') {
        if (!mergePattern()) return;
        bindFirst();
      } else {
        bindFirst();
        if (!mergePattern()) return;
      }
      targets.forEach((target, t) => {
        if (t !== first) bind(target, t);
      });
      plan.rules.push(rulePlan);
    });
    return plan;
  });

  function resolveTarget(
    target: EventTarget,
  ): { kind: 'topic'; topic: TopicPlan } | { kind: 'import'; imported: ImportedResource; index: number } | undefined {
    if (target.type === 'SnsTopic') {
      const created = topicById.get(target.topic);
      if (created) return { kind: 'topic', topic: created };
      const imported = imports.get(target.topic);
      return imported?.imported.type === 'Topic' ? { kind: 'import', imported: imported.imported, index: imported.index } : undefined;
    }
    const id = target.type === 'SqsQueue' ? target.queue : target.handler;
    const imported = imports.get(id);
    const wanted = target.type === 'SqsQueue' ? 'Queue' : 'Function';
    return imported?.imported.type === wanted ? { kind: 'import', imported: imported.imported, index: imported.index } : undefined;
  }

  // 5. Authorization tokens.
  for (const g of design.authorizationTokenGrants ?? []) {
    const grantee = principals.get(g.grantee);
    const identity = grantee ? identityOf(grantee.ref) : undefined;
    if (!identity) continue;
    identity.statements.push(
      newStatement({
        actions: g.token === 'AuthorizationToken' ? ['ecr:GetAuthorizationToken'] : ['ecr-public:GetAuthorizationToken', 'sts:GetServiceBearerToken'],
        resources: [literal('*')],
      }),
    );
  }

  return { stackId, principals, identities, topics, imports, repositories, prelude, perRepository, warnings };
}

function actionIndexPath(at: Path, actions: readonly string[], message: string): string {
  const i = actions.findIndex((a) => message.startsWith(`Action '${a}' is invalid.`));
  return formatPath(i >= 0 ? [...at, 'actions', i] : [...at, 'actions']);
}

// ---------------------------------------------------------------------------------------------
// Synth time

const MAX_INLINE_POLICY_SIZE = 10000;

/** A Role's DefaultPolicy: `splitLargePolicy` merges with a size limit, then resolution merges again. */
export function roleStatements(identity: IdentityPlan): { statements: Statement[]; overflow: boolean } {
  const limited = mergeStatements(identity.statements, { limitSize: true });
  let size = 0;
  let overflow = false;
  for (const s of limited) {
    const n = estimateSize(s);
    if (size + n < MAX_INLINE_POLICY_SIZE) size += n;
    else overflow = true;
  }
  return { statements: mergeStatements(limited), overflow };
}

/** The statements an identity's DefaultPolicy renders (after CDK's merging). */
export function identityPolicyStatements(identity: IdentityPlan): Statement[] {
  return identity.principal.type === 'Role' ? roleStatements(identity).statements : mergeStatements(identity.statements);
}

/** The repository policy after merging, or the error merging throws (a merged statement mixing principal conditions). */
export function repositoryPolicyStatements(plan: RepositoryAccessPlan): { statements: Statement[] } | { error: CdkError } {
  try {
    return { statements: mergeStatements(plan.statements) };
  } catch (e) {
    if (e instanceof CdkError) return { error: e };
    throw e;
  }
}

/** `validateForResourcePolicy({ skipResourceValidation: true })` of the merged repository policy. */
export function repositoryPolicyValidation(statements: readonly Statement[]): string[] {
  const errors: string[] = [];
  for (const s of statements) {
    if (s.actions.length === 0) errors.push("A PolicyStatement must specify at least one 'action' or 'notAction'.");
    if (s.principals.length === 0) errors.push('A PolicyStatement used in a resource-based policy must specify at least one IAM principal.');
  }
  return errors;
}

/** `Rule.validateRule()`. */
export function ruleValidation(rule: EventRule, targetCount: number): string[] {
  const errors: string[] = [];
  const name = rule.ruleName;
  if (name !== undefined && !isUnresolvedString(name)) {
    if (name.length < 1 || name.length > 64) errors.push(`Event rule name must be between 1 and 64 characters. Received: ${name}`);
    if (!/^[.\-_A-Za-z0-9]+$/.test(name)) errors.push(`Event rule name ${name} can contain only letters, numbers, periods, hyphens, or underscores with no spaces.`);
  }
  if (targetCount > 5) errors.push('Event rule cannot have more than 5 targets.');
  return errors;
}

export function renderedPattern(rule: RulePlan): { [key: string]: Json } | undefined {
  return rule.pattern ? renderEventPattern(rule.pattern) : undefined;
}
