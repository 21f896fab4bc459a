/**
 * Terraform (AWS provider): `main.tf`, a translation of the CloudFormation template `renderTemplate`
 * makes (so of what `cdk synth` makes of the CDK code), resource by resource.
 *
 * - Every Terraform resource is named after the CloudFormation logical ID it stands for, so the two
 *   outputs can be read side by side (and a name is unique because the logical ID is).
 * - Policy documents and event patterns are the template's documents as JSON heredocs: the same
 *   document, key for key and in the same order. `jsonencode()` would be more idiomatic but sorts
 *   keys and escapes `<`, `>` and `&`, so it would not be the same text.
 * - The lifecycle policy is a quoted string byte-equal to the template's `LifecyclePolicyText`
 *   (a heredoc would add a line break).
 * - Where Terraform needs a value CloudFormation generates (a repository or user name), a name is
 *   derived from the stack name and the logical ID, said in a comment and in a warning
 *   (`terraformDiagnostics`).
 * - Comments mark where Terraform and CloudFormation defaults differ.
 */
import type { Design } from '../design.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { type CfnResource, type JsonObject, renderTemplate } from '../cfn/template.ts';
import { type NamedKind, derivedNameDiagnostics, unnamedResources } from './physical-names.ts';
import {
  type CfnRef,
  type Resolved,
  CfnString,
  jsonTextParts,
  nfcSafeJsonParts,
  escapeNonAscii,
  prop,
} from './cfn-refs.ts';
import { CodeWriter, type HclTemplatePart, hclHeredocLines, hclString, hclTemplate, terraformStringValue } from '../writer/code-writer.ts';

/** The AWS provider this file is written for: the exclusion filter block and KMS_DSSE need 6.x. */
export const TERRAFORM_AWS_PROVIDER_VERSION = '~> 6.50';

const TF_TYPE: Record<string, string> = {
  'AWS::ECR::Repository': 'aws_ecr_repository',
  'AWS::KMS::Key': 'aws_kms_key',
  'AWS::KMS::Alias': 'aws_kms_alias',
  'AWS::IAM::User': 'aws_iam_user',
  'AWS::IAM::Role': 'aws_iam_role',
  'AWS::SNS::Topic': 'aws_sns_topic',
  'AWS::SNS::Subscription': 'aws_sns_topic_subscription',
  'AWS::SNS::TopicPolicy': 'aws_sns_topic_policy',
  'AWS::Events::Rule': 'aws_cloudwatch_event_rule',
  'AWS::Lambda::Permission': 'aws_lambda_permission',
};

/** The attribute a CloudFormation `Ref` returns, per resource type, in the provider's terms. */
const REF_ATTRIBUTE: Record<string, string> = {
  'AWS::ECR::Repository': 'name',
  'AWS::KMS::Key': 'key_id',
  'AWS::IAM::User': 'name',
  'AWS::IAM::Role': 'name',
  'AWS::SNS::Topic': 'arn',
  'AWS::Events::Rule': 'name',
};

/** A Terraform resource name: the logical ID (which is alphanumeric), `_`-prefixed if it starts with a digit. */
export function terraformName(logicalId: string): string {
  return /^[A-Za-z_]/.test(logicalId) ? logicalId : `_${logicalId}`;
}

interface Names {
  /** Physical names derived because Terraform needs one: logical ID -> name. */
  derived: Map<string, string>;
}

/** Terraform needs a name for repositories and users (roles, topics and rules it names itself). */
const TERRAFORM_NAMED: NamedKind[] = ['repository', 'user'];

function derivedNames(design: Design): Names {
  return { derived: new Map(unnamedResources(design, TERRAFORM_NAMED).map((u) => [u.logicalId, u.name])) };
}

class Renderer {
  readonly w = new CodeWriter();
  usesPartition = false;
  usesAccount = false;
  usesRegion = false;
  nfcNotes = 0;

  constructor(
    private readonly resources: { [logicalId: string]: CfnResource },
    readonly names: Names,
  ) {}

  address(logicalId: string): string {
    const r = this.resources[logicalId];
    const type = r ? TF_TYPE[r.Type] : undefined;
    if (!type) throw new Error(`Terraform: no resource for ${logicalId}`);
    return `${type}.${terraformName(logicalId)}`;
  }

  expr(ref: CfnRef): string {
    if (ref.kind === 'pseudo') {
      switch (ref.name) {
        case 'AWS::Partition':
          this.usesPartition = true;
          return 'data.aws_partition.current.partition';
        case 'AWS::URLSuffix':
          this.usesPartition = true;
          return 'data.aws_partition.current.dns_suffix';
        case 'AWS::AccountId':
          this.usesAccount = true;
          return 'data.aws_caller_identity.current.account_id';
        case 'AWS::Region':
          this.usesRegion = true;
          return 'data.aws_region.current.region';
      }
    }
    const r = this.resources[ref.logicalId];
    if (ref.attribute === 'Arn') return `${this.address(ref.logicalId)}.arn`;
    const attr = r ? REF_ATTRIBUTE[r.Type] : undefined;
    if (!attr) throw new Error(`Terraform: no Ref attribute for ${ref.logicalId}`);
    return `${this.address(ref.logicalId)}.${attr}`;
  }

  parts(parts: readonly (string | CfnRef)[]): HclTemplatePart[] {
    return parts.map((p) => (typeof p === 'string' ? p : { expr: this.expr(p) }));
  }

  /** An HCL expression for a resolved scalar, list or map. */
  value(v: Resolved): string {
    if (v instanceof CfnString) {
      const only = v.parts.length === 1 ? v.parts[0] : undefined;
      if (only !== undefined && typeof only !== 'string') return this.expr(only);
      return hclTemplate(this.parts(v.parts));
    }
    if (typeof v === 'string') {
      this.noteNfc(v);
      return hclString(v);
    }
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (v === null) return 'null';
    if (Array.isArray(v)) return `[${v.map((x) => this.value(x)).join(', ')}]`;
    const entries = Object.entries(v);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([k, x]) => `${hclString(k)} = ${this.value(x)}`).join(', ')} }`;
  }

  noteNfc(s: string): void {
    if (terraformStringValue(s) !== s) this.nfcNotes++;
  }

  attr(name: string, v: Resolved | undefined): void {
    if (v === undefined) return;
    this.w.line(`${name} = ${this.value(v)}`);
  }

  /** `name = <<-EOT` JSON heredoc of a document (same document as the template's). */
  document(name: string, doc: Resolved | undefined): void {
    if (doc === undefined) return;
    const safe = nfcSafeJsonParts(jsonTextParts(doc, 2));
    if (safe.escaped) this.w.line('# Non-ASCII characters are written as \\u escapes: Terraform would normalize them to Unicode NFC.');
    // JSON.stringify leaves DEL and the line separators raw; a heredoc holds them better as JSON escapes (same value).
    const lines = hclHeredocLines(this.parts(safe.parts.map((p) => (typeof p === 'string' ? p.replace(/[\u007f\u0085\u2028\u2029]/g, jsonEscape) : p))));
    this.w.line(`${name} = <<-EOT`);
    this.w.indent();
    for (const l of lines) this.w.line(l);
    this.w.line('EOT');
    this.w.dedent();
  }

  map(name: string, tags: Resolved | undefined): void {
    if (!Array.isArray(tags) || tags.length === 0) return;
    this.w.block(
      `${name} = {`,
      () => {
        for (const t of tags) {
          if (t === null || typeof t !== 'object' || Array.isArray(t) || t instanceof CfnString) continue;
          const key = t['Key'];
          const value = t['Value'];
          if (typeof key !== 'string' || value === undefined) continue;
          this.noteNfc(key);
          this.w.line(`${hclString(key)} = ${this.value(value)}`);
        }
      },
      '}',
    );
  }

  resource(type: string, logicalId: string, body: () => void, suffix = ''): void {
    this.w.blank();
    this.w.block(`resource "${type}" "${terraformName(logicalId)}${suffix}" {`, body, '}');
  }

  /** Deletion behaviour: CloudFormation's DeletionPolicy/UpdateReplacePolicy in Terraform's terms. */
  removal(r: CfnResource): void {
    const policy = r.DeletionPolicy;
    if (policy === 'Retain' || policy === 'RetainExceptOnCreate') {
      this.w.blank();
      this.w.line(
        policy === 'Retain'
          ? '# CloudFormation: DeletionPolicy and UpdateReplacePolicy Retain (the resource is kept when it leaves the stack).'
          : '# CloudFormation: DeletionPolicy RetainExceptOnCreate, UpdateReplacePolicy Retain.',
      );
      this.w.line('# Terraform cannot orphan a resource on destroy: prevent_destroy refuses any plan that would destroy or');
      this.w.line('# replace it instead. To let it go, remove it from the state (a `removed` block with destroy = false).');
      this.w.block('lifecycle {', () => this.w.line('prevent_destroy = true'), '}');
    } else if (policy === 'Snapshot') {
      this.w.blank();
      this.w.line('# CloudFormation: DeletionPolicy Snapshot, which ECR repositories do not support; Terraform has no equivalent.');
    }
  }
}

function refId(logicalIdOf: Resolved | undefined): string | undefined {
  if (logicalIdOf instanceof CfnString && logicalIdOf.parts.length === 1) {
    const p = logicalIdOf.parts[0];
    if (p && typeof p !== 'string' && p.kind === 'resource') return p.logicalId;
  }
  return undefined;
}

function renderResource(t: Renderer, logicalId: string, r: CfnResource): void {
  const props: JsonObject = r.Properties ?? {};
  const p = (key: string) => prop(props, key);
  const w = t.w;
  switch (r.Type) {
    case 'AWS::KMS::Key':
      t.resource('aws_kms_key', logicalId, () => {
        t.attr('description', p('Description'));
        t.attr('enable_key_rotation', p('EnableKeyRotation'));
        t.document('policy', p('KeyPolicy'));
        w.line('# On destroy Terraform schedules the key for deletion after deletion_window_in_days (default 30).');
        t.removal(r);
      });
      return;
    case 'AWS::KMS::Alias':
      t.resource('aws_kms_alias', logicalId, () => {
        t.attr('name', p('AliasName'));
        t.attr('target_key_id', p('TargetKeyId'));
      });
      return;
    case 'AWS::IAM::User':
      t.resource('aws_iam_user', logicalId, () => {
        const derived = t.names.derived.get(logicalId);
        if (derived !== undefined) {
          w.line('# CloudFormation generates a user name; Terraform needs one, derived here from the stack name and logical ID.');
          t.attr('name', derived);
        } else t.attr('name', p('UserName'));
      });
      return;
    case 'AWS::IAM::Role':
      t.resource('aws_iam_role', logicalId, () => {
        if (props['RoleName'] === undefined) w.line('# No role name: Terraform generates one (prefix "terraform-"), CloudFormation "<stack>-<logical ID>-<suffix>".');
        t.attr('name', p('RoleName'));
        t.attr('description', p('Description'));
        t.document('assume_role_policy', p('AssumeRolePolicyDocument'));
      });
      return;
    case 'AWS::IAM::Policy': {
      const users = p('Users');
      const roles = p('Roles');
      const targets: { type: string; key: string; logicalId: string }[] = [];
      if (Array.isArray(users)) for (const u of users) targets.push({ type: 'aws_iam_user_policy', key: 'user', logicalId: refId(u) ?? '' });
      if (Array.isArray(roles)) for (const x of roles) targets.push({ type: 'aws_iam_role_policy', key: 'role', logicalId: refId(x) ?? '' });
      targets.forEach((target, i) => {
        t.resource(
          target.type,
          logicalId,
          () => {
            if (i === 0) w.line('# The inline policy CloudFormation attaches with AWS::IAM::Policy.');
            t.attr('name', p('PolicyName'));
            w.line(`${target.key} = ${t.expr({ kind: 'resource', logicalId: target.logicalId, attribute: 'Ref' })}`);
            t.document('policy', p('PolicyDocument'));
          },
          targets.length > 1 ? `_${i}` : '',
        );
      });
      return;
    }
    case 'AWS::SNS::Topic':
      t.resource('aws_sns_topic', logicalId, () => {
        if (props['TopicName'] === undefined) w.line('# No topic name: Terraform generates one (prefix "terraform-"), CloudFormation "<stack>-<logical ID>-<suffix>".');
        t.attr('name', p('TopicName'));
        t.attr('display_name', p('DisplayName'));
      });
      return;
    case 'AWS::SNS::Subscription':
      t.resource('aws_sns_topic_subscription', logicalId, () => {
        w.line('# The address must confirm the subscription; until then Terraform reports it as pending.');
        t.attr('topic_arn', p('TopicArn'));
        t.attr('protocol', p('Protocol'));
        t.attr('endpoint', p('Endpoint'));
      });
      return;
    case 'AWS::SNS::TopicPolicy': {
      const topics = p('Topics');
      const list = Array.isArray(topics) ? topics : [];
      list.forEach((topic, i) => {
        t.resource(
          'aws_sns_topic_policy',
          logicalId,
          () => {
            t.attr('arn', topic);
            t.document('policy', p('PolicyDocument'));
          },
          list.length > 1 ? `_${i}` : '',
        );
      });
      return;
    }
    case 'AWS::ECR::Repository':
      renderRepository(t, logicalId, r);
      return;
    case 'AWS::Events::Rule': {
      t.resource('aws_cloudwatch_event_rule', logicalId, () => {
        if (props['Name'] === undefined) w.line('# No rule name: Terraform generates one (prefix "terraform-"), CloudFormation "<stack>-<logical ID>-<suffix>".');
        t.attr('name', p('Name'));
        t.attr('description', p('Description'));
        t.document('event_pattern', p('EventPattern'));
        t.attr('state', p('State'));
        t.map('tags', p('Tags'));
      });
      const targets = p('Targets');
      if (Array.isArray(targets)) {
        for (const target of targets) {
          if (target === null || typeof target !== 'object' || Array.isArray(target) || target instanceof CfnString) continue;
          const id = target['Id'];
          t.resource(
            'aws_cloudwatch_event_target',
            logicalId,
            () => {
              w.line(`rule = ${t.expr({ kind: 'resource', logicalId, attribute: 'Ref' })}`);
              t.attr('target_id', id);
              t.attr('arn', target['Arn']);
            },
            `_${typeof id === 'string' ? id : ''}`,
          );
        }
      }
      return;
    }
    case 'AWS::Lambda::Permission':
      t.resource('aws_lambda_permission', logicalId, () => {
        t.attr('action', p('Action'));
        t.attr('function_name', p('FunctionName'));
        t.attr('principal', p('Principal'));
        t.attr('source_arn', p('SourceArn'));
      });
      return;
    default:
      t.w.blank();
      t.w.line(`# ${logicalId}: ${r.Type} has no Terraform translation here.`);
  }
}

function renderRepository(t: Renderer, logicalId: string, r: CfnResource): void {
  const props: JsonObject = r.Properties ?? {};
  const p = (key: string) => prop(props, key);
  const w = t.w;
  t.resource('aws_ecr_repository', logicalId, () => {
    const derived = t.names.derived.get(logicalId);
    if (derived !== undefined) {
      w.line('# CloudFormation generates a repository name; Terraform needs one. This one is derived from the stack name and');
      w.line('# the logical ID (lower case, as ECR requires); set repositoryName in the design to choose it.');
      t.attr('name', derived);
    } else t.attr('name', p('RepositoryName'));
    t.attr('image_tag_mutability', p('ImageTagMutability'));
    const filters = p('ImageTagMutabilityExclusionFilters');
    if (Array.isArray(filters)) {
      for (const f of filters) {
        if (f === null || typeof f !== 'object' || Array.isArray(f) || f instanceof CfnString) continue;
        w.block(
          'image_tag_mutability_exclusion_filter {',
          () => {
            t.attr('filter', f['ImageTagMutabilityExclusionFilterValue']);
            t.attr('filter_type', f['ImageTagMutabilityExclusionFilterType']);
          },
          '}',
        );
      }
    }
    const scanning = p('ImageScanningConfiguration');
    if (scanning && typeof scanning === 'object' && !Array.isArray(scanning) && !(scanning instanceof CfnString)) {
      w.block('image_scanning_configuration {', () => t.attr('scan_on_push', scanning['ScanOnPush']), '}');
    }
    const encryption = p('EncryptionConfiguration');
    if (encryption && typeof encryption === 'object' && !Array.isArray(encryption) && !(encryption instanceof CfnString)) {
      w.block(
        'encryption_configuration {',
        () => {
          t.attr('encryption_type', encryption['EncryptionType']);
          t.attr('kms_key', encryption['KmsKey']);
        },
        '}',
      );
    }
    const empty = p('EmptyOnDelete');
    if (empty !== undefined) {
      w.line('# CloudFormation EmptyOnDelete: delete the images with the repository.');
      t.attr('force_delete', empty);
    }
    t.map('tags', p('Tags'));
    t.removal(r);
  });

  const lifecycle = props['LifecyclePolicy'];
  if (lifecycle && typeof lifecycle === 'object' && !Array.isArray(lifecycle)) {
    const text = (lifecycle as JsonObject)['LifecyclePolicyText'];
    const registry = (lifecycle as JsonObject)['RegistryId'];
    if (typeof text === 'string') {
      t.resource(
        'aws_ecr_lifecycle_policy',
        logicalId,
        () => {
          w.line(`repository = ${t.expr({ kind: 'resource', logicalId, attribute: 'Ref' })}`);
          const stable = terraformStringValue(text) === text;
          if (stable) w.line('# The exact LifecyclePolicyText of the CloudFormation template.');
          else w.line('# The LifecyclePolicyText of the CloudFormation template, non-ASCII written as \\u escapes (Terraform normalizes to NFC).');
          w.line(`policy = ${hclString(stable ? text : escapeNonAscii(text))}`);
          if (typeof registry === 'string') {
            w.line(`# CloudFormation sets RegistryId ${JSON.stringify(registry)}; Terraform applies the policy in the provider's account.`);
          }
        },
        '',
      );
    } else if (typeof registry === 'string') {
      w.blank();
      w.line(`# LifecyclePolicy.RegistryId ${JSON.stringify(registry)} without rules: nothing to create in Terraform.`);
    }
  }

  const policy = p('RepositoryPolicyText');
  if (policy !== undefined) {
    t.resource('aws_ecr_repository_policy', logicalId, () => {
      w.line(`repository = ${t.expr({ kind: 'resource', logicalId, attribute: 'Ref' })}`);
      t.document('policy', policy);
    });
  }
}

/** The `main.tf` of a design. */
export function renderTerraform(design: Design): string {
  const template = renderTemplate(design);
  const names = derivedNames(design);
  const t = new Renderer(template.Resources, names);
  for (const [logicalId, r] of Object.entries(template.Resources)) renderResource(t, logicalId, r);
  const body = t.w.toString();

  const w = new CodeWriter();
  w.line(`# Terraform for the stack ${oneLine(design.stackName)}, generated by ECR Designer from the CloudFormation template`);
  w.line('# it renders for the same design (the resource names are its logical IDs).');
  if (design.description !== undefined) w.line(`# Stack description: ${oneLine(design.description)}`);
  w.line('# Differences from CloudFormation: nothing adds the aws:cloudformation:* tags (use the provider\'s default_tags for');
  w.line('# common tags); deletion is `terraform destroy`, see the lifecycle blocks; names CloudFormation would generate are');
  w.line('# generated by Terraform or, where it needs one, derived from the stack name and logical ID.');
  if (t.nfcNotes > 0) w.line('# Some texts are not in Unicode NFC form: Terraform stores them normalized, so they differ from the template.');
  w.blank();
  w.block(
    'terraform {',
    () =>
      w.block(
        'required_providers {',
        () => w.block('aws = {', () => w.line('source  = "hashicorp/aws"').line(`version = ${hclString(TERRAFORM_AWS_PROVIDER_VERSION)}`), '}'),
        '}',
      ),
    '}',
  );
  if (t.usesPartition || t.usesAccount || t.usesRegion) w.blank();
  if (t.usesPartition) w.line('data "aws_partition" "current" {}');
  if (t.usesAccount) w.line('data "aws_caller_identity" "current" {}');
  if (t.usesRegion) w.line('data "aws_region" "current" {}');
  if (body.trim() === '') {
    w.blank();
    w.line('# The design has no resources.');
    return alignAttributes(w.toString());
  }
  return alignAttributes(w.toString() + '\n' + body);
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The width `terraform fmt` gives a key: its grapheme clusters. */
function columns(text: string): number {
  let n = 0;
  for (const _ of graphemes.segment(text)) n++;
  return n;
}

const ASSIGNMENT = /^(\s*)([A-Za-z_][A-Za-z0-9_-]*|"(?:[^"\\]|\\.)*") *= *(.*)$/;

/**
 * Aligns the `=` of consecutive one-line attributes at the same indentation, as `terraform fmt`
 * does: a comment, a blank line, a block or an attribute whose value spans lines in brackets ends
 * the run; a heredoc value does not (its lines count as one).
 */
export function alignAttributes(text: string): string {
  const lines = text.split('\n');
  interface Logical {
    first: number;
    assignment?: { indent: string; key: string; rest: string };
  }
  const logical: Logical[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const m = ASSIGNMENT.exec(line);
    const entry: Logical = { first: i };
    if (m && !/[{[]$/.test(m[3] as string)) entry.assignment = { indent: m[1] as string, key: m[2] as string, rest: m[3] as string };
    logical.push(entry);
    const heredoc = m ? /<<-?([A-Za-z_][A-Za-z0-9_]*)$/.exec(m[3] as string) : null;
    if (heredoc) {
      while (i + 1 < lines.length && (lines[i + 1] as string).trim() !== heredoc[1]) i++;
      i++;
    }
  }
  let run: Logical[] = [];
  const flush = () => {
    const width = Math.max(0, ...run.map((l) => (l.assignment ? columns(l.assignment.key) : 0)));
    for (const l of run) {
      const a = l.assignment;
      if (a) lines[l.first] = `${a.indent}${a.key}${' '.repeat(width - columns(a.key))} = ${a.rest}`;
    }
    run = [];
  };
  for (const l of logical) {
    const prev = run[run.length - 1];
    if (l.assignment && (!prev || prev.assignment?.indent === l.assignment.indent)) run.push(l);
    else {
      flush();
      if (l.assignment) run.push(l);
    }
  }
  flush();
  return lines.join('\n');
}

function jsonEscape(c: string): string {
  return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
}

/** A design text on one comment line (line breaks and other controls shown as spaces). */
function oneLine(s: string): string {
  // oxlint-disable-next-line no-control-regex -- finding control characters is the point
  return s.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, ' ');
}

/** What the Terraform output decides for the user: warnings at the fields concerned. */
export function terraformDiagnostics(design: Design): Diagnostic[] {
  return derivedNameDiagnostics(unnamedResources(design, TERRAFORM_NAMED), 'Terraform', 'main.tf');
}
