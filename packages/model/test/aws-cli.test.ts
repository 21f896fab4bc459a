/**
 * AWS CLI target: every golden design and random designs give a `create-ecr.sh` that `bash -n`
 * accepts and that, run by bash with a stand-in `aws` on the PATH (it records its argv exactly, NUL
 * separated, and answers `--query` calls with a unique `arn:stub:::res/stub-<n>`), makes the API calls the
 * CloudFormation template stands for, in template order, with the same values: the lifecycle policy
 * byte-equal to `LifecyclePolicyText`, and the repository, IAM, key and topic policies and event
 * patterns as the same JSON text CloudFormation's document serializes to. Every CloudFormation
 * reference must bind to one run-time value consistently (the same reference always the same value,
 * different references different values, an ARN the output of the call that created it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CfnTemplate, type Design, renderTemplate } from '../src/index.ts';
import { awsCliDiagnostics, renderAwsCli } from '../src/targets/aws-cli.ts';
import { validDesignArb } from './arbitraries.ts';
import { corpus } from './corpus.ts';
import { type Call, runScript, stubWorkDir } from './aws-stub.ts';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const MARK = (key: string) => `\uE000${key}\uE001`;

/** A CloudFormation value with references as markers (`Arn:<id>`, `Ref:<id>`, `AWS::Partition`...). */
function marked(template: CfnTemplate, v: Json): Json {
  if (Array.isArray(v)) return v.map((x) => marked(template, x));
  if (v === null || typeof v !== 'object') return v;
  const keys = Object.keys(v);
  const arg = v[keys[0] as string] as Json;
  if (keys.length === 1 && keys[0] === 'Ref' && typeof arg === 'string') {
    const r = template.Resources[arg];
    // A topic's Ref is its ARN.
    return MARK(r?.Type === 'AWS::SNS::Topic' ? `Arn:${arg}` : arg.startsWith('AWS::') ? arg : `Ref:${arg}`);
  }
  if (keys.length === 1 && keys[0] === 'Fn::GetAtt' && Array.isArray(arg)) return MARK(`Arn:${arg[0] as string}`);
  if (keys.length === 1 && keys[0] === 'Fn::Join' && Array.isArray(arg)) {
    const [sep, list] = arg as [string, Json[]];
    return list.map((x) => marked(template, x) as string).join(sep);
  }
  return Object.fromEntries(keys.map((k) => [k, marked(template, v[k] as Json)]));
}

class Bindings {
  readonly values = new Map<string, string>();
  bind(key: string, value: string, what: string): void {
    const known = this.values.get(key);
    if (known === undefined) this.values.set(key, value);
    else expect(value, `${what}: ${key} bound to ${known} before`).toBe(known);
  }
  /** Different resources never share an ARN (names may: a design can repeat one, which AWS then refuses). */
  checkInjective(): void {
    const seen = new Map<string, string>();
    for (const [k, v] of this.values) {
      if (!k.startsWith('Arn:')) continue;
      const other = seen.get(v);
      expect(other, `${k} and ${other} both bound to ${v}`).toBeUndefined();
      seen.set(v, k);
    }
  }
  substitute(v: Json): Json {
    if (typeof v === 'string') return v.replace(/\uE000([^\uE001]*)\uE001/g, (_m, k: string) => this.values.get(k) ?? `<unbound ${k}>`);
    if (Array.isArray(v)) return v.map((x) => this.substitute(x));
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, this.substitute(x)]));
  }
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `actual` matches `expected` (markers bind to the text at their place); keys as sets. */
function match(actual: Json | undefined, expected: Json, b: Bindings, what: string): void {
  if (typeof expected === 'string' && expected.includes('\uE000')) {
    expect(typeof actual, what).toBe('string');
    const keys: string[] = [];
    const source = expected
      .split(/(\uE000[^\uE001]*\uE001)/)
      .map((part) => {
        const m = /^\uE000([^\uE001]*)\uE001$/.exec(part);
        if (!m) return escapeRegex(part);
        keys.push(m[1] as string);
        return '(.*?)';
      })
      .join('');
    const m = new RegExp(`^${source}$`, 's').exec(actual as string);
    expect(m, `${what}: ${JSON.stringify(actual)} !~ ${JSON.stringify(expected)}`).not.toBeNull();
    keys.forEach((k, i) => b.bind(k, (m as RegExpExecArray)[i + 1] as string, what));
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), what).toBe(true);
    expect((actual as Json[]).length, what).toBe(expected.length);
    expected.forEach((e, i) => match((actual as Json[])[i], e, b, `${what}[${i}]`));
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    expect(actual !== null && typeof actual === 'object' && !Array.isArray(actual), what).toBe(true);
    expect(Object.keys(actual as JsonObject).sort(), what).toEqual(Object.keys(expected).sort());
    for (const [k, e] of Object.entries(expected)) match((actual as JsonObject)[k], e, b, `${what}.${k}`);
    return;
  }
  expect(actual, what).toBe(expected);
}

/** A document sent as a JSON string: same value, and exactly the compact JSON CloudFormation's document makes. */
function matchDocument(actual: Json | undefined, expected: Json, b: Bindings, what: string, documents: { n: number }): void {
  expect(typeof actual, what).toBe('string');
  match(JSON.parse(actual as string) as Json, expected, b, what);
  expect(actual, what).toBe(JSON.stringify(b.substitute(expected)));
  documents.n++;
}

function strip(o: { [key: string]: Json | undefined }): JsonObject {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as JsonObject;
}

const ECR_NAME = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const stats = { designs: 0, calls: 0, documents: { n: 0 }, lifecycleBytesEqual: 0 };

function runScriptChecked(script: string, name: string): Call[] {
  const r = runScript(script, name);
  expect(r.status, `${r.status === 99 ? 'bash -n: ' : ''}${r.stderr}`).toBe(0);
  return r.calls;
}

function checkDesign(design: Design, name = 'create-ecr.sh'): void {
  const script = renderAwsCli(design);
  expect(script.startsWith('#!/usr/bin/env bash\n')).toBe(true);
  expect(script).toContain('\nset -euo pipefail\n');
  // oxlint-disable-next-line no-control-regex -- finding control characters is the point
  expect(script, 'the script is ASCII').toMatch(/^[\x00-\x7f]*$/);
  const calls = runScriptChecked(script, name).filter((c) => c.argv[0] !== 'sts');
  const template = renderTemplate(design);
  const b = new Bindings();
  let next = 0;
  const take = (service: string, command: string): { input: JsonObject; call: Call } => {
    const call = calls[next++];
    expect(call?.argv.slice(0, 2), `call ${next}`).toEqual([service, command]);
    const argv = (call as Call).argv;
    const at = argv.indexOf('--cli-input-json');
    return { input: at >= 0 ? (JSON.parse(argv[at + 1] as string) as JsonObject) : {}, call: call as Call };
  };
  const captured = (call: Call, logicalId: string) => {
    expect(call.argv).toContain('--query');
    b.bind(`Arn:${logicalId}`, `arn:stub:::res/stub-${call.index}`, `ARN of ${logicalId}`);
  };

  // The script creates each resource after those it refers to (bash's `set -u` above fails the run on
  // an ARN used before the call that captures it); the order is read from its section headers.
  const order = [...script.matchAll(/^# (\S+) \((AWS::[A-Za-z0-9:]+)\)$/gm)].map((x) => x[1] as string);
  expect([...order].sort()).toEqual(Object.keys(template.Resources).sort());
  for (const logicalId of order) {
    const r = template.Resources[logicalId] as CfnTemplate['Resources'][string];
    const props = (r.Properties ?? {}) as JsonObject;
    const m = (k: string) => (props[k] === undefined ? undefined : marked(template, props[k] as Json));
    const doc = (actual: Json | undefined, k: string, what: string) => {
      if (props[k] === undefined) expect(actual, what).toBeUndefined();
      else matchDocument(actual, m(k) as Json, b, `${what} of ${logicalId}`, stats.documents);
    };
    switch (r.Type) {
      case 'AWS::ECR::Repository': {
        const given = props['RepositoryName'];
        if (typeof given === 'string' && given !== '') b.bind(`Ref:${logicalId}`, given, 'repository name');
        const { input, call } = take('ecr', 'create-repository');
        captured(call, logicalId);
        const filters = props['ImageTagMutabilityExclusionFilters'] as JsonObject[] | undefined;
        const scan = props['ImageScanningConfiguration'] as JsonObject | undefined;
        const enc = m('EncryptionConfiguration') as JsonObject | undefined;
        match(
          input,
          strip({
            repositoryName: MARK(`Ref:${logicalId}`),
            tags: (props['Tags'] as Json[] | undefined)?.length ? (props['Tags'] as Json) : undefined,
            imageTagMutability: props['ImageTagMutability'],
            imageTagMutabilityExclusionFilters: filters?.map((f) => ({ filterType: f['ImageTagMutabilityExclusionFilterType'] as Json, filter: f['ImageTagMutabilityExclusionFilterValue'] as Json })),
            imageScanningConfiguration: scan ? { scanOnPush: scan['ScanOnPush'] as Json } : undefined,
            encryptionConfiguration: enc ? strip({ encryptionType: enc['EncryptionType'], kmsKey: enc['KmsKey'] }) : undefined,
          }),
          b,
          `create-repository ${logicalId}`,
        );
        if (given === undefined || given === '') expect(b.values.get(`Ref:${logicalId}`)).toMatch(ECR_NAME);
        const lifecycle = props['LifecyclePolicy'] as JsonObject | undefined;
        const text = lifecycle?.['LifecyclePolicyText'];
        if (typeof text === 'string') {
          const lp = take('ecr', 'put-lifecycle-policy').input;
          match(lp, strip({ registryId: lifecycle?.['RegistryId'], repositoryName: MARK(`Ref:${logicalId}`), lifecyclePolicyText: text }), b, 'put-lifecycle-policy');
          expect(lp['lifecyclePolicyText']).toBe(text);
          stats.lifecycleBytesEqual++;
        }
        if (props['RepositoryPolicyText'] !== undefined) {
          const rp = take('ecr', 'set-repository-policy').input;
          match(rp['repositoryName'], MARK(`Ref:${logicalId}`), b, 'set-repository-policy name');
          expect(Object.keys(rp).sort()).toEqual(['policyText', 'repositoryName']);
          doc(rp['policyText'], 'RepositoryPolicyText', 'repository policy');
        }
        break;
      }
      case 'AWS::KMS::Key': {
        const { input, call } = take('kms', 'create-key');
        captured(call, logicalId);
        b.bind(`Ref:${logicalId}`, `stub-${call.index}`, 'key id');
        match(input['Description'] ?? null, m('Description') ?? null, b, 'key description');
        doc(input['Policy'], 'KeyPolicy', 'key policy');
        if (props['EnableKeyRotation'] === true) expect(take('kms', 'enable-key-rotation').call.argv).toEqual(['kms', 'enable-key-rotation', '--key-id', `arn:stub:::res/stub-${call.index}`]);
        break;
      }
      case 'AWS::KMS::Alias':
        match(take('kms', 'create-alias').input, strip({ AliasName: m('AliasName'), TargetKeyId: m('TargetKeyId') }), b, 'create-alias');
        break;
      case 'AWS::IAM::User': {
        if (props['UserName'] !== undefined) b.bind(`Ref:${logicalId}`, props['UserName'] as string, 'user name');
        const { input, call } = take('iam', 'create-user');
        captured(call, logicalId);
        match(input, { UserName: MARK(`Ref:${logicalId}`) }, b, 'create-user');
        break;
      }
      case 'AWS::IAM::Role': {
        if (props['RoleName'] !== undefined) b.bind(`Ref:${logicalId}`, props['RoleName'] as string, 'role name');
        const { input, call } = take('iam', 'create-role');
        captured(call, logicalId);
        match(input['RoleName'], MARK(`Ref:${logicalId}`), b, 'role name');
        match(input['Description'] ?? null, m('Description') ?? null, b, 'role description');
        doc(input['AssumeRolePolicyDocument'], 'AssumeRolePolicyDocument', 'trust policy');
        break;
      }
      case 'AWS::IAM::Policy': {
        const user = (props['Users'] as Json[] | undefined)?.[0];
        const input = take('iam', user !== undefined ? 'put-user-policy' : 'put-role-policy').input;
        match(input[user !== undefined ? 'UserName' : 'RoleName'], marked(template, (user ?? (props['Roles'] as Json[])[0]) as Json), b, 'policy identity');
        expect(input['PolicyName']).toBe(props['PolicyName']);
        doc(input['PolicyDocument'], 'PolicyDocument', 'identity policy');
        break;
      }
      case 'AWS::SNS::Topic': {
        if (props['TopicName'] !== undefined) b.bind(`Ref:${logicalId}`, props['TopicName'] as string, 'topic name');
        const { input, call } = take('sns', 'create-topic');
        captured(call, logicalId);
        match(input, strip({ Name: MARK(`Ref:${logicalId}`), Attributes: props['DisplayName'] !== undefined ? { DisplayName: props['DisplayName'] } : undefined }), b, 'create-topic');
        break;
      }
      case 'AWS::SNS::Subscription':
        match(take('sns', 'subscribe').input, strip({ TopicArn: m('TopicArn'), Protocol: m('Protocol'), Endpoint: m('Endpoint') }), b, 'subscribe');
        break;
      case 'AWS::SNS::TopicPolicy': {
        const input = take('sns', 'set-topic-attributes').input;
        match(input['TopicArn'], (m('Topics') as Json[])[0] as Json, b, 'topic');
        expect(input['AttributeName']).toBe('Policy');
        doc(input['AttributeValue'], 'PolicyDocument', 'topic policy');
        break;
      }
      case 'AWS::Events::Rule': {
        if (props['Name'] !== undefined) b.bind(`Ref:${logicalId}`, props['Name'] as string, 'rule name');
        const { input, call } = take('events', 'put-rule');
        captured(call, logicalId);
        match(input['Name'], MARK(`Ref:${logicalId}`), b, 'rule name');
        expect(input['State']).toBe(props['State']);
        match(input['Description'] ?? null, m('Description') ?? null, b, 'rule description');
        match(input['Tags'] ?? null, m('Tags') ?? null, b, 'rule tags');
        doc(input['EventPattern'], 'EventPattern', 'event pattern');
        if ((props['Targets'] as Json[] | undefined)?.length) {
          match(take('events', 'put-targets').input, { Rule: MARK(`Ref:${logicalId}`), Targets: m('Targets') as Json }, b, 'put-targets');
        }
        break;
      }
      case 'AWS::Lambda::Permission': {
        const input = take('lambda', 'add-permission').input;
        match(input, strip({ FunctionName: m('FunctionName'), StatementId: input['StatementId'], Action: m('Action'), Principal: m('Principal'), SourceArn: m('SourceArn') }), b, 'add-permission');
        expect(input['StatementId']).toMatch(/^[A-Za-z0-9_.-]{1,100}$/);
        break;
      }
      default:
        throw new Error(`no AWS CLI check for ${r.Type}`);
    }
  }
  expect(calls.slice(next).map((c) => c.argv.slice(0, 2)), 'no other calls').toEqual([]);
  b.checkInjective();
  stats.designs++;
  stats.calls += calls.length;
}

describe('AWS CLI target (create-ecr.sh) run by bash against a recording aws', () => {
  for (const c of corpus) it(`golden: ${c.name}`, () => checkDesign(c.design));

  it('random valid designs', () => {
    fc.assert(fc.property(validDesignArb, (d) => checkDesign(d)), { numRuns: Number(process.env['AWS_CLI_RUNS'] ?? 25) });
    console.log(`[aws-cli] designs run: ${stats.designs}, aws calls recorded: ${stats.calls}, documents byte-compared: ${stats.documents.n}, lifecycle policies byte-equal: ${stats.lifecycleBytesEqual}`);
  });

  it('catches a broken script: bash -n fails, and a wrong quote changes what aws receives', () => {
    const design = corpus.find((c) => c.design.repositories.some((r) => r.lifecycleRules?.length))?.design as Design;
    const script = renderAwsCli(design);
    const dir = mkdtempSync(join(stubWorkDir(), 'broken-'));
    writeFileSync(join(dir, 'a.sh'), script.replace("--cli-input-json '{", '--cli-input-json "{'));
    expect(spawnSync('bash', ['-n', join(dir, 'a.sh')]).status).not.toBe(0);
    expect(() => checkDesign({ ...design, description: undefined } as Design, 'ok.sh')).not.toThrow();
  });

  it('says where it derives a name CloudFormation would generate', () => {
    const d: Design = { version: 1, stackName: 'S', topics: [{ id: 'T' }], repositories: [{ id: 'Repo', repositoryName: 'team/app' }] };
    expect(awsCliDiagnostics(d).map((x) => [x.path, x.code])).toEqual([['topics[0].topicName', 'AwsCliDerivedName']]);
  });
});
