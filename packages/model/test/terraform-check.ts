/**
 * Reads `main.tf` with a real HCL parser and checks it against the CloudFormation template of the
 * same design (which the oracle proves equal to `cdk synth`).
 *
 * The parser is `@cdktf/hcl2json`: HashiCorp's own HCL library (hashicorp/hcl/v2, what Terraform
 * uses) compiled to WebAssembly, so syntax, escapes, heredocs and Unicode normalization are
 * Terraform's, offline and without Terraform or providers. It returns Terraform's JSON syntax:
 * strings are templates in which a literal `${` / `%{` is written `$${` / `%%{` and interpolations
 * stay `${expr}`; `decodeTemplate` undoes that. (Its one ambiguity: a literal `$` just before an
 * interpolation also prints as `$${`; the renderer never writes one, see the unit tests.)
 */
import { parse } from '@cdktf/hcl2json';
import type { CfnTemplate } from '../src/index.ts';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export async function parseHcl(text: string): Promise<JsonObject> {
  return (await parse('main.tf', text)) as JsonObject;
}

/** What Terraform holds for a string: lone surrogates cannot be written, and strings are NFC. */
export function terraformHolds(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD').normalize('NFC');
}

/** Marks an interpolation inside decoded text (private-use characters, absent from our test strings). */
export const interpolation = (expr: string) => `\uE000${expr}\uE001`;

/** hcl2json's template string -> the literal text, interpolations written with `interpolation`. */
export function decodeTemplate(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    if (s.startsWith('$${', i)) {
      out += '${';
      i += 3;
    } else if (s.startsWith('%%{', i)) {
      out += '%{';
      i += 3;
    } else if (s.startsWith('${', i)) {
      const end = s.indexOf('}', i);
      if (end < 0) throw new Error(`unterminated interpolation in ${s}`);
      out += interpolation(s.slice(i + 2, end));
      i = end + 1;
    } else if (s.startsWith('%{', i)) {
      throw new Error(`template directive in ${s}`);
    } else {
      out += s[i];
      i++;
    }
  }
  return out;
}

/** The Terraform resource type of each CloudFormation type (provider documentation). */
export const TF_TYPE: Record<string, string> = {
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

/** The attribute that gives what CloudFormation's `Ref` returns (CloudFormation and provider docs). */
const REF_ATTRIBUTE: Record<string, string> = {
  'AWS::ECR::Repository': 'name',
  'AWS::KMS::Key': 'key_id',
  'AWS::IAM::User': 'name',
  'AWS::IAM::Role': 'name',
  'AWS::SNS::Topic': 'arn',
  'AWS::Events::Rule': 'name',
};

const PSEUDO: Record<string, string> = {
  'AWS::Partition': 'data.aws_partition.current.partition',
  'AWS::AccountId': 'data.aws_caller_identity.current.account_id',
};

export function tfName(logicalId: string): string {
  return /^[A-Za-z_]/.test(logicalId) ? logicalId : `_${logicalId}`;
}

/**
 * A template value with every intrinsic function evaluated to the Terraform expression it must
 * become (as `interpolation(expr)` inside the string), independently of the renderer.
 */
export function expectedValue(template: CfnTemplate, v: Json): Json {
  if (Array.isArray(v)) return v.map((x) => expectedValue(template, x));
  if (v === null || typeof v !== 'object') return v;
  const keys = Object.keys(v);
  if (keys.length === 1) {
    const arg = v[keys[0] as string] as Json;
    if (keys[0] === 'Ref' && typeof arg === 'string') {
      const pseudo = PSEUDO[arg];
      if (pseudo) return interpolation(pseudo);
      const r = template.Resources[arg];
      if (!r) throw new Error(`Ref to unknown ${arg}`);
      return interpolation(`${TF_TYPE[r.Type]}.${tfName(arg)}.${REF_ATTRIBUTE[r.Type]}`);
    }
    if (keys[0] === 'Fn::GetAtt' && Array.isArray(arg) && arg[1] === 'Arn' && typeof arg[0] === 'string') {
      const r = template.Resources[arg[0]];
      if (!r) throw new Error(`GetAtt of unknown ${arg[0]}`);
      return interpolation(`${TF_TYPE[r.Type]}.${tfName(arg[0])}.arn`);
    }
    if (keys[0] === 'Fn::Join' && Array.isArray(arg)) {
      const [sep, list] = arg as [string, Json[]];
      return list.map((x) => expectedValue(template, x) as string).join(sep);
    }
  }
  return Object.fromEntries(keys.map((k) => [k, expectedValue(template, v[k] as Json)]));
}

/** A decoded Terraform value that is a single interpolation, or a literal: as `expectedValue` writes it. */
export function decodedAttribute(v: Json | undefined): Json | undefined {
  return typeof v === 'string' ? decodeTemplate(v) : v;
}
