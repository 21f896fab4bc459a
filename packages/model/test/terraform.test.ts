/**
 * Terraform target: every golden design and random designs give a `main.tf` that HashiCorp's HCL
 * parser reads (see terraform-check.ts), and whose resources carry what the CloudFormation template
 * carries: the same names and settings, the lifecycle policy byte-equal to `LifecyclePolicyText`,
 * and the same repository, IAM, key, topic policies and event patterns (same JSON document, key
 * order included), with every CloudFormation reference turned into the matching Terraform one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CfnTemplate, type Design, renderTemplate } from '../src/index.ts';
import { renderTerraform, terraformDiagnostics } from '../src/targets/terraform.ts';
import { validDesignArb } from './arbitraries.ts';
import { corpus } from './corpus.ts';
import { TF_TYPE, decodeTemplate, expectedValue, interpolation, parseHcl, terraformHolds, tfName } from './terraform-check.ts';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ECR_NAME = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

/** `resource.<type>.<name>` of the parsed file (hcl2json puts each block body in a one-element list). */
function block(parsed: JsonObject, type: string, name: string): JsonObject | undefined {
  const byType = (parsed['resource'] as JsonObject | undefined)?.[type] as JsonObject | undefined;
  const list = byType?.[name] as Json[] | undefined;
  return list?.[0] as JsonObject | undefined;
}

/** A JSON document attribute (heredoc): its text, decoded, parsed, interpolations kept as markers. */
function documentOf(value: Json | undefined): Json {
  expect(typeof value).toBe('string');
  return JSON.parse(decodeTemplate(value as string)) as Json;
}

/** Same JSON value, key order included. */
function expectSameDocument(actual: Json, expected: Json, what: string): void {
  expect(JSON.stringify(actual), what).toBe(JSON.stringify(expected));
}

/** A plain attribute: the expected value as Terraform holds it (NFC), references as interpolations. */
function plain(template: CfnTemplate, v: Json): Json {
  const e = expectedValue(template, v);
  return typeof e === 'string' ? terraformHolds(e) : e;
}

/** A map attribute (tags), keys and values decoded. */
function mapOf(v: Json | undefined): Json | undefined {
  if (v === undefined) return undefined;
  return Object.fromEntries(Object.entries(v as JsonObject).map(([k, x]) => [decodeTemplate(k), typeof x === 'string' ? decodeTemplate(x) : x]));
}

function attr(b: JsonObject, key: string): Json | undefined {
  const v = b[key];
  return typeof v === 'string' ? decodeTemplate(v) : v;
}

let documentsCompared = 0;
let lifecycleBytesEqual = 0;

async function checkDesign(design: Design): Promise<void> {
  const text = renderTerraform(design);
  const parsed = await parseHcl(text);
  const template = renderTemplate(design);
  const terraformBlock = (parsed['terraform'] as JsonObject[])[0] as JsonObject;
  const providers = terraformBlock['required_providers'] as JsonObject[];
  const aws = (providers[0] as JsonObject)['aws'] as JsonObject;
  expect(aws['source']).toBe('hashicorp/aws');

  const derived = new Set<string>();
  for (const [logicalId, r] of Object.entries(template.Resources)) {
    const props = (r.Properties ?? {}) as JsonObject;
    const name = tfName(logicalId);
    const type = TF_TYPE[r.Type];
    const b = type ? block(parsed, type, name) : undefined;
    const p = (k: string) => props[k];
    const expectDoc = (actual: Json | undefined, cfn: Json | undefined, what: string) => {
      if (cfn === undefined) {
        expect(actual, what).toBeUndefined();
        return;
      }
      expectSameDocument(documentOf(actual), expectedValue(template, cfn), `${what} of ${logicalId}`);
      documentsCompared++;
    };
    const expectAttr = (key: string, cfnKey: string) => {
      const v = p(cfnKey);
      expect(attr(b as JsonObject, key), `${logicalId}.${key}`).toEqual(v === undefined ? undefined : plain(template, v));
    };
    switch (r.Type) {
      case 'AWS::ECR::Repository': {
        expect(b, logicalId).toBeDefined();
        const rb = b as JsonObject;
        const given = p('RepositoryName');
        if (given === undefined || given === '') {
          const n = rb['name'] as string;
          expect(n).toMatch(ECR_NAME);
          expect(derived.has(n), `derived name ${n} is unique`).toBe(false);
          derived.add(n);
          expect(text).toContain('Terraform needs one');
        } else expect(attr(rb, 'name')).toBe(terraformHolds(given as string));
        expectAttr('image_tag_mutability', 'ImageTagMutability');
        const filters = (rb['image_tag_mutability_exclusion_filter'] as JsonObject[] | undefined)?.map((f) => [attr(f, 'filter_type'), attr(f, 'filter')]);
        const cfnFilters = (p('ImageTagMutabilityExclusionFilters') as JsonObject[] | undefined)?.map((f) => [
          f['ImageTagMutabilityExclusionFilterType'],
          terraformHolds(f['ImageTagMutabilityExclusionFilterValue'] as string),
        ]);
        // Zero blocks is how HCL says an empty list (a design CDK refuses anyway).
        expect(filters).toEqual(cfnFilters?.length ? cfnFilters : undefined);
        const scan = p('ImageScanningConfiguration') as JsonObject | undefined;
        expect((rb['image_scanning_configuration'] as JsonObject[] | undefined)?.[0]?.['scan_on_push']).toBe(scan?.['ScanOnPush']);
        const enc = p('EncryptionConfiguration') as JsonObject | undefined;
        const tfEnc = (rb['encryption_configuration'] as JsonObject[] | undefined)?.[0];
        expect(tfEnc === undefined ? undefined : { type: attr(tfEnc, 'encryption_type'), key: attr(tfEnc, 'kms_key') }).toEqual(
          enc === undefined ? undefined : { type: enc['EncryptionType'], key: enc['KmsKey'] === undefined ? undefined : plain(template, enc['KmsKey']) },
        );
        expect(rb['force_delete']).toBe(p('EmptyOnDelete'));
        const tags = p('Tags') as { Key: string; Value: string }[] | undefined;
        expect(mapOf(rb['tags'])).toEqual(tags ? Object.fromEntries(tags.map((t) => [terraformHolds(t.Key), terraformHolds(t.Value)])) : undefined);
        const retained = r.DeletionPolicy === 'Retain' || r.DeletionPolicy === 'RetainExceptOnCreate';
        expect((rb['lifecycle'] as JsonObject[] | undefined)?.[0]?.['prevent_destroy'] ?? false).toBe(retained);

        const lifecycle = p('LifecyclePolicy') as JsonObject | undefined;
        const lp = block(parsed, 'aws_ecr_lifecycle_policy', name);
        const policyText = lifecycle?.['LifecyclePolicyText'] as string | undefined;
        if (policyText === undefined) expect(lp).toBeUndefined();
        else {
          expect(attr(lp as JsonObject, 'repository')).toBe(interpolation(`aws_ecr_repository.${name}.name`));
          const tfText = decodeTemplate((lp as JsonObject)['policy'] as string);
          if (terraformHolds(policyText) === policyText) {
            expect(tfText).toBe(policyText);
            lifecycleBytesEqual++;
          } else {
            // Terraform would normalize the text to NFC: the renderer writes \u escapes, same JSON value.
            // oxlint-disable-next-line no-control-regex -- finding control characters is the point
            expect(tfText).toMatch(/^[\x00-\x7f]*$/);
            expect(JSON.parse(tfText)).toEqual(JSON.parse(policyText));
          }
          documentsCompared++;
        }
        const rp = block(parsed, 'aws_ecr_repository_policy', name);
        if (p('RepositoryPolicyText') === undefined) expect(rp).toBeUndefined();
        else {
          expect(attr(rp as JsonObject, 'repository')).toBe(interpolation(`aws_ecr_repository.${name}.name`));
          expectDoc((rp as JsonObject)['policy'], p('RepositoryPolicyText'), 'repository policy');
        }
        break;
      }
      case 'AWS::KMS::Key':
        expectAttr('description', 'Description');
        expect((b as JsonObject)['enable_key_rotation']).toBe(p('EnableKeyRotation'));
        expectDoc((b as JsonObject)['policy'], p('KeyPolicy'), 'key policy');
        break;
      case 'AWS::KMS::Alias':
        expectAttr('name', 'AliasName');
        expectAttr('target_key_id', 'TargetKeyId');
        break;
      case 'AWS::IAM::User':
        if (p('UserName') !== undefined) expectAttr('name', 'UserName');
        else expect((b as JsonObject)['name']).toMatch(/^[\w+=,.@-]{1,64}$/);
        break;
      case 'AWS::IAM::Role':
        expectAttr('name', 'RoleName');
        expectAttr('description', 'Description');
        expectDoc((b as JsonObject)['assume_role_policy'], p('AssumeRolePolicyDocument'), 'trust policy');
        break;
      case 'AWS::IAM::Policy': {
        const users = (p('Users') as JsonObject[] | undefined) ?? [];
        const roles = (p('Roles') as JsonObject[] | undefined) ?? [];
        expect(users.length + roles.length).toBe(1);
        const pb = block(parsed, users.length ? 'aws_iam_user_policy' : 'aws_iam_role_policy', name) as JsonObject;
        expect(attr(pb, 'name')).toBe(p('PolicyName'));
        expect(attr(pb, users.length ? 'user' : 'role')).toBe(expectedValue(template, (users[0] ?? roles[0]) as Json));
        expectDoc(pb['policy'], p('PolicyDocument'), 'identity policy');
        break;
      }
      case 'AWS::SNS::Topic':
        expectAttr('name', 'TopicName');
        expectAttr('display_name', 'DisplayName');
        break;
      case 'AWS::SNS::Subscription':
        expectAttr('topic_arn', 'TopicArn');
        expectAttr('protocol', 'Protocol');
        expectAttr('endpoint', 'Endpoint');
        break;
      case 'AWS::SNS::TopicPolicy': {
        const topics = p('Topics') as Json[];
        expect(topics).toHaveLength(1);
        expect(attr(b as JsonObject, 'arn')).toBe(expectedValue(template, topics[0] as Json));
        expectDoc((b as JsonObject)['policy'], p('PolicyDocument'), 'topic policy');
        break;
      }
      case 'AWS::Events::Rule': {
        expectAttr('name', 'Name');
        expectAttr('description', 'Description');
        expectAttr('state', 'State');
        expectDoc((b as JsonObject)['event_pattern'], p('EventPattern'), 'event pattern');
        const tags = p('Tags') as { Key: string; Value: string }[] | undefined;
        expect(mapOf((b as JsonObject)['tags'])).toEqual(tags ? Object.fromEntries(tags.map((t) => [terraformHolds(t.Key), terraformHolds(t.Value)])) : undefined);
        for (const target of (p('Targets') as JsonObject[] | undefined) ?? []) {
          const tb = block(parsed, 'aws_cloudwatch_event_target', `${name}_${target['Id'] as string}`) as JsonObject;
          expect(attr(tb, 'rule')).toBe(interpolation(`aws_cloudwatch_event_rule.${name}.name`));
          expect(attr(tb, 'target_id')).toBe(target['Id']);
          expect(attr(tb, 'arn')).toBe(plain(template, target['Arn'] as Json));
        }
        break;
      }
      case 'AWS::Lambda::Permission':
        expectAttr('action', 'Action');
        expectAttr('function_name', 'FunctionName');
        expectAttr('principal', 'Principal');
        expectAttr('source_arn', 'SourceArn');
        break;
      default:
        throw new Error(`no Terraform check for ${r.Type}`);
    }
  }
}

describe('Terraform target (main.tf) read by HashiCorp HCL', () => {
  for (const c of corpus) {
    it(`golden: ${c.name}`, async () => {
      await checkDesign(c.design);
    });
  }

  it('random valid designs', async () => {
    await fc.assert(fc.asyncProperty(validDesignArb, async (d) => checkDesign(d)), { numRuns: Number(process.env['TERRAFORM_RUNS'] ?? 150) });
    console.log(`[terraform] documents compared: ${documentsCompared}, lifecycle policies byte-equal: ${lifecycleBytesEqual}`);
    expect(documentsCompared).toBeGreaterThan(0);
  });

  it('refuses what HCL refuses: a broken file is a parse error, so the checks above can fail', async () => {
    const good = renderTerraform(corpus[0]?.design as Design);
    await expect(parseHcl(good.replace('resource "aws_ecr_repository"', 'resource "aws_ecr_repository" {'))).rejects.toThrow();
    await expect(parseHcl('x = "a\nb"\n')).rejects.toThrow();
  });

  it('says where it derives a name CloudFormation would generate', () => {
    const d: Design = { version: 1, stackName: 'My_Stack', repositories: [{ id: 'Repo' }, { id: 'Named', repositoryName: 'team/app' }] };
    const diagnostics = terraformDiagnostics(d);
    expect(diagnostics.map((x) => [x.path, x.severity, x.code])).toEqual([['repositories[0].repositoryName', 'warning', 'TerraformDerivedName']]);
    const name = /'([^']+)'/.exec(diagnostics[0]?.message ?? '')?.[1] ?? '';
    expect(name).toMatch(ECR_NAME);
    expect(renderTerraform(d)).toContain(`name = "${name}"`);
  });
});
