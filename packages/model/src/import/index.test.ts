import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Design, checkDesign } from '../index.ts';
import { designArb } from '../../test/arbitraries.ts';
import { IdAllocator } from './ids.ts';
import { IMPORT_KINDS, addImportedRepositories, detectImportKind, importText } from './index.ts';

describe('recognising what was pasted', () => {
  it.each([
    [{ Resources: {} }, 'cloudformation'],
    [{ AWSTemplateFormatVersion: '2010-09-09' }, 'cloudformation'],
    [{ version: 1, stackName: 'S', repositories: [] }, 'design'],
    [{ version: 2, repositories: [] }, 'design'],
    [{ lifecyclePolicyText: '{}', repositoryName: 'x' }, 'get-lifecycle-policy'],
    [{ rules: [] }, 'lifecycle-policy'],
    [{ repositories: [] }, 'describe-repositories'],
    [{ rules: 'x' }, undefined],
    [{ repository: {} }, undefined],
    [[1], undefined],
    ['text', undefined],
    [null, undefined],
  ])('%j -> %s', (value, kind) => {
    expect(detectImportKind(value)).toBe(kind);
  });

  it('says what it expected when the text is none of them', () => {
    const result = importText('name: value\nlist: [1, 2]');
    expect(result.design).toBeUndefined();
    expect(result.problems).toEqual([
      {
        path: '',
        severity: 'error',
        code: 'ImportUnrecognized',
        message: `This YAML is none of what ECR Designer imports: ${Object.values(IMPORT_KINDS).join(', ')}.`,
      },
    ]);
    expect(importText('"just a string"').problems[0]?.message).toMatch(/^This JSON is none of what ECR Designer imports: a CloudFormation template/);
  });
});

describe('design files', () => {
  it('import any design the app exports, unchanged', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const result = importText(JSON.stringify(design, undefined, 2));
        expect(result.kind).toBe('design');
        expect(result.design).toEqual(design);
        expect(result.problems).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('refuse a design from a future format version, or with the wrong shape, saying why', () => {
    const future = importText('{"version": 9, "stackName": "S", "repositories": []}');
    expect(future.design).toBeUndefined();
    expect(future.problems).toMatchObject([{ path: 'version', code: 'UnsupportedVersion', severity: 'error' }]);
    const wrong = importText('{"version": 1, "stackName": "S", "repositories": [{"id": 7, "colour": "red"}]}');
    expect(wrong.design).toBeUndefined();
    expect(wrong.problems.map((p) => [p.path, p.code])).toEqual([
      ['repositories[0].colour', 'SchemaUnknownProperty'],
      ['repositories[0].id', 'SchemaWrongType'],
    ]);
  });
});

describe('construct ids of imported repositories', () => {
  it('number clashes from 2 on, skipping ids taken by repositories or by their keys', () => {
    const ids = new IdAllocator(['Repo3', 'Web']);
    expect(['Repo', 'Repo', 'Repo', 'Repo', 'WebKey', 'Web', 'Repo12', 'Repo12'].map((id) => ids.take(id))).toEqual([
      'Repo', 'Repo2', 'Repo4', 'Repo5', 'WebKey2', 'Web2', 'Repo12', 'Repo6',
    ]);
  });

  it('stay unique in a template with thousands of repositories', () => {
    const resources = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`Repo${i % 7}x${i}`, { Type: 'AWS::ECR::Repository', DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' }]));
    const ids = importText(JSON.stringify({ Resources: resources })).design?.repositories.map((r) => r.id) ?? [];
    expect(ids).toHaveLength(3000);
    expect(new Set(ids).size).toBe(3000);
  });
});

describe('adding imported repositories to a design', () => {
  it('keeps the design and gives clashing ids (and key ids) a number', () => {
    const design: Design = { version: 1, stackName: 'S', repositories: [{ id: 'Repo' }, { id: 'Api', encryptionKey: { create: true } }] };
    const out = addImportedRepositories(design, [{ id: 'Repo', repositoryName: 'a1' }, { id: 'ApiKey' }, { id: 'Web' }]);
    expect(out.repositories.map((r) => r.id)).toEqual(['Repo', 'Api', 'Repo2', 'ApiKey2', 'Web']);
    expect(out.repositories[2]).toEqual({ id: 'Repo2', repositoryName: 'a1' });
    expect(design.repositories).toHaveLength(2);
    expect(checkDesign(out).diagnostics.filter((d) => d.code.includes('ConstructId'))).toEqual([]);
    // (whereas adding them as they are would clash)
    const naive: Design = { ...design, repositories: [...design.repositories, { id: 'ApiKey' }] };
    expect(checkDesign(naive).diagnostics.map((d) => d.code)).toContain('DuplicateConstructId');
  });
});
