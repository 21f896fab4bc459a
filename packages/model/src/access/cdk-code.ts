/**
 * The CDK TypeScript of principals, topics, imports, grants, repository policy statements, event
 * rules and authorization token grants. The statement order is the program order the plan
 * (access/plan.ts) replays; references to ids the design does not define are left out, as the
 * plan leaves them out.
 */
import type { Design, EventRule, EventTarget, JsonValue, PolicyStatement, Principal } from '../design.ts';
import type { VariableNames } from '../cdk/names.ts';
import { type CodeWriter, tsNumber, tsString } from '../writer/code-writer.ts';

export interface AccessImports {
  events: boolean;
  iam: boolean;
  sns: boolean;
  subscriptions: boolean;
  sqs: boolean;
  lambda: boolean;
  targets: boolean;
}

export interface AccessContext {
  names: VariableNames;
  imports: AccessImports;
  /** Variable of each principal, topic and import id (the first definition of an id wins). */
  principals: Map<string, string>;
  topics: Map<string, string>;
  importedTopics: Map<string, string>;
  queues: Map<string, string>;
  functions: Map<string, string>;
}

export function newAccessContext(names: VariableNames): AccessContext {
  return {
    names,
    imports: { events: false, iam: false, sns: false, subscriptions: false, sqs: false, lambda: false, targets: false },
    principals: new Map(),
    topics: new Map(),
    importedTopics: new Map(),
    queues: new Map(),
    functions: new Map(),
  };
}

const MAX_INLINE = 100;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function propertyKey(key: string): string {
  return IDENTIFIER.test(key) ? key : tsString(key);
}

/** A JSON value as a TypeScript literal on one line. */
export function jsonLiteral(value: JsonValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return tsString(value);
  if (typeof value === 'number') return tsNumber(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(jsonLiteral).join(', ')}]`;
  const entries = Object.entries(value).map(([k, v]) => `${propertyKey(k)}: ${jsonLiteral(v)}`);
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}

/** `key: value,` on one line when it fits (at `indent` columns), otherwise objects one member a line. */
function writeMember(w: CodeWriter, key: string, value: JsonValue, indent: number, suffix = ','): void {
  const one = `${propertyKey(key)}: ${jsonLiteral(value)}${suffix}`;
  if (value === null || typeof value !== 'object' || one.length + indent <= MAX_INLINE) {
    w.line(one);
    return;
  }
  if (Array.isArray(value)) {
    w.block(`${propertyKey(key)}: [`, () => value.forEach((v) => w.line(`${jsonLiteral(v)},`)), `]${suffix}`);
    return;
  }
  w.block(`${propertyKey(key)}: {`, () => Object.entries(value).forEach(([k, v]) => writeMember(w, k, v, indent + 2)), `}${suffix}`);
}

/** Indentation of statements in the constructor body of the stack class. */
const BODY = 4;

function writeCall(w: CodeWriter, head: string, members: [string, string | JsonValue, 'code' | 'json'][], tail: string): void {
  if (members.length === 0) {
    w.line(`${head})${tail}`);
    return;
  }
  const inline = `${head}{ ${members.map(([k, v, kind]) => `${propertyKey(k)}: ${kind === 'code' ? (v as string) : jsonLiteral(v as JsonValue)}`).join(', ')} })${tail}`;
  if (inline.length + BODY <= MAX_INLINE) {
    w.line(inline);
    return;
  }
  w.block(
    `${head}{`,
    () => {
      for (const [k, v, kind] of members) {
        if (kind === 'code') w.line(`${propertyKey(k)}: ${v as string},`);
        else writeMember(w, k, v as JsonValue, BODY + 2);
      }
    },
    `})${tail}`,
  );
}

function principalExpression(p: Principal): string | undefined {
  switch (p.type) {
    case 'AccountPrincipal':
      return `new iam.AccountPrincipal(${tsString(p.accountId)})`;
    case 'ArnPrincipal':
      return `new iam.ArnPrincipal(${tsString(p.arn)})`;
    case 'ServicePrincipal':
      return `new iam.ServicePrincipal(${tsString(p.service)})`;
    case 'OrganizationPrincipal':
      return `new iam.OrganizationPrincipal(${tsString(p.organizationId)})`;
    case 'AnyPrincipal':
      return 'new iam.AnyPrincipal()';
    default:
      return undefined;
  }
}

/** Principals, topics and imports: everything the repositories refer to. */
export function writeAccessPrelude(w: CodeWriter, design: Design, ctx: AccessContext): void {
  const principals = design.principals ?? [];
  for (const p of principals) {
    ctx.imports.iam = true;
    const v = ctx.names.take(p.id);
    if (!ctx.principals.has(p.id)) ctx.principals.set(p.id, v);
    if (p.type === 'User') {
      const members: [string, string, 'json'][] = p.userName !== undefined ? [['userName', p.userName, 'json']] : [];
      writeCall(w, `const ${v} = new iam.User(this, ${tsString(p.id)}${members.length ? ', ' : ''}`, members, ';');
    } else if (p.type === 'Role') {
      const assumedBy =
        p.assumedBy.type === 'ServicePrincipal'
          ? `new iam.ServicePrincipal(${tsString(p.assumedBy.service)})`
          : `new iam.AccountPrincipal(${tsString(p.assumedBy.accountId)})`;
      const members: [string, string | JsonValue, 'code' | 'json'][] = [['assumedBy', assumedBy, 'code']];
      if (p.roleName !== undefined) members.push(['roleName', p.roleName, 'json']);
      if (p.description !== undefined) members.push(['description', p.description, 'json']);
      writeCall(w, `const ${v} = new iam.Role(this, ${tsString(p.id)}, `, members, ';');
    } else {
      w.line(`const ${v} = ${principalExpression(p) as string};`);
    }
  }

  const topics = design.topics ?? [];
  if (topics.length > 0 && principals.length > 0) w.blank();
  for (const t of topics) {
    ctx.imports.sns = true;
    const v = ctx.names.take(t.id);
    if (!ctx.topics.has(t.id)) ctx.topics.set(t.id, v);
    const members: [string, string, 'json'][] = [];
    if (t.topicName !== undefined) members.push(['topicName', t.topicName, 'json']);
    if (t.displayName !== undefined) members.push(['displayName', t.displayName, 'json']);
    writeCall(w, `const ${v} = new sns.Topic(this, ${tsString(t.id)}${members.length ? ', ' : ''}`, members, ';');
    for (const email of t.emailSubscriptions ?? []) {
      ctx.imports.subscriptions = true;
      w.line(`${v}.addSubscription(new subscriptions.EmailSubscription(${tsString(email)}));`);
    }
  }

  const imports = design.imports ?? [];
  if (imports.length > 0 && (principals.length > 0 || topics.length > 0)) w.blank();
  for (const imp of imports) {
    const v = ctx.names.take(imp.id);
    if (imp.type === 'Topic') {
      ctx.imports.sns = true;
      if (!ctx.importedTopics.has(imp.id)) ctx.importedTopics.set(imp.id, v);
      w.line(`const ${v} = sns.Topic.fromTopicArn(this, ${tsString(imp.id)}, ${tsString(imp.topicArn)});`);
    } else if (imp.type === 'Queue') {
      ctx.imports.sqs = true;
      if (!ctx.queues.has(imp.id)) ctx.queues.set(imp.id, v);
      w.line(`const ${v} = sqs.Queue.fromQueueArn(this, ${tsString(imp.id)}, ${tsString(imp.queueArn)});`);
    } else {
      ctx.imports.lambda = true;
      if (!ctx.functions.has(imp.id)) ctx.functions.set(imp.id, v);
      if (imp.sameEnvironment !== undefined) {
        writeCall(
          w,
          `const ${v} = lambda.Function.fromFunctionAttributes(this, ${tsString(imp.id)}, `,
          [
            ['functionArn', imp.functionArn, 'json'],
            ['sameEnvironment', imp.sameEnvironment, 'json'],
          ],
          ';',
        );
      } else w.line(`const ${v} = lambda.Function.fromFunctionArn(this, ${tsString(imp.id)}, ${tsString(imp.functionArn)});`);
    }
  }
}

/** Whether the repository needs a variable for its access and event code. */
export function repositoryHasAccessCode(design: Design, index: number, ctx: AccessContext): boolean {
  const repo = design.repositories[index];
  if (!repo) return false;
  return (
    (repo.grants ?? []).some((g) => ctx.principals.has(g.grantee)) || (repo.resourcePolicyStatements ?? []).length > 0 || (repo.eventRules ?? []).length > 0
  );
}

function targetExpression(target: EventTarget, ctx: AccessContext): string | undefined {
  if (target.type === 'SnsTopic') {
    const v = ctx.topics.get(target.topic) ?? ctx.importedTopics.get(target.topic);
    return v ? `new targets.SnsTopic(${v})` : undefined;
  }
  if (target.type === 'SqsQueue') {
    const v = ctx.queues.get(target.queue);
    return v ? `new targets.SqsQueue(${v})` : undefined;
  }
  const v = ctx.functions.get(target.handler);
  return v ? `new targets.LambdaFunction(${v})` : undefined;
}

function writeStatement(w: CodeWriter, repoVar: string, st: PolicyStatement, ctx: AccessContext): void {
  const members: [string, string | JsonValue, 'code' | 'json'][] = [];
  if (st.sid !== undefined) members.push(['sid', st.sid, 'json']);
  if (st.effect !== undefined) members.push(['effect', `iam.Effect.${st.effect}`, 'code']);
  if (st.actions !== undefined) members.push(['actions', st.actions, 'json']);
  if (st.principals !== undefined) {
    const vars = st.principals.map((id) => ctx.principals.get(id)).filter((x): x is string => x !== undefined);
    members.push(['principals', `[${vars.join(', ')}]`, 'code']);
  }
  if (st.resources !== undefined) members.push(['resources', st.resources, 'json']);
  if (st.conditions !== undefined) members.push(['conditions', st.conditions as JsonValue, 'json']);
  ctx.imports.iam = true;
  writeCall(w, `${repoVar}.addToResourcePolicy(new iam.PolicyStatement(`, members, ');');
}

function writeRule(w: CodeWriter, repoVar: string, rule: EventRule, ctx: AccessContext): void {
  const targetExprs = (rule.targets ?? []).map((t) => targetExpression(t, ctx)).filter((x): x is string => x !== undefined);
  if (targetExprs.length > 0) ctx.imports.targets = true;
  const members: [string, string | JsonValue, 'code' | 'json'][] = [];
  if (rule.ruleName !== undefined) members.push(['ruleName', rule.ruleName, 'json']);
  if (rule.description !== undefined) members.push(['description', rule.description, 'json']);
  if (rule.eventPattern !== undefined) members.push(['eventPattern', rule.eventPattern as JsonValue, 'json']);
  if (rule.method === 'onImageScanCompleted' && rule.imageTags !== undefined) members.push(['imageTags', rule.imageTags, 'json']);
  if (rule.method === 'onCloudTrailImagePushed' && rule.imageTag !== undefined) members.push(['imageTag', rule.imageTag, 'json']);
  const [first, ...rest] = targetExprs;
  if (first !== undefined) members.push(['target', first, 'code']);
  const disabled = rule.enabled === false;
  const ruleVar = rest.length > 0 || disabled ? ctx.names.take(rule.id) : undefined;
  const head = `${ruleVar ? `const ${ruleVar} = ` : ''}${repoVar}.${rule.method}(${tsString(rule.id)}${members.length ? ', ' : ''}`;
  writeCall(w, head, members, ';');
  for (const t of rest) w.line(`${ruleVar as string}.addTarget(${t});`);
  if (disabled) {
    // The repository's event methods take no `enabled` option (OnEventOptions): disable the rule on its CfnRule.
    ctx.imports.events = true;
    w.line(`(${ruleVar as string}.node.defaultChild as events.CfnRule).state = 'DISABLED';`);
  }
}

/** Grants, policy statements and event rules of one repository, after its construction. */
export function writeRepositoryAccess(w: CodeWriter, design: Design, index: number, repoVar: string, ctx: AccessContext): void {
  const repo = design.repositories[index];
  if (!repo) return;
  for (const g of repo.grants ?? []) {
    const v = ctx.principals.get(g.grantee);
    if (v) w.line(`${repoVar}.${g.method}(${v});`);
  }
  for (const st of repo.resourcePolicyStatements ?? []) writeStatement(w, repoVar, st, ctx);
  for (const rule of repo.eventRules ?? []) writeRule(w, repoVar, rule, ctx);
}

/** The authorization token grants, after the repositories. */
export function writeAccessSuffix(w: CodeWriter, design: Design, ctx: AccessContext): boolean {
  let wrote = false;
  for (const g of design.authorizationTokenGrants ?? []) {
    const v = ctx.principals.get(g.grantee);
    if (!v) continue;
    w.line(`ecr.${g.token}.grantRead(${v});`);
    wrote = true;
  }
  return wrote;
}

/** The import lines of the modules the access code used. */
export function accessImportLines(imports: AccessImports): string[] {
  const out: string[] = [];
  if (imports.events) out.push("import * as events from 'aws-cdk-lib/aws-events';");
  if (imports.targets) out.push("import * as targets from 'aws-cdk-lib/aws-events-targets';");
  if (imports.iam) out.push("import * as iam from 'aws-cdk-lib/aws-iam';");
  if (imports.lambda) out.push("import * as lambda from 'aws-cdk-lib/aws-lambda';");
  if (imports.sns) out.push("import * as sns from 'aws-cdk-lib/aws-sns';");
  if (imports.subscriptions) out.push("import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';");
  if (imports.sqs) out.push("import * as sqs from 'aws-cdk-lib/aws-sqs';");
  return out;
}
