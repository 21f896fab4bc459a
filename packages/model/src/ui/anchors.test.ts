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
