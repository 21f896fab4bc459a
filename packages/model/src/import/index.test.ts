import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Design, checkDesign } from '../index.ts';
import { designArb, validDesignArb } from '../../test/arbitraries.ts';
import { IdAllocator } from './ids.ts';
import { IMPORT_KINDS, addImportedDesign, detectImportKind, importText } from './index.ts';

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

const ID_PROBLEMS = ['UnknownPrincipal', 'UnknownTarget', 'DuplicateConstructId', 'EmptyConstructId'];

describe('adding an imported design to the current one', () => {
  it('keeps the design and gives clashing ids (and key ids) a number', () => {
    const design: Design = { version: 1, stackName: 'S', repositories: [{ id: 'Repo' }, { id: 'Api', encryptionKey: { create: true } }] };
    const imported: Design = { version: 1, stackName: 'Other', repositories: [{ id: 'Repo', repositoryName: 'a1' }, { id: 'ApiKey' }, { id: 'Web' }] };
    const out = addImportedDesign(design, imported);
    expect(out.stackName).toBe('S');
    expect(out.repositories.map((r) => r.id)).toEqual(['Repo', 'Api', 'Repo2', 'ApiKey2', 'Web']);
    expect(out.repositories[2]).toEqual({ id: 'Repo2', repositoryName: 'a1' });
    expect(design.repositories).toHaveLength(2);
    expect(checkDesign(out).diagnostics.filter((d) => d.code.includes('ConstructId'))).toEqual([]);
    // (whereas adding them as they are would clash)
    const naive: Design = { ...design, repositories: [...design.repositories, { id: 'ApiKey' }] };
    expect(checkDesign(naive).diagnostics.map((d) => d.code)).toContain('DuplicateConstructId');
  });

  it('brings the principals along, reusing equal ones and renaming clashing ones, and follows every reference', () => {
    const design: Design = {
      version: 1,
      stackName: 'S',
      principals: [
        { id: 'Ci', type: 'AccountPrincipal', accountId: '111122223333' },
        { id: 'Bot', type: 'User' },
      ],
      repositories: [{ id: 'Repo', grants: [{ method: 'grantPull', grantee: 'Bot' }] }],
    };
    const imported: Design = {
      version: 1,
      stackName: 'S',
      principals: [
        { id: 'Account111122223333', type: 'AccountPrincipal', accountId: '111122223333' },
        { id: 'Bot', type: 'User', userName: 'bot' },
      ],
      topics: [{ id: 'Bot' }],
      repositories: [
        {
          id: 'Repo',
          grants: [{ method: 'grantPush', grantee: 'Bot' }],
          resourcePolicyStatements: [{ actions: ['ecr:BatchGetImage'], principals: ['Account111122223333'] }],
          eventRules: [{ method: 'onEvent', id: 'Pushed', targets: [{ type: 'SnsTopic', topic: 'Bot' }] }],
        },
      ],
      authorizationTokenGrants: [{ token: 'AuthorizationToken', grantee: 'Bot' }],
    };
    const out = addImportedDesign(design, imported);
    expect(out.principals).toEqual([
      { id: 'Ci', type: 'AccountPrincipal', accountId: '111122223333' },
      { id: 'Bot', type: 'User' },
      { id: 'Bot2', type: 'User', userName: 'bot' },
    ]);
    expect(out.topics).toEqual([{ id: 'Bot3' }]);
    expect(out.repositories[1]).toEqual({
      id: 'Repo2',
      grants: [{ method: 'grantPush', grantee: 'Bot2' }],
      resourcePolicyStatements: [{ actions: ['ecr:BatchGetImage'], principals: ['Ci'] }],
      eventRules: [{ method: 'onEvent', id: 'Pushed', targets: [{ type: 'SnsTopic', topic: 'Bot3' }] }],
    });
    expect(out.authorizationTokenGrants).toEqual([{ token: 'AuthorizationToken', grantee: 'Bot2' }]);
    expect(checkDesign(out).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('of any two valid designs is a design whose ids are unique and whose references all resolve', () => {
    fc.assert(
      fc.property(validDesignArb, validDesignArb, (a, b) => {
        const out = addImportedDesign(a, b);
        expect(out.repositories).toHaveLength(a.repositories.length + b.repositories.length);
        // Physical names (repository, rule, role names...) may clash: that is for the user to see.
        expect(checkDesign(out).diagnostics.filter((d) => d.severity === 'error' && ID_PROBLEMS.includes(d.code))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
