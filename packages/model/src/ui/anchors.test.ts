import { describe, expect, it } from 'vitest';
import type { Design } from '../design.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { anchorIn, anchorOf, editorAnchors, placeDiagnostics, placeDiagnosticsIn, repositoryIndexOf } from './anchors.ts';

const design: Design = {
  version: 1,
  stackName: 'EcrStack',
  repositories: [
    { id: 'Repo', lifecycleRules: [{ maxImageCount: 1 }, { tagPrefixList: ['a'], maxImageAgeDays: 3 }], tags: { team: 'x', 'cost center': 'y' } },
  ],
};

function diag(path: string): Diagnostic {
  return { path, severity: 'error', code: 'X', message: path, source: 'designer' };
}

describe('editorAnchors', () => {
  it('lists the fields, rules and tags of every repository', () => {
    const anchors = editorAnchors(design);
    expect(anchors).toContain('repositories[0].repositoryName');
    expect(anchors).toContain('repositories[0].encryptionKey.alias');
    expect(anchors).toContain('repositories[0].lifecycleRules[1]');
    expect(anchors).toContain('repositories[0].lifecycleRules[1].tagPrefixList');
    expect(anchors).toContain('repositories[0].tags.team');
    expect(anchors).toContain('repositories[0].tags["cost center"]');
    expect(anchors).not.toContain('repositories[0].lifecycleRules[2]');
  });
});

describe('placeDiagnostics', () => {
  const anchors = editorAnchors(design);
  it('puts each diagnostic at the deepest anchor containing it', () => {
    expect(anchorOf('repositories[0].lifecycleRules[1].tagPrefixList[0]', anchors)).toBe('repositories[0].lifecycleRules[1].tagPrefixList');
    expect(anchorOf('repositories[0].lifecycleRules[1]', anchors)).toBe('repositories[0].lifecycleRules[1]');
    expect(anchorOf('repositories[0].lifecycleRules', anchors)).toBe('repositories[0].lifecycleRules');
    expect(anchorOf('repositories[0].somethingNew', anchors)).toBe('repositories[0]');
    expect(anchorOf('repositories[4].id', anchors)).toBe('repositories');
    expect(anchorOf('', anchors)).toBe('');
    expect(anchorOf('version', anchors)).toBe('');
  });
  it('does not confuse a path with a longer sibling (rule 1 vs rule 10)', () => {
    expect(anchorOf('repositories[0].lifecycleRules[10].x', ['repositories[0].lifecycleRules[1]', 'repositories[0].lifecycleRules'])).toBe(
      'repositories[0].lifecycleRules',
    );
  });
  it('groups by anchor and keeps order', () => {
    const placed = placeDiagnostics([diag('repositories[0].id'), diag('x'), diag('repositories[0].id')], anchors);
    expect(placed.get('repositories[0].id')).toHaveLength(2);
    expect(placed.get('')?.map((d) => d.path)).toEqual(['x']);
  });
});

describe('placeDiagnosticsIn', () => {
  it('places like placeDiagnostics over every anchor, looking only at the repository concerned', () => {
    const paths = [
      'repositories[0].lifecycleRules[1].tagPrefixList[0]',
      'repositories[0].lifecycleRules[1]',
      'repositories[0].tags["cost center"]',
      'repositories[0].somethingNew',
      'repositories[4].id',
      'stackName',
      'version',
      '',
    ];
    const diagnostics = paths.map(diag);
    expect(placeDiagnosticsIn(design, diagnostics)).toEqual(placeDiagnostics(diagnostics, editorAnchors(design)));
    expect(anchorIn(design, 'repositories[0].tags["cost center"]')).toBe('repositories[0].tags["cost center"]');
  });
});

describe('repositoryIndexOf', () => {
  it('reads the repository index of a path', () => {
    expect(repositoryIndexOf('repositories[12].tags.a')).toBe(12);
    expect(repositoryIndexOf('stackName')).toBeUndefined();
  });
});

describe('access and events diagnostics', () => {
  const ACCESS = /^(principals|topics|imports|authorizationTokenGrants)|^repositories\[\d+\]\.(grants|resourcePolicyStatements|eventRules)/;
  /** Designs for the checks the generators rarely reach (values far past a limit). */
  const long = 'a'.repeat(300);
  const handMade: Design[] = [
    {
      version: 1,
      stackName: 'EcrStack',
      principals: [{ id: 'A', type: 'AccountPrincipal', accountId: '111122223333' }],
      topics: [{ id: 'T', topicName: long }],
      imports: [{ id: 'Q', type: 'Queue', queueArn: `arn:aws:sqs:us-east-1:111122223333:${'q'.repeat(1700)}` }],
      repositories: [
        {
          id: 'Repo',
          resourcePolicyStatements: [
            { actions: ['ecr:BatchGetImage'], principals: ['A'], conditions: { StringEquals: { 'aws:SourceVpc': { nested: true } } } },
            ...Array.from({ length: 60 }, (_, i) => ({ sid: `S${i}${long}`.slice(0, 200), actions: ['ecr:BatchGetImage'], principals: ['A'] })),
          ],
          eventRules: [{ method: 'onEvent', id: 'E', targets: [{ type: 'SqsQueue', queue: 'Q' }, { type: 'SnsTopic', topic: 'T' }] }],
        },
      ],
    },
    {
      version: 1,
      stackName: 'EcrStack',
      principals: [{ id: 'R', type: 'Role', assumedBy: { type: 'AccountPrincipal', accountId: '111122223333' } }],
      repositories: Array.from({ length: 120 }, (_, i) => ({
        id: `Repository${i}WithAQuiteLongConstructIdToFillThePolicy`,
        grants: [{ method: 'grantPullPush' as const, grantee: 'R' }, { method: 'grantRead' as const, grantee: 'R' }],
      })),
    },
  ];

  it('lands every access diagnostic code on a control of its entry, never on the repository or the design', async () => {
    const { readFileSync } = await import('node:fs');
    const fc = (await import('fast-check')).default;
    const { designArb, accessMistakesArb } = await import('../../test/arbitraries.ts');
    const { validateDesign } = await import('../validate/index.ts');
    const source = readFileSync(new URL('../access/deploy-checks.ts', import.meta.url), 'utf8');
    const emitted = new Set([...source.matchAll(/'([A-Z][A-Za-z]+)'(?=,\s*(?:`|'|\n|severity))/g)].map((m) => m[1] as string));
    expect(emitted.size).toBeGreaterThan(30);
    const seen = new Set<string>();
    const misplaced: string[] = [];
    for (const sample of [...handMade, ...fc.sample(fc.oneof(designArb, accessMistakesArb), { numRuns: 800, seed: 4 })]) {
      for (const d of validateDesign(sample)) {
        if (!ACCESS.test(d.path)) continue;
        seen.add(d.code);
        const anchor = anchorIn(sample, d.path);
        if (!ACCESS.test(anchor)) misplaced.push(`${d.code} at ${d.path} -> '${anchor}'`);
      }
    }
    expect(misplaced).toEqual([]);
    expect([...emitted].filter((code) => !seen.has(code))).toEqual([]);
  });
});
