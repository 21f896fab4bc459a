/**
 * Hostile and broken input at every entry point of the model that reads data nobody here wrote:
 * a design text (`parseDesignText`: file open, paste, CLI), saved state (`checkDesignValue`: what
 * the app kept in storage, already parsed), a share link (`decodeShareFragment`) and an import
 * (`importText`). Each case must end in a clear refusal with a specific code (never an exception,
 * never a hang: the limits trigger before any slow or recursive work) and leave the JavaScript
 * environment untouched (no prototype pollution).
 *
 * Strings in every text field are covered by string-fidelity.test.ts, links in detail by
 * src/share/link.test.ts, YAML in detail by src/import/text.test.ts.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDesignValue, decodeShareFragment, importText, parseDesignText } from '../src/index.ts';

/** What a refusal looks like, whatever the entry point. */
interface Outcome {
  ok: boolean;
  codes: string[];
  messages: string[];
}

async function deflateLink(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `design/1/${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

const entryPoints: Record<string, (text: string) => Promise<Outcome>> = {
  'design text': async (text) => {
    const r = parseDesignText(text);
    const errors = r.diagnostics.filter((d) => d.severity === 'error' && d.source === 'schema');
    return { ok: r.design !== undefined, codes: errors.map((d) => d.code), messages: errors.map((d) => d.message) };
  },
  'saved state': async (text) => {
    // The app's storage holds parsed data; JSON.parse stands in for that step here.
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { ok: false, codes: ['(not stored: not JSON)'], messages: [] };
    }
    const r = checkDesignValue(value);
    const errors = r.diagnostics.filter((d) => d.severity === 'error' && d.source === 'schema');
    return { ok: r.design !== undefined, codes: errors.map((d) => d.code), messages: errors.map((d) => d.message) };
  },
  'share link': async (text) => {
    const r = await decodeShareFragment(text.length > 3_000_000 ? `design/1/${text}` : await deflateLink(text));
    return r.ok ? { ok: true, codes: [], messages: [] } : { ok: false, codes: [r.code, ...(r.diagnostics ?? []).map((d) => d.code)], messages: [r.message] };
  },
  import: async (text) => {
    const r = importText(text);
    const errors = r.problems.filter((p) => p.severity === 'error');
    return { ok: r.design !== undefined, codes: errors.map((p) => p.code), messages: errors.map((p) => p.message) };
  },
};

const FIFTY_MB = 'x'.repeat(50 * 1024 * 1024);
const DEEP_JSON = '['.repeat(500_000) + ']'.repeat(500_000);
const DEEP_OBJECTS = `{"version":1,"stackName":"S","repositories":[{"id":"R","tags":${'{"a":'.repeat(80)}"x"${'}'.repeat(80)}}]}`;

/** Per case: the text, then the code each entry point must answer with (first code of its refusal). */
const cases: [string, string, Record<string, string>][] = [
  [
    'invalid JSON',
    '{"version": 1,\n  "stackName": "S",\n  "repositories": [}',
    { 'design text': 'InvalidJson', 'saved state': '(not stored: not JSON)', 'share link': 'ShareLinkNotJson', import: 'InvalidJson' },
  ],
  ['invalid YAML', 'Resources:\n  Repo: {Type: AWS::ECR::Repository\n  Other: 1', { import: 'InvalidYaml' }],
  ['50 MB paste', FIFTY_MB, { 'design text': 'DesignTooLarge', 'share link': 'ShareLinkTooLong', import: 'ImportTooLarge' }],
  ['deeply nested JSON', DEEP_JSON, { 'design text': 'DesignTooDeep', 'saved state': 'DesignTooDeep', 'share link': 'ShareLinkInvalidDesign', import: 'ImportTooDeep' }],
  ['deeply nested design', DEEP_OBJECTS, { 'design text': 'DesignTooDeep', 'saved state': 'DesignTooDeep', 'share link': 'ShareLinkInvalidDesign', import: 'ImportTooDeep' }],
  ['deeply nested YAML', `Resources:\n  R: ${'['.repeat(100_000)}`, { import: 'ImportTooDeep' }],
  ['deeply indented YAML', Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'), { import: 'ImportTooDeep' }],
  [
    'YAML alias bomb',
    ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefghij'[i]}`).join(',')}]`)].join('\n'),
    { import: 'YamlAliasLimit' },
  ],
  ['recursive YAML alias', 'Resources: &r\n  R: *r', { import: 'YamlRecursiveAlias' }],
  [
    '__proto__ key at the top',
    '{"version":1,"stackName":"S","repositories":[],"__proto__":{"polluted":true}}',
    { 'design text': 'SchemaUnknownProperty', 'saved state': 'SchemaUnknownProperty', 'share link': 'ShareLinkInvalidDesign', import: 'SchemaUnknownProperty' },
  ],
  [
    'constructor.prototype key',
    '{"version":1,"stackName":"S","repositories":[],"constructor":{"prototype":{"polluted":true}}}',
    { 'design text': 'SchemaUnknownProperty', 'saved state': 'SchemaUnknownProperty', 'share link': 'ShareLinkInvalidDesign', import: 'SchemaUnknownProperty' },
  ],
  [
    'wrong types',
    '{"version":"1","stackName":["S"],"repositories":{"id":"R"}}',
    { 'design text': 'SchemaWrongValue', 'saved state': 'SchemaWrongValue', 'share link': 'ShareLinkInvalidDesign', import: 'SchemaWrongValue' },
  ],
  ['not an object', '[1, 2, 3]', { 'design text': 'SchemaWrongType', 'saved state': 'SchemaWrongType', 'share link': 'ShareLinkInvalidDesign', import: 'ImportUnrecognized' }],
  [
    'a design from a future version',
    '{"version":7,"stackName":"S","repositories":[],"futureField":{"x":1}}',
    { 'design text': 'UnsupportedVersion', 'saved state': 'UnsupportedVersion', 'share link': 'ShareLinkFutureDesignVersion', import: 'UnsupportedVersion' },
  ],
  ['empty', '', { 'design text': 'InvalidJson', 'saved state': '(not stored: not JSON)', 'share link': 'ShareLinkNotJson', import: 'ImportEmpty' }],
  ['binary junk', '\u0000\u0001\u0002\uFFFD\uD800', { 'design text': 'InvalidJson', 'saved state': '(not stored: not JSON)', 'share link': 'ShareLinkNotJson', import: 'ImportUnrecognized' }],
];

let prototypeBefore: string;
const snapshot = () =>
  JSON.stringify([Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) => Object.getOwnPropertyNames(p).sort()));

beforeAll(() => {
  prototypeBefore = snapshot();
});
afterAll(() => {
  // Nothing any case did reached a prototype.
  expect(snapshot()).toBe(prototypeBefore);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

describe('hostile input at every entry point', () => {
  for (const [label, text, expected] of cases) {
    describe(label, () => {
      for (const [entry, code] of Object.entries(expected)) {
        it(`${entry}: refused with ${code}`, async () => {
          const outcome = await (entryPoints[entry] as (t: string) => Promise<Outcome>)(text);
          expect(outcome.ok).toBe(false);
          expect(outcome.codes[0]).toBe(code);
          for (const m of outcome.messages) expect(m.length).toBeGreaterThan(10);
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        });
      }
    });
  }

  it('never throws on documents assembled from the names the importers look up, prototype names and intrinsics included', () => {
    const names = [
      '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype',
      'Type', 'Properties', 'DeletionPolicy', 'UpdateReplacePolicy', 'DependsOn', 'Condition', 'Metadata', 'Resources', 'Outputs', 'Parameters',
      'RepositoryName', 'EncryptionConfiguration', 'EncryptionType', 'KmsKey', 'LifecyclePolicy', 'LifecyclePolicyText', 'RegistryId',
      'RepositoryPolicyText', 'Statement', 'Principal', 'AWS', 'Service', 'Action', 'Effect', 'Tags', 'Key', 'Value', 'AliasName', 'TargetKeyId',
      'ImageTagMutabilityExclusionFilters', 'ImageScanningConfiguration', 'ScanOnPush', 'AssumeRolePolicyDocument', 'rules', 'selection', 'action',
      'Ref', 'Fn::GetAtt', 'Fn::Sub', 'Fn::Join', 'aws:cdk:path',
    ];
    const types = ['AWS::ECR::Repository', 'AWS::KMS::Key', 'AWS::KMS::Alias', 'AWS::IAM::User', 'AWS::IAM::Role', 'AWS::SNS::Topic', 'AWS::CDK::Metadata'];
    const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.oneof(fc.constantFrom(...names, ...types, 'Allow', 'KMS', 'Retain', '*', '{"rules": [{}]}', 'R0', 'R1'), fc.integer(), fc.boolean(), fc.constant(null)),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom(...names), tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    const resource = fc.record({ Type: fc.constantFrom(...types), Properties: value, DeletionPolicy: fc.constantFrom('Retain', 'Delete', 7) }, { requiredKeys: ['Type'] });
    const template = fc.record({ Resources: fc.dictionary(fc.constantFrom('R0', 'R1', 'R2', ...names), fc.oneof(resource, value), { maxKeys: 4 }) }).chain((t) =>
      fc.dictionary(fc.constantFrom(...names), value, { maxKeys: 2 }).map((extra) => ({ ...extra, ...t })),
    );
    // ...and the other kinds: AWS CLI output, lifecycle policies, design files.
    const other = fc.oneof(
      fc.record({ repositories: fc.array(fc.dictionary(fc.constantFrom(...names, 'repositoryName', 'encryptionConfiguration', 'imageTagMutabilityExclusionFilters'), value, { maxKeys: 4 }), { maxLength: 3 }) }),
      fc.record({ rules: fc.array(fc.dictionary(fc.constantFrom(...names, 'rulePriority', 'tagStatus', 'countType', 'countNumber', 'type'), value, { maxKeys: 4 }), { maxLength: 3 }) }),
      fc.record({ lifecyclePolicyText: fc.oneof(value, value.map((v) => JSON.stringify({ rules: [v] }))), repositoryName: value }),
      fc.record({ version: fc.constantFrom(1, 2, 0), stackName: value, repositories: value, principals: value }),
    );
    fc.assert(
      fc.property(fc.oneof(template, other), (t) => {
        const result = importText(JSON.stringify(t));
        expect(Array.isArray(result.problems)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('messages name the place: line and column for syntax errors', async () => {
    expect((await entryPoints['design text']?.('{\n  "version": 1,\n  "stackName": }'))?.messages[0]).toBe(
      "Not valid JSON at line 3, column 16: expected a value, found '}'.",
    );
    expect((await entryPoints['import']?.('a: 1\nb: "open'))?.messages[0]).toBe('Not valid YAML: Missing closing "quote (line 2, column 9)');
  });

  it('a design with __proto__ and constructor as tag keys keeps them as data everywhere', async () => {
    const text = '{"version":1,"stackName":"S","repositories":[{"id":"R","tags":{"__proto__":"x","constructor":"y","toString":"z"}}]}';
    for (const [entry, run] of Object.entries(entryPoints)) {
      const outcome = await run(text);
      expect(outcome.ok, entry).toBe(true);
    }
    const design = importText(text).design;
    const tags = design?.repositories[0]?.tags ?? {};
    expect(Object.keys(tags)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getPrototypeOf(tags)).toBe(Object.prototype);
    const yaml = importText('Resources:\n  R:\n    Type: AWS::ECR::Repository\n    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n    Properties:\n      Tags:\n        - {Key: __proto__, Value: x}\n        - {Key: constructor, Value: y}');
    expect(Object.keys(yaml.design?.repositories[0]?.tags ?? {})).toEqual(['__proto__', 'constructor']);
  });
});
