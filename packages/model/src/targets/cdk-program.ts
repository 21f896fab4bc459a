/**
 * The CDK program of a design as a small language-neutral AST: the same constructs, ids, order,
 * variables, props, escape hatches and calls the TypeScript renderer (cdk-ts.ts, access/cdk-code.ts)
 * writes. One printer per jsii language (cdk-python.ts, cdk-java.ts, cdk-csharp.ts, cdk-go.ts)
 * prints it; cdk-program-ts.ts prints TypeScript from it, and a test proves that TypeScript is the
 * same program as `renderCdkStack`'s for the golden corpus and random designs.
 *
 * Names are the TypeScript (jsii) names: modules `ecr`, `iam`...; members camelCase; types
 * PascalCase. Printers translate them by jsii's rules.
 */
import type { Design, EventRule, EventTarget, JsonValue, LifecycleRule, PolicyStatement } from '../design.ts';
import { type RepositoryPlan, planRepository } from '../cdk/plan.ts';
import { VariableNames } from '../cdk/names.ts';
import { renderPolicyDocument } from '../lifecycle/policy.ts';

/** `core` is `aws-cdk-lib` itself. */
export type CdkModule = 'core' | 'ecr' | 'kms' | 'iam' | 'events' | 'targets' | 'sns' | 'subscriptions' | 'sqs' | 'lambda';

/** The element type of a list, for languages whose list literals are typed (Java generics, C#, Go). */
export type ElementType = { kind: 'string' } | { kind: 'type'; module: CdkModule; name: string; struct: boolean };

export type Expr =
  | { k: 'string'; value: string }
  | { k: 'number'; value: number }
  | { k: 'bool'; value: boolean }
  /** An untyped JSON value (`{ [key: string]: any }` props such as conditions and detail). */
  | { k: 'json'; value: JsonValue }
  /** The text of `JSON.stringify(value)` (TypeScript prints the call, other languages the string). */
  | { k: 'jsonText'; value: JsonValue }
  | { k: 'enum'; module: CdkModule; type: string; member: string }
  /** A static property of a class (`ecr.RepositoryEncryption.KMS`). */
  | { k: 'staticProp'; module: CdkModule; type: string; name: string }
  | { k: 'var'; name: string }
  | { k: 'this' }
  /** `new module.type(args)`; `arity` is the number of parameters (optional ones included). */
  | { k: 'new'; module: CdkModule; type: string; args: Expr[]; arity: number }
  | { k: 'static'; module: CdkModule; type: string; method: string; args: Expr[]; arity: number }
  | { k: 'call'; target: Expr; method: string; args: Expr[]; arity: number }
  | { k: 'prop'; target: Expr; name: string }
  /** A jsii struct (data type) literal: props, options, nested structs. `nested` L1 property types are `Cfn...Property`. */
  | { k: 'struct'; module: CdkModule; type: string; fields: [string, Expr][] }
  | { k: 'list'; element: ElementType; items: Expr[] };

export type Stmt =
  | { k: 'const'; name: string; value: Expr }
  | { k: 'expr'; value: Expr }
  /** `(v.node.defaultChild as module.cfnType).prop = value` */
  | { k: 'setL1'; target: string; module: CdkModule; cfnType: string; prop: string; value: Expr }
  | { k: 'comment'; text: string }
  | { k: 'blank' };

export interface CdkProgram {
  /** The stack description (`super(scope, id, { description, ...props })`), if any. */
  description?: string;
  statements: Stmt[];
  /** Every module the statements use. */
  modules: Set<CdkModule>;
}

const str = (value: string): Expr => ({ k: 'string', value });
const num = (value: number): Expr => ({ k: 'number', value });
const bool = (value: boolean): Expr => ({ k: 'bool', value });
const v = (name: string): Expr => ({ k: 'var', name });
const THIS: Expr = { k: 'this' };
const STRING: ElementType = { kind: 'string' };
const strings = (items: readonly string[]): Expr => ({ k: 'list', element: STRING, items: items.map(str) });

function struct(module: CdkModule, type: string, fields: [string, Expr | undefined][]): Expr {
  return { k: 'struct', module, type, fields: fields.filter((f): f is [string, Expr] => f[1] !== undefined) };
}

/** Constructs, classes, static calls: trailing `undefined` args (not passed) are dropped. */
function args(...list: (Expr | undefined)[]): Expr[] {
  const out = [...list];
  while (out.length > 0 && out[out.length - 1] === undefined) out.pop();
  return out.map((a) => a ?? { k: 'var', name: 'undefined' });
}

/** A props struct passed as the last argument, or nothing when it would be empty (as the TS renderer does). */
function propsArg(module: CdkModule, type: string, fields: [string, Expr | undefined][]): Expr | undefined {
  const s = struct(module, type, fields);
  return s.k === 'struct' && s.fields.length > 0 ? s : undefined;
}

class Builder {
  readonly statements: Stmt[] = [];
  readonly modules = new Set<CdkModule>();
  readonly names = new VariableNames();
  readonly principals = new Map<string, string>();
  readonly topics = new Map<string, string>();
  readonly importedTopics = new Map<string, string>();
  readonly queues = new Map<string, string>();
  readonly functions = new Map<string, string>();

  use(module: CdkModule): CdkModule {
    this.modules.add(module);
    return module;
  }
  emit(s: Stmt): void {
    if (s.k === 'blank') {
      const last = this.statements[this.statements.length - 1];
      if (last === undefined || last.k === 'blank') return;
    }
    this.statements.push(s);
  }
  newExpr(module: CdkModule, type: string, a: Expr[], arity: number): Expr {
    return { k: 'new', module: this.use(module), type, args: a, arity };
  }
  staticCall(module: CdkModule, type: string, method: string, a: Expr[], arity: number): Expr {
    return { k: 'static', module: this.use(module), type, method, args: a, arity };
  }
}

function prelude(b: Builder, design: Design): void {
  const principals = design.principals ?? [];
  for (const p of principals) {
    const name = b.names.take(p.id);
    if (!b.principals.has(p.id)) b.principals.set(p.id, name);
    let value: Expr;
    switch (p.type) {
      case 'User':
        value = b.newExpr('iam', 'User', args(THIS, str(p.id), propsArg('iam', 'UserProps', [['userName', p.userName !== undefined ? str(p.userName) : undefined]])), 3);
        break;
      case 'Role': {
        const assumedBy =
          p.assumedBy.type === 'ServicePrincipal'
            ? b.newExpr('iam', 'ServicePrincipal', [str(p.assumedBy.service)], 2)
            : b.newExpr('iam', 'AccountPrincipal', [str(p.assumedBy.accountId)], 1);
        const props = struct('iam', 'RoleProps', [
          ['assumedBy', assumedBy],
          ['roleName', p.roleName !== undefined ? str(p.roleName) : undefined],
          ['description', p.description !== undefined ? str(p.description) : undefined],
        ]);
        value = b.newExpr('iam', 'Role', [THIS, str(p.id), props], 3);
        break;
      }
      case 'AccountPrincipal':
        value = b.newExpr('iam', 'AccountPrincipal', [str(p.accountId)], 1);
        break;
      case 'ArnPrincipal':
        value = b.newExpr('iam', 'ArnPrincipal', [str(p.arn)], 1);
        break;
      case 'ServicePrincipal':
        value = b.newExpr('iam', 'ServicePrincipal', [str(p.service)], 2);
        break;
      case 'OrganizationPrincipal':
        value = b.newExpr('iam', 'OrganizationPrincipal', [str(p.organizationId)], 1);
        break;
      case 'AnyPrincipal':
        value = b.newExpr('iam', 'AnyPrincipal', [], 0);
        break;
    }
    b.emit({ k: 'const', name, value });
  }

  const topics = design.topics ?? [];
  if (topics.length > 0 && principals.length > 0) b.emit({ k: 'blank' });
  for (const t of topics) {
    const name = b.names.take(t.id);
    if (!b.topics.has(t.id)) b.topics.set(t.id, name);
    const props = propsArg('sns', 'TopicProps', [
      ['topicName', t.topicName !== undefined ? str(t.topicName) : undefined],
      ['displayName', t.displayName !== undefined ? str(t.displayName) : undefined],
    ]);
    b.emit({ k: 'const', name, value: b.newExpr('sns', 'Topic', args(THIS, str(t.id), props), 3) });
    for (const email of t.emailSubscriptions ?? []) {
      const sub = b.newExpr('subscriptions', 'EmailSubscription', [str(email)], 2);
      b.emit({ k: 'expr', value: { k: 'call', target: v(name), method: 'addSubscription', args: [sub], arity: 1 } });
    }
  }

  const imports = design.imports ?? [];
  if (imports.length > 0 && (principals.length > 0 || topics.length > 0)) b.emit({ k: 'blank' });
  for (const imp of imports) {
    const name = b.names.take(imp.id);
    let value: Expr;
    if (imp.type === 'Topic') {
      if (!b.importedTopics.has(imp.id)) b.importedTopics.set(imp.id, name);
      value = b.staticCall('sns', 'Topic', 'fromTopicArn', [THIS, str(imp.id), str(imp.topicArn)], 3);
    } else if (imp.type === 'Queue') {
      if (!b.queues.has(imp.id)) b.queues.set(imp.id, name);
      value = b.staticCall('sqs', 'Queue', 'fromQueueArn', [THIS, str(imp.id), str(imp.queueArn)], 3);
    } else {
      if (!b.functions.has(imp.id)) b.functions.set(imp.id, name);
      value =
        imp.sameEnvironment !== undefined
          ? b.staticCall(
              'lambda',
              'Function',
              'fromFunctionAttributes',
              [
                THIS,
                str(imp.id),
                struct('lambda', 'FunctionAttributes', [
                  ['functionArn', str(imp.functionArn)],
                  ['sameEnvironment', bool(imp.sameEnvironment)],
                ]),
              ],
              3,
            )
          : b.staticCall('lambda', 'Function', 'fromFunctionArn', [THIS, str(imp.id), str(imp.functionArn)], 3);
    }
    b.emit({ k: 'const', name, value });
  }
}

function lifecycleRule(b: Builder, rule: LifecycleRule): Expr {
  return struct('ecr', 'LifecycleRule', [
    ['rulePriority', rule.rulePriority !== undefined ? num(rule.rulePriority) : undefined],
    ['description', rule.description !== undefined ? str(rule.description) : undefined],
    ['tagStatus', rule.tagStatus !== undefined ? { k: 'enum', module: 'ecr', type: 'TagStatus', member: rule.tagStatus } : undefined],
    ['tagPrefixList', rule.tagPrefixList !== undefined ? strings(rule.tagPrefixList) : undefined],
    ['tagPatternList', rule.tagPatternList !== undefined ? strings(rule.tagPatternList) : undefined],
    ['maxImageCount', rule.maxImageCount !== undefined ? num(rule.maxImageCount) : undefined],
    ['maxImageAge', rule.maxImageAgeDays !== undefined ? b.staticCall('core', 'Duration', 'days', [num(rule.maxImageAgeDays)], 1) : undefined],
  ]);
}

function repositoryProps(b: Builder, plan: RepositoryPlan, keyVar: string | undefined): Expr | undefined {
  const repo = plan.repo;
  const hatch = plan.lifecycleEscapeHatch === true;
  return propsArg('ecr', 'RepositoryProps', [
    ['repositoryName', repo.repositoryName !== undefined ? str(repo.repositoryName) : undefined],
    ['imageScanOnPush', repo.imageScanOnPush !== undefined ? bool(repo.imageScanOnPush) : undefined],
    ['imageTagMutability', repo.imageTagMutability !== undefined ? { k: 'enum', module: 'ecr', type: 'TagMutability', member: repo.imageTagMutability } : undefined],
    [
      'imageTagMutabilityExclusionFilters',
      repo.imageTagMutabilityExclusionFilters !== undefined
        ? {
            k: 'list',
            element: { kind: 'type', module: 'ecr', name: 'ImageTagMutabilityExclusionFilter', struct: false },
            items: repo.imageTagMutabilityExclusionFilters.map((f) => b.staticCall('ecr', 'ImageTagMutabilityExclusionFilter', 'wildcard', [str(f)], 1)),
          }
        : undefined,
    ],
    ['encryption', plan.l2Encryption !== undefined ? { k: 'staticProp', module: 'ecr', type: 'RepositoryEncryption', name: plan.l2Encryption } : undefined],
    ['encryptionKey', plan.l2Key && keyVar ? v(keyVar) : undefined],
    ['removalPolicy', repo.removalPolicy !== undefined ? { k: 'enum', module: b.use('core'), type: 'RemovalPolicy', member: repo.removalPolicy } : undefined],
    ['emptyOnDelete', repo.emptyOnDelete !== undefined ? bool(repo.emptyOnDelete) : undefined],
    ['lifecycleRegistryId', repo.lifecycleRegistryId !== undefined && !hatch ? str(repo.lifecycleRegistryId) : undefined],
    [
      'lifecycleRules',
      repo.lifecycleRules !== undefined && !hatch
        ? { k: 'list', element: { kind: 'type', module: 'ecr', name: 'LifecycleRule', struct: true }, items: repo.lifecycleRules.map((r) => lifecycleRule(b, r)) }
        : undefined,
    ],
  ]);
}

function targetExpr(b: Builder, target: EventTarget): Expr | undefined {
  if (target.type === 'SnsTopic') {
    const name = b.topics.get(target.topic) ?? b.importedTopics.get(target.topic);
    return name ? b.newExpr('targets', 'SnsTopic', [v(name)], 2) : undefined;
  }
  if (target.type === 'SqsQueue') {
    const name = b.queues.get(target.queue);
    return name ? b.newExpr('targets', 'SqsQueue', [v(name)], 2) : undefined;
  }
  const name = b.functions.get(target.handler);
  return name ? b.newExpr('targets', 'LambdaFunction', [v(name)], 2) : undefined;
}

function statement(b: Builder, repoVar: string, st: PolicyStatement): void {
  const principals =
    st.principals === undefined
      ? undefined
      : ({
          k: 'list',
          element: { kind: 'type', module: 'iam', name: 'IPrincipal', struct: false },
          items: st.principals.map((id) => b.principals.get(id)).filter((x): x is string => x !== undefined).map(v),
        } satisfies Expr);
  const props = propsArg('iam', 'PolicyStatementProps', [
    ['sid', st.sid !== undefined ? str(st.sid) : undefined],
    ['effect', st.effect !== undefined ? { k: 'enum', module: 'iam', type: 'Effect', member: st.effect } : undefined],
    ['actions', st.actions !== undefined ? strings(st.actions) : undefined],
    ['principals', principals],
    ['resources', st.resources !== undefined ? strings(st.resources) : undefined],
    ['conditions', st.conditions !== undefined ? { k: 'json', value: st.conditions as JsonValue } : undefined],
  ]);
  const ps = b.newExpr('iam', 'PolicyStatement', args(props), 1);
  b.emit({ k: 'expr', value: { k: 'call', target: v(repoVar), method: 'addToResourcePolicy', args: [ps], arity: 1 } });
}

function eventPattern(rule: EventRule): Expr | undefined {
  const p = rule.eventPattern;
  if (p === undefined) return undefined;
  // Field order: the design's own key order, as the TS renderer writes the object literal.
  const fields: [string, Expr][] = [];
  for (const [key, value] of Object.entries(p)) {
    if (value === undefined) continue;
    fields.push([key, key === 'detail' ? { k: 'json', value: value as JsonValue } : strings(value as string[])]);
  }
  return { k: 'struct', module: 'events', type: 'EventPattern', fields };
}

function eventRule(b: Builder, repoVar: string, rule: EventRule): void {
  const targets = (rule.targets ?? []).map((t) => targetExpr(b, t)).filter((x): x is Expr => x !== undefined);
  const pattern = eventPattern(rule);
  if (pattern) b.use('events');
  const optionsType = rule.method === 'onEvent' ? 'OnEventOptions' : rule.method === 'onImageScanCompleted' ? 'OnImageScanCompletedOptions' : 'OnCloudTrailImagePushedOptions';
  const optionsModule: CdkModule = rule.method === 'onEvent' ? 'events' : 'ecr';
  const [first, ...rest] = targets;
  const options = propsArg(optionsModule, optionsType, [
    ['ruleName', rule.ruleName !== undefined ? str(rule.ruleName) : undefined],
    ['description', rule.description !== undefined ? str(rule.description) : undefined],
    ['eventPattern', pattern],
    ['imageTags', rule.method === 'onImageScanCompleted' && rule.imageTags !== undefined ? strings(rule.imageTags) : undefined],
    ['imageTag', rule.method === 'onCloudTrailImagePushed' && rule.imageTag !== undefined ? str(rule.imageTag) : undefined],
    ['target', first],
  ]);
  if (options) b.use(optionsModule);
  const disabled = rule.enabled === false;
  const ruleVar = rest.length > 0 || disabled ? b.names.take(rule.id) : undefined;
  const call: Expr = { k: 'call', target: v(repoVar), method: rule.method, args: args(str(rule.id), options), arity: 2 };
  b.emit(ruleVar ? { k: 'const', name: ruleVar, value: call } : { k: 'expr', value: call });
  for (const t of rest) b.emit({ k: 'expr', value: { k: 'call', target: v(ruleVar as string), method: 'addTarget', args: [t], arity: 1 } });
  if (disabled) {
    b.use('events');
    b.emit({ k: 'setL1', target: ruleVar as string, module: 'events', cfnType: 'CfnRule', prop: 'state', value: str('DISABLED') });
  }
}

function hasAccessCode(b: Builder, design: Design, index: number): boolean {
  const repo = design.repositories[index];
  if (!repo) return false;
  return (repo.grants ?? []).some((g) => b.principals.has(g.grantee)) || (repo.resourcePolicyStatements ?? []).length > 0 || (repo.eventRules ?? []).length > 0;
}

function repository(b: Builder, design: Design, index: number): void {
  const plan = planRepository(design.repositories[index] as Design['repositories'][number]);
  const repo = plan.repo;
  b.use('ecr');
  let keyVar: string | undefined;
  const key = plan.key;
  if (key) {
    keyVar = b.names.take(key.constructId);
    if (key.kind === 'created') {
      const props = propsArg('kms', 'KeyProps', [
        ['alias', key.spec.alias !== undefined ? str(key.spec.alias) : undefined],
        ['description', key.spec.description !== undefined ? str(key.spec.description) : undefined],
        ['enableKeyRotation', key.spec.enableKeyRotation !== undefined ? bool(key.spec.enableKeyRotation) : undefined],
      ]);
      b.emit({ k: 'const', name: keyVar, value: b.newExpr('kms', 'Key', args(THIS, str(key.constructId), props), 3) });
    } else {
      b.emit({ k: 'const', name: keyVar, value: b.staticCall('kms', 'Key', 'fromKeyArn', [THIS, str(key.constructId), str(key.arn)], 3) });
    }
  }

  const access = hasAccessCode(b, design, index);
  const tags = Object.entries(repo.tags ?? {});
  const needsVar = tags.length > 0 || plan.escapeHatch !== undefined || plan.lifecycleEscapeHatch === true || access;
  const repoVar = needsVar ? b.names.take(repo.id) : undefined;
  const construct = b.newExpr('ecr', 'Repository', args(THIS, str(repo.id), repositoryProps(b, plan, keyVar)), 3);
  b.emit(repoVar ? { k: 'const', name: repoVar, value: construct } : { k: 'expr', value: construct });

  for (const [k, val] of tags) {
    const of = b.staticCall('core', 'Tags', 'of', [v(repoVar as string)], 1);
    b.emit({ k: 'expr', value: { k: 'call', target: of, method: 'add', args: [str(k), str(val)], arity: 3 } });
  }
  if (plan.escapeHatch) {
    const kmsKey = plan.escapeHatch.kmsKey;
    b.emit({ k: 'comment', text: 'The Repository construct cannot express KMS_DSSE: set it on the underlying CfnRepository.' });
    const value = struct('ecr', 'CfnRepository.EncryptionConfigurationProperty', [
      ['encryptionType', str('KMS_DSSE')],
      ['kmsKey', kmsKey?.kind === 'created' ? { k: 'prop', target: v(keyVar as string), name: 'keyArn' } : kmsKey?.kind === 'arn' ? str(kmsKey.arn) : undefined],
    ]);
    b.emit({ k: 'setL1', target: repoVar as string, module: 'ecr', cfnType: 'CfnRepository', prop: 'encryptionConfiguration', value });
  }
  if (plan.lifecycleEscapeHatch) {
    const doc = renderPolicyDocument(repo.lifecycleRules ?? []);
    b.emit({ k: 'comment', text: 'The Repository construct cannot express archive lifecycle rules: set the policy on the underlying CfnRepository.' });
    const value = struct('ecr', 'CfnRepository.LifecyclePolicyProperty', [
      ['lifecyclePolicyText', { k: 'jsonText', value: doc as unknown as JsonValue }],
      ['registryId', repo.lifecycleRegistryId !== undefined ? str(repo.lifecycleRegistryId) : undefined],
    ]);
    b.emit({ k: 'setL1', target: repoVar as string, module: 'ecr', cfnType: 'CfnRepository', prop: 'lifecyclePolicy', value });
  }
  if (access && repoVar) {
    const r = design.repositories[index] as Design['repositories'][number];
    for (const g of r.grants ?? []) {
      const p = b.principals.get(g.grantee);
      if (p) b.emit({ k: 'expr', value: { k: 'call', target: v(repoVar), method: g.method, args: [v(p)], arity: 1 } });
    }
    for (const st of r.resourcePolicyStatements ?? []) statement(b, repoVar, st);
    for (const rule of r.eventRules ?? []) eventRule(b, repoVar, rule);
  }
}

/** The CDK program of `design`: what the stack constructor does, statement by statement. */
export function buildCdkProgram(design: Design): CdkProgram {
  const b = new Builder();
  prelude(b, design);
  design.repositories.forEach((_, i) => {
    b.emit({ k: 'blank' });
    repository(b, design, i);
  });
  b.emit({ k: 'blank' });
  for (const g of design.authorizationTokenGrants ?? []) {
    const p = b.principals.get(g.grantee);
    if (!p) continue;
    b.emit({ k: 'expr', value: b.staticCall('ecr', g.token, 'grantRead', [v(p)], 1) });
  }
  while (b.statements[b.statements.length - 1]?.k === 'blank') b.statements.pop();
  return { ...(design.description !== undefined ? { description: design.description } : {}), statements: b.statements, modules: b.modules };
}

/** The variables a program reads (for languages that reject unused variables, such as Go). */
export function usedVariables(program: CdkProgram): Set<string> {
  const used = new Set<string>();
  const visit = (e: Expr): void => {
    switch (e.k) {
      case 'var':
        used.add(e.name);
        return;
      case 'new':
      case 'static':
        e.args.forEach(visit);
        return;
      case 'call':
        visit(e.target);
        e.args.forEach(visit);
        return;
      case 'prop':
        visit(e.target);
        return;
      case 'struct':
        e.fields.forEach(([, f]) => visit(f));
        return;
      case 'list':
        e.items.forEach(visit);
        return;
      default:
        return;
    }
  };
  for (const s of program.statements) {
    if (s.k === 'const' || s.k === 'expr') visit(s.value);
    else if (s.k === 'setL1') {
      used.add(s.target);
      visit(s.value);
    }
  }
  return used;
}
