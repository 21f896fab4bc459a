import { describe, expect, it } from 'vitest';
import { MAX_NESTING } from '../text-limits.ts';
import { MAX_IMPORT_JSON_BYTES, MAX_IMPORT_YAML_BYTES, parseImportText } from './text.ts';
import { YAML_LIMITS, readYaml } from './yaml.ts';

const value = (text: string) => {
  const r = parseImportText(text);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};
const refusal = (text: string) => {
  const r = parseImportText(text);
  return r.ok ? undefined : r.problems[0];
};

describe('reading imported text', () => {
  it('reads JSON as JSON and anything else as YAML', () => {
    expect(parseImportText('{"a": [1, true, null]}')).toMatchObject({ ok: true, format: 'json', value: { a: [1, true, null] } });
    expect(parseImportText('a:\n  - 1\n  - yes\n')).toMatchObject({ ok: true, format: 'yaml', value: { a: [1, true] } });
    expect(parseImportText('\uFEFF{"a": 1}')).toMatchObject({ ok: true, format: 'json' });
  });

  it('reads YAML as CloudFormation does: YAML 1.1 scalars, but dates and binary stay text', () => {
    expect(value('Version: 2012-10-17\nT: 2001-12-14t21:59:43.10-05:00\nN: 0x1F\nB: on\nO: 012\nS: "yes"')).toEqual({
      Version: '2012-10-17',
      T: '2001-12-14t21:59:43.10-05:00',
      N: 31,
      B: true,
      O: 10,
      S: 'yes',
    });
    const r = parseImportText('Data: !!binary aGVsbG8=\nSet: !!set {a, b}');
    expect(r.ok && r.value).toEqual({ Data: 'aGVsbG8=', Set: { a: null, b: null } });
    expect(r.problems.map((p) => p.code)).toEqual(['YamlUnsupportedTag', 'YamlUnsupportedTag']);
    expect(r.problems[0]?.message).toBe('The YAML tag !!binary is not supported (nor by CloudFormation); the value is read as if untagged (line 1, column 7)');
  });

  it('turns every CloudFormation short form into its long form', () => {
    expect(
      value(`
a: !Ref X
b: !GetAtt R.Endpoint.Address
c: !GetAtt [R, Arn]
d: !Sub ['\${x}', { x: !Ref Y }]
e: !Condition C
f: !Base64 { "Fn::Join": [",", [a]] }
g: !ToJsonString { k: v }
h: !Length [1, 2]
i: !GetAZs ''
`),
    ).toEqual({
      a: { Ref: 'X' },
      b: { 'Fn::GetAtt': ['R', 'Endpoint.Address'] },
      c: { 'Fn::GetAtt': ['R', 'Arn'] },
      d: { 'Fn::Sub': ['${x}', { x: { Ref: 'Y' } }] },
      e: { Condition: 'C' },
      f: { 'Fn::Base64': { 'Fn::Join': [',', ['a']] } },
      g: { 'Fn::ToJsonString': { k: 'v' } },
      h: { 'Fn::Length': [1, 2] },
      i: { 'Fn::GetAZs': '' },
    });
  });

  it('reports invalid JSON and YAML with line and column', () => {
    expect(refusal('{"a": 1,\n  "b": [1, 2}')).toMatchObject({ code: 'InvalidJson', line: 2, column: 13 });
    expect(refusal('{"a": 1,\n  "b": [1, 2}')?.message).toBe("Not valid JSON at line 2, column 13: expected ',' or ']', found '}'.");
    expect(refusal('a: b\n  c: d')).toMatchObject({ code: 'InvalidYaml', line: 1, column: 4 });
    expect(refusal('a: [1, 2\nb: 3')).toMatchObject({ code: 'InvalidYaml' });
    expect(refusal('a: "unterminated')?.message).toBe('Not valid YAML: Missing closing "quote (line 1, column 17)');
  });

  it('warns when JSON with a mistake is read as YAML instead', () => {
    const r = parseImportText('{"a": 1, "b": }');
    expect(r.ok && r.value).toEqual({ a: 1, b: null });
    expect(r.problems).toMatchObject([{ severity: 'warning', code: 'InvalidJson', line: 1, column: 15 }]);
  });

  it('reports duplicate keys (the last one wins, as in CloudFormation)', () => {
    const r = parseImportText('a: 1\nb: 2\na: 3');
    expect(r.ok && r.value).toEqual({ a: 3, b: 2 });
    expect(r.problems).toMatchObject([{ code: 'YamlDuplicateKey', line: 3, column: 1 }]);
  });

  it('refuses several YAML documents, complex keys, unknown and recursive aliases', () => {
    expect(refusal('a: 1\n---\nb: 2')).toMatchObject({ code: 'YamlMultipleDocuments', line: 2 });
    expect(refusal('? [a]\n: b')).toMatchObject({ code: 'YamlComplexKey' });
    expect(refusal('a: *nowhere')?.code).toMatch(/^(InvalidYaml|YamlUnknownAlias)$/);
    expect(refusal('a: &x [1, *x]')).toMatchObject({ code: 'YamlRecursiveAlias' });
  });

  it('expands a few aliases, keeping the result a tree (no shared objects)', () => {
    const v = value('a: &x {k: [1]}\nb: *x') as { a: unknown; b: unknown };
    expect(v).toEqual({ a: { k: [1] }, b: { k: [1] } });
    expect(v.a).not.toBe(v.b);
  });

  it('resolves an alias to the anchor defined last before it', () => {
    expect(value('a: &x 1\nb: &y [*x]\nc: &x 2\nd: *y\ne: *x')).toEqual({ a: 1, b: [1], c: 2, d: [1], e: 2 });
  });

  it('keeps __proto__, constructor and prototype as plain keys, in YAML and JSON alike', () => {
    for (const text of ['__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}', '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}']) {
      const v = value(text) as Record<string, unknown>;
      expect(Object.keys(v)).toEqual(['__proto__', 'constructor']);
      expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    }
  });
});

describe('limits', () => {
  it(`refuses more than ${MAX_IMPORT_JSON_BYTES} bytes at once, and YAML beyond ${MAX_IMPORT_YAML_BYTES}`, () => {
    expect(refusal('x'.repeat(50 * 1024 * 1024))).toMatchObject({ code: 'ImportTooLarge' });
    expect(refusal('é'.repeat(MAX_IMPORT_JSON_BYTES / 2 + 1))?.message).toBe(
      `The text has ${MAX_IMPORT_JSON_BYTES + 2} bytes; an import is at most ${MAX_IMPORT_JSON_BYTES} bytes.`,
    );
    expect(refusal(`a: ${'x'.repeat(MAX_IMPORT_YAML_BYTES)}`)).toMatchObject({ code: 'ImportTooLarge' });
    // JSON is read up to the larger limit.
    expect(parseImportText(`["${'x'.repeat(MAX_IMPORT_YAML_BYTES * 2)}"]`).ok).toBe(true);
  });

  it('refuses text that is empty or only blanks', () => {
    expect(refusal('')).toMatchObject({ code: 'ImportEmpty' });
    expect(refusal(' \n\t')).toMatchObject({ code: 'ImportEmpty' });
  });

  it(`refuses nesting beyond ${MAX_NESTING} levels in every shape, before the recursive parts run`, () => {
    const shapes: [string, string][] = [
      ['JSON arrays', '['.repeat(1_000_000) + ']'.repeat(1_000_000)],
      ['JSON objects', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)],
      ['YAML flow', `a: ${'['.repeat(300_000)}`],
      ['YAML flow maps', `a: ${'{b: '.repeat(100_000)}`],
      ['YAML compact sequences', `${'- '.repeat(200_000)}x`],
      ['YAML indentation', Array.from({ length: 1200 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')],
      ['YAML explicit keys', `${'? '.repeat(100_000)}x`],
    ];
    for (const [label, text] of shapes) expect(refusal(text)?.code, label).toBe('ImportTooDeep');
    // Just inside the limit is fine.
    expect(parseImportText('['.repeat(MAX_NESTING) + ']'.repeat(MAX_NESTING)).ok).toBe(true);
    expect(parseImportText('['.repeat(MAX_NESTING + 1) + ']'.repeat(MAX_NESTING + 1)).ok).toBe(false);
  });

  it(`stops an alias bomb after ${YAML_LIMITS.aliasValues} expanded values`, () => {
    let bomb = 'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
    let previous = 'a';
    for (const name of 'bcdefghijklmnop') {
      bomb += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]\n`;
      previous = name;
    }
    expect(refusal(bomb)).toMatchObject({ code: 'YamlAliasLimit' });
  });

  it(`refuses YAML with more than ${YAML_LIMITS.tokens} tokens before parsing it`, () => {
    // Valid YAML, under the size limit, but a million tiny values.
    expect(refusal(`[${'1,'.repeat(300_000)}1]`.replace(/^\[/, '- ['))).toMatchObject({ code: 'YamlTooComplex' });
  });

  it('never throws, and never hangs, on text made of YAML indicators', () => {
    const pieces = ['- ', '? ', ': ', '[', ']', '{', '}', ',', '&a ', '*a ', '!Ref ', '!!binary ', '"', "'", '#', '\n', '  ', 'x', '|', '>', '%', '---\n', '...\n', '<<: '];
    let seed = 7;
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let i = 0; i < 200; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += pieces[seed % pieces.length];
      }
      const r = readYaml(text, MAX_NESTING);
      expect(typeof r.ok).toBe('boolean');
    }
  });
});
