import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDesign, design as designSchema, designJsonSchema, parseDesignText, type Diagnostic } from './index.ts';
import { corpus } from '../test/corpus.ts';

function structure(value: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  designSchema.check(value, [], out);
  return out;
}

describe('design format v1: structure', () => {
  it('accepts every golden design', () => {
    for (const c of corpus) expect(structure(c.design), c.name).toEqual([]);
  });

  it('reports unknown keys, wrong types, bad enums and missing properties with their paths', () => {
    const diags = structure({
      version: 1,
      stackName: 7,
      repositories: [{ id: 'Repo', imageScanOnPush: 'yes', colour: 'red', encryption: 'AES256', lifecycleRules: [{ maxImageCount: '5' }], tags: { a: 1 } }],
    });
    expect(diags.map((d) => [d.path, d.code])).toEqual([
      ['stackName', 'SchemaWrongType'],
      ['repositories[0].colour', 'SchemaUnknownProperty'],
      ['repositories[0].imageScanOnPush', 'SchemaWrongType'],
      ['repositories[0].encryption', 'SchemaUnknownEnumValue'],
      ['repositories[0].lifecycleRules[0].maxImageCount', 'SchemaWrongType'],
      ['repositories[0].tags.a', 'SchemaWrongType'],
    ]);
    expect(diags[2]?.message).toBe('Expected a boolean (true or false), got a string.');
    expect(diags[3]?.message).toBe('Expected one of AES_256, KMS, KMS_DSSE, got "AES256".');
    expect(diags[1]?.message).toContain('Unknown property "colour".');
  });

  it('distinguishes an explicit false from an absent property', () => {
    expect(structure({ version: 1, stackName: 'S', repositories: [{ id: 'R', imageScanOnPush: false }] })).toEqual([]);
    expect(structure({ version: 1, stackName: 'S', repositories: [{ id: 'R', imageScanOnPush: null }] })[0]?.code).toBe('SchemaWrongType');
  });

  it('requires the version, the stack name and the repository list', () => {
    expect(structure({}).map((d) => d.path)).toEqual(['version', 'stackName', 'repositories']);
    expect(structure([]).map((d) => d.code)).toEqual(['SchemaWrongType']);
  });

  it('keeps keys such as __proto__ as plain data (no prototype pollution)', () => {
    const parsed = parseDesignText('{"version":1,"stackName":"S","repositories":[{"id":"R","tags":{"__proto__":"x","constructor":"y"}}]}');
    expect(parsed.design?.repositories[0]?.tags).toEqual(JSON.parse('{"__proto__":"x","constructor":"y"}'));
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    const bad = parseDesignText('{"version":1,"stackName":"S","repositories":[],"__proto__":{"polluted":true}}');
    expect(bad.diagnostics.map((d) => d.code)).toEqual(['SchemaUnknownProperty']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('reading design files', () => {
  it('reports bad JSON with its location', () => {
    const r = parseDesignText('{"version": 1,\n  "stackName": }');
    expect(r.design).toBeUndefined();
    expect(r.diagnostics[0]?.code).toBe('InvalidJson');
    expect(r.diagnostics[0]?.message).toBe("Not valid JSON at line 2, column 16: expected a value, found '}'.");
  });

  it('refuses oversized, deeply nested and future-version documents without parsing them further', () => {
    expect(parseDesignText(' '.repeat(6 * 1024 * 1024)).diagnostics[0]?.code).toBe('DesignTooLarge');
    expect(parseDesignText('['.repeat(100) + ']'.repeat(100)).diagnostics[0]?.code).toBe('DesignTooDeep');
    const future = parseDesignText('{"version": 2, "stackName": "S", "repositories": [], "newThing": true}');
    expect(future.diagnostics.map((d) => d.code)).toEqual(['UnsupportedVersion']);
  });

  it('runs the domain checks once the structure is sound', () => {
    const r = checkDesign({ version: 1, stackName: 'S', repositories: [{ id: 'R', repositoryName: 'A' }] });
    expect(r.design).toBeDefined();
    expect(r.diagnostics.map((d) => [d.path, d.code, d.source])).toContainEqual(['repositories[0].repositoryName', 'InvalidRepositoryName', 'cdk']);
  });
});

describe('the shipped JSON Schema', () => {
  it('is generated from the design definitions (run `pnpm --filter @ecr-designer/model run schema` after changing them)', () => {
    const shipped: unknown = JSON.parse(readFileSync(new URL('../schema/design.schema.json', import.meta.url), 'utf8'));
    expect(shipped).toEqual(designJsonSchema());
  });

  it('closes every object and lists the enum values', () => {
    const json = JSON.stringify(designJsonSchema());
    expect(json).not.toContain('"additionalProperties":true');
    expect(json).toContain('"enum":["MUTABLE","IMMUTABLE","IMMUTABLE_WITH_EXCLUSION","MUTABLE_WITH_EXCLUSION"]');
  });
});
