/**
 * AWS CLI: `create-ecr.sh`, a bash script of AWS CLI v2 commands that creates what the CloudFormation
 * template `renderTemplate` makes (so what `cdk synth` makes of the CDK code), resource by resource,
 * in template order.
 *
 * Quoting: every request goes in as `--cli-input-json` with the request as JSON in single quotes
 * (a `'` is written `'\''`), so no value is ever seen by the shell, and the CLI's `file://` parameter
 * files never apply to a design text. Non-ASCII characters are written as JSON \u escapes: the script
 * is ASCII and reads the same in any locale. Values known only at run time (the ARNs of what the
 * script creates, the account and partition) are captured with `--query ... --output text` into
 * shell variables and spliced into the JSON as "$VAR" (ARNs, names and ids never need JSON escaping).
 * Policy documents and the lifecycle policy are the template's, as JSON strings (compact).
 */
import type { Design } from '../design.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { type CfnResource, type JsonObject, renderTemplate } from '../cfn/template.ts';
import { type CfnRef, type Resolved, CfnString, escapeNonAscii, jsonTextParts, prop } from './cfn-refs.ts';
import { type NamedKind, derivedNameDiagnostics, unnamedResources } from './physical-names.ts';
import { CodeWriter, type ShellWordPart, shellQuote, shellWord } from '../writer/code-writer.ts';

/** The CLI needs a name for everything CloudFormation would name itself. */
const CLI_NAMED: NamedKind[] = ['repository', 'user', 'role', 'topic', 'rule'];

/** A shell variable name for a value of a resource (logical IDs are alphanumeric). */
export function shellVariable(logicalId: string, what: 'ARN' | 'NAME' | 'ID'): string {
  return `${/^[A-Za-z_]/.test(logicalId) ? '' : 'R_'}${logicalId}_${what}`;
}

const REF_IS_NAME = new Set(['AWS::ECR::Repository', 'AWS::IAM::User', 'AWS::IAM::Role', 'AWS::Events::Rule']);

class Script {
  readonly w = new CodeWriter();
  usesPartition = false;
  usesAccount = false;
  usesRegion = false;
  readonly derived: Map<string, string>;

  constructor(
    private readonly resources: { [logicalId: string]: CfnResource },
    design: Design,
  ) {
    this.derived = new Map(unnamedResources(design, CLI_NAMED).map((u) => [u.logicalId, u.name]));
  }

  /** The value a reference stands for: a name the script knows, or a shell variable set by an earlier command. */
  resolve(ref: CfnRef): { literal: string } | { variable: string } {
    if (ref.kind === 'pseudo') {
      switch (ref.name) {
        case 'AWS::Partition':
          this.usesPartition = true;
          return { variable: 'PARTITION' };
        case 'AWS::AccountId':
          this.usesAccount = true;
          return { variable: 'ACCOUNT_ID' };
        case 'AWS::Region':
          this.usesRegion = true;
          return { variable: 'REGION' };
        case 'AWS::URLSuffix':
          this.usesRegion = true;
          return { variable: 'URL_SUFFIX' };
      }
    }
    const r = this.resources[ref.logicalId];
    if (!r) throw new Error(`AWS CLI: no resource ${ref.logicalId}`);
    if (ref.attribute === 'Arn') return { variable: shellVariable(ref.logicalId, 'ARN') };
    if (REF_IS_NAME.has(r.Type)) return { literal: this.nameOf(ref.logicalId) };
    if (r.Type === 'AWS::SNS::Topic') return { variable: shellVariable(ref.logicalId, 'ARN') };
    if (r.Type === 'AWS::KMS::Key') return { variable: shellVariable(ref.logicalId, 'ID') };
    throw new Error(`AWS CLI: no Ref value for ${r.Type}`);
  }

  /** The physical name of a named resource: the template's, or the derived one. */
  nameOf(logicalId: string): string {
    const derived = this.derived.get(logicalId);
    if (derived !== undefined) return derived;
    const props = this.resources[logicalId]?.Properties ?? {};
    const given = props['RepositoryName'] ?? props['UserName'] ?? props['RoleName'] ?? props['Name'] ?? props['TopicName'];
    if (typeof given !== 'string') throw new Error(`AWS CLI: no name for ${logicalId}`);
    return given;
  }

  /**
   * `v` with every reference to a name the script knows replaced by that name, before the value is
   * serialized (a name inside a policy document is then escaped for each JSON level it sits in).
   */
  literal(v: Resolved | undefined): Resolved | undefined {
    if (v === undefined) return undefined;
    if (v instanceof CfnString) {
      const parts = v.parts.map((p) => {
        if (typeof p === 'string') return p;
        const r = this.resolve(p);
        return 'literal' in r ? r.literal : p;
      });
      return parts.every((p) => typeof p === 'string') ? parts.join('') : new CfnString(parts);
    }
    if (Array.isArray(v)) return v.map((x) => this.literal(x) as Resolved);
    if (v !== null && typeof v === 'object') {
      const o: { [key: string]: Resolved } = {};
      for (const [k, x] of Object.entries(v)) o[k] = this.literal(x) as Resolved;
      return o;
    }
    return v;
  }

  /** The JSON request as one shell word: ASCII JSON in single quotes, references as "$VAR". */
  word(request: { [key: string]: Resolved | undefined }, indent: number): string {
    const clean: { [key: string]: Resolved } = {};
    for (const [k, v] of Object.entries(request)) if (v !== undefined) clean[k] = this.literal(v) as Resolved;
    const parts = jsonTextParts(clean, 2);
    const pad = ' '.repeat(indent);
    const shellParts: ShellWordPart[] = parts.map((p) => {
      if (typeof p === 'string') return escapeNonAscii(p).replace(/\n/g, '\n' + pad);
      const v = this.resolve(p);
      if ('literal' in v) throw new Error('AWS CLI: a name reference left unresolved (call literal() first)');
      return v;
    });
    return shellWord(shellParts);
  }

  /** Says so when the script derived the resource's name. */
  nameNote(logicalId: string, what: string): void {
    if (this.derived.has(logicalId)) {
      this.w.line(`# CloudFormation generates this ${what} name; the CLI needs one, derived from the stack name and logical ID.`);
    }
  }

  /**
   * `aws <service> <command> --cli-input-json '<request>'`, capturing `query` into `capture` when
   * given.
   */
  command(service: string, command: string, request: { [key: string]: Resolved | undefined }, capture?: { variable: string; query: string }): void {
    const w = this.w;
    if (capture) {
      w.line(`${capture.variable}="$(aws ${service} ${command} \\`);
      w.line(`  --query ${shellQuote(capture.query)} --output text \\`);
      w.line(`  --cli-input-json ${this.word(request, 2)})"`);
    } else {
      w.line(`aws ${service} ${command} \\`);
      w.line(`  --cli-input-json ${this.word(request, 2)}`);
    }
  }
}

/** A JSON string whose value is the JSON text of `doc` (compact), references kept as parts. */
function jsonString(doc: Resolved | undefined): CfnString | undefined {
  return doc === undefined ? undefined : new CfnString(jsonTextParts(doc));
}

/** A reference to a named resource's name (`Script.literal` turns it into the name). */
function nameRef(logicalId: string): CfnString {
  return new CfnString([{ kind: 'resource', logicalId, attribute: 'Ref' }]);
}

function obj(v: Resolved | undefined): { [key: string]: Resolved } | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof CfnString) ? v : undefined;
}

function tagsOf(v: Resolved | undefined): Resolved | undefined {
  return Array.isArray(v) && v.length > 0 ? v : undefined;
}

function removalNote(s: Script, r: CfnResource, what: string): void {
  if (r.DeletionPolicy === 'Delete') s.w.line(`# CloudFormation deletes this ${what} with the stack; a script creates, it never deletes.`);
  else if (r.DeletionPolicy === 'Snapshot') s.w.line(`# CloudFormation DeletionPolicy Snapshot: not supported for ECR; nothing to do here.`);
  else if (r.DeletionPolicy) s.w.line(`# CloudFormation keeps this ${what} when it leaves the stack (DeletionPolicy ${r.DeletionPolicy}).`);
}

function renderResource(s: Script, logicalId: string, r: CfnResource): void {
  const props: JsonObject = r.Properties ?? {};
  const p = (key: string) => s.literal(prop(props, key));
  const w = s.w;
  w.blank();
  w.line(`# ${logicalId} (${r.Type})`);
  switch (r.Type) {
    case 'AWS::KMS::Key': {
      removalNote(s, r, 'key');
      const arn = shellVariable(logicalId, 'ARN');
      s.command('kms', 'create-key', { Description: p('Description'), Policy: jsonString(p('KeyPolicy')) }, { variable: arn, query: 'KeyMetadata.Arn' });
      w.line(`${shellVariable(logicalId, 'ID')}="\${${arn}##*/}"`);
      if (p('EnableKeyRotation') === true) w.line(`aws kms enable-key-rotation --key-id "\${${arn}}"`);
      return;
    }
    case 'AWS::KMS::Alias':
      s.command('kms', 'create-alias', { AliasName: p('AliasName'), TargetKeyId: p('TargetKeyId') });
      return;
    case 'AWS::IAM::User': {
      s.nameNote(logicalId, 'user');
      s.command('iam', 'create-user', { UserName: nameRef(logicalId) }, { variable: shellVariable(logicalId, 'ARN'), query: 'User.Arn' });
      return;
    }
    case 'AWS::IAM::Role':
      s.nameNote(logicalId, 'role');
      s.command(
        'iam',
        'create-role',
        {
          RoleName: nameRef(logicalId),
          AssumeRolePolicyDocument: jsonString(p('AssumeRolePolicyDocument')),
          Description: p('Description'),
        },
        { variable: shellVariable(logicalId, 'ARN'), query: 'Role.Arn' },
      );
      return;
    case 'AWS::IAM::Policy': {
      const users = p('Users');
      const roles = p('Roles');
      for (const u of Array.isArray(users) ? users : []) {
        s.command('iam', 'put-user-policy', { UserName: u, PolicyName: p('PolicyName'), PolicyDocument: jsonString(p('PolicyDocument')) });
      }
      for (const x of Array.isArray(roles) ? roles : []) {
        s.command('iam', 'put-role-policy', { RoleName: x, PolicyName: p('PolicyName'), PolicyDocument: jsonString(p('PolicyDocument')) });
      }
      return;
    }
    case 'AWS::SNS::Topic': {
      s.nameNote(logicalId, 'topic');
      const display = p('DisplayName');
      s.command(
        'sns',
        'create-topic',
        { Name: s.nameOf(logicalId), Attributes: display !== undefined ? { DisplayName: display } : undefined },
        { variable: shellVariable(logicalId, 'ARN'), query: 'TopicArn' },
      );
      return;
    }
    case 'AWS::SNS::Subscription':
      w.line('# The address must confirm the subscription.');
      s.command('sns', 'subscribe', { TopicArn: p('TopicArn'), Protocol: p('Protocol'), Endpoint: p('Endpoint') });
      return;
    case 'AWS::SNS::TopicPolicy': {
      const topics = p('Topics');
      for (const topic of Array.isArray(topics) ? topics : []) {
        s.command('sns', 'set-topic-attributes', { TopicArn: topic, AttributeName: 'Policy', AttributeValue: jsonString(p('PolicyDocument')) });
      }
      return;
    }
    case 'AWS::ECR::Repository':
      renderRepository(s, logicalId, r);
      return;
    case 'AWS::Events::Rule': {
      s.nameNote(logicalId, 'rule');
      s.command(
        'events',
        'put-rule',
        {
          Name: nameRef(logicalId),
          EventPattern: jsonString(p('EventPattern')),
          State: p('State'),
          Description: p('Description'),
          Tags: tagsOf(p('Tags')),
        },
        { variable: shellVariable(logicalId, 'ARN'), query: 'RuleArn' },
      );
      const targets = p('Targets');
      if (Array.isArray(targets) && targets.length > 0) {
        s.command('events', 'put-targets', { Rule: nameRef(logicalId), Targets: targets });
      }
      return;
    }
    case 'AWS::Lambda::Permission':
      s.command('lambda', 'add-permission', {
        FunctionName: p('FunctionName'),
        StatementId: logicalId.slice(0, 100),
        Action: p('Action'),
        Principal: p('Principal'),
        SourceArn: p('SourceArn'),
      });
      return;
    default:
      w.line(`# ${r.Type} has no AWS CLI translation here.`);
  }
}

function renderRepository(s: Script, logicalId: string, r: CfnResource): void {
  const props: JsonObject = r.Properties ?? {};
  const p = (key: string) => s.literal(prop(props, key));
  const w = s.w;
  removalNote(s, r, 'repository');
  const empty = p('EmptyOnDelete');
  if (empty === true) w.line('# EmptyOnDelete: to delete it with its images later, run aws ecr delete-repository --force.');
  s.nameNote(logicalId, 'repository');
  const filters = p('ImageTagMutabilityExclusionFilters');
  const scanning = obj(p('ImageScanningConfiguration'));
  const encryption = obj(p('EncryptionConfiguration'));
  s.command(
    'ecr',
    'create-repository',
    {
      repositoryName: nameRef(logicalId),
      tags: tagsOf(p('Tags')),
      imageTagMutability: p('ImageTagMutability'),
      imageTagMutabilityExclusionFilters: Array.isArray(filters)
        ? filters.map((f) => {
            const o = obj(f) ?? {};
            return { filterType: o['ImageTagMutabilityExclusionFilterType'] ?? null, filter: o['ImageTagMutabilityExclusionFilterValue'] ?? null };
          })
        : undefined,
      imageScanningConfiguration: scanning ? { scanOnPush: scanning['ScanOnPush'] ?? null } : undefined,
      encryptionConfiguration: encryption
        ? (() => {
            const e: { [key: string]: Resolved } = { encryptionType: encryption['EncryptionType'] ?? null };
            if (encryption['KmsKey'] !== undefined) e['kmsKey'] = encryption['KmsKey'];
            return e;
          })()
        : undefined,
    },
    { variable: shellVariable(logicalId, 'ARN'), query: 'repository.repositoryArn' },
  );
  const lifecycle = obj(p('LifecyclePolicy'));
  const text = lifecycle?.['LifecyclePolicyText'];
  if (typeof text === 'string') {
    w.line('# The LifecyclePolicyText of the CloudFormation template.');
    s.command('ecr', 'put-lifecycle-policy', {
      registryId: lifecycle?.['RegistryId'],
      repositoryName: nameRef(logicalId),
      lifecyclePolicyText: text,
    });
  } else if (lifecycle?.['RegistryId'] !== undefined) {
    w.line('# LifecyclePolicy.RegistryId without rules: no lifecycle policy to put.');
  }
  const policy = p('RepositoryPolicyText');
  if (policy !== undefined) {
    s.command('ecr', 'set-repository-policy', {
      repositoryName: nameRef(logicalId),
      policyText: jsonString(policy),
    });
  }
}

/** `create-ecr.sh` for a design. */
export function renderAwsCli(design: Design): string {
  const template = renderTemplate(design);
  const s = new Script(template.Resources, design);
  for (const logicalId of creationOrder(template.Resources)) renderResource(s, logicalId, template.Resources[logicalId] as CfnResource);
  const body = s.w.toString();

  const w = new CodeWriter();
  w.line('#!/usr/bin/env bash');
  w.line(`# AWS CLI v2 commands for the stack ${oneLine(design.stackName)}, generated by ECR Designer from the`);
  w.line('# CloudFormation template it renders for the same design. Run it once: it creates the resources and');
  w.line('# stops at the first failure (no rollback, no updates: that is what CloudFormation or Terraform add).');
  w.line('set -euo pipefail');
  if (s.usesAccount || s.usesPartition || s.usesRegion) {
    w.blank();
    w.line('CALLER_ARN="$(aws sts get-caller-identity --query Arn --output text)"');
    if (s.usesPartition) w.line('PARTITION="${CALLER_ARN#arn:}"').line('PARTITION="${PARTITION%%:*}"');
    if (s.usesAccount) w.line('ACCOUNT_ID="$(aws sts get-caller-identity --query Account --output text)"');
    if (s.usesRegion) w.line('REGION="$(aws configure get region)"').line('URL_SUFFIX="amazonaws.com"');
  }
  if (body.trim() === '') {
    w.blank();
    w.line('# The design has no resources.');
    return w.toString();
  }
  return w.toString() + '\n' + body;
}

/** The logical IDs a value refers to (Ref, Fn::GetAtt). */
function referencedIds(v: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(v)) for (const x of v) referencedIds(x, out);
  else if (v !== null && typeof v === 'object') {
    const o = v as { [key: string]: unknown };
    if (typeof o['Ref'] === 'string' && !o['Ref'].startsWith('AWS::')) out.add(o['Ref']);
    const att = o['Fn::GetAtt'];
    if (Array.isArray(att) && typeof att[0] === 'string') out.add(att[0]);
    for (const x of Object.values(o)) referencedIds(x, out);
  }
  return out;
}

/**
 * Template order, except that a resource comes after the resources it refers to (CloudFormation
 * orders by references itself; a script must, e.g. a user's policy names a repository ARN that
 * comes later in the template). Stable: otherwise as in the template.
 */
export function creationOrder(resources: { [logicalId: string]: CfnResource }): string[] {
  const ids = Object.keys(resources);
  const deps = new Map(ids.map((id) => [id, [...referencedIds(resources[id]?.Properties, new Set())].filter((d) => d !== id && d in resources)]));
  const done = new Set<string>();
  const out: string[] = [];
  while (out.length < ids.length) {
    const next = ids.find((id) => !done.has(id) && (deps.get(id) ?? []).every((d) => done.has(d)));
    // A cycle (none in what CDK renders here): keep template order for the rest.
    const id = next ?? (ids.find((x) => !done.has(x)) as string);
    done.add(id);
    out.push(id);
  }
  return out;
}

function oneLine(s: string): string {
  // oxlint-disable-next-line no-control-regex -- finding control characters is the point
  return s.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, ' ');
}

/** Warnings at the fields whose names the script had to choose. */
export function awsCliDiagnostics(design: Design): Diagnostic[] {
  return derivedNameDiagnostics(unnamedResources(design, CLI_NAMED), 'AwsCli', 'create-ecr.sh');
}
