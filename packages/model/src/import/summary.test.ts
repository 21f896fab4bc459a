import { describe, expect, it } from 'vitest';
import { importText } from './index.ts';
import { MAX_IMPORT_JSON_BYTES } from './text.ts';
import { formatImportProblem, importFileSizeProblem, importPasteSizeProblem, summarizeImport } from './summary.ts';

const TEMPLATE = `Parameters:
  Env:
    Type: String
Resources:
  AppRepo:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: !Sub 'team/app-\${Env}'
  WebRepo:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: team/web
  Bucket:
    Type: AWS::S3::Bucket
`;

describe('summarizeImport', () => {
  it('names what was recognised, the repositories and, per resource in document order, what was not imported', () => {
    const result = importText(TEMPLATE);
    const summary = summarizeImport(result);
    expect(summary.recognised).toBe('a CloudFormation template (JSON or YAML), read as YAML');
    expect(summary.canApply).toBe(true);
    expect(summary.error).toBeUndefined();
    expect(summary.repositories.map((r) => r.id)).toEqual(result.design?.repositories.map((r) => r.id));
    expect(summary.repositories.find((r) => r.id === 'WebRepo')?.repositoryName).toBe('team/web');
    // Every problem is in exactly one group, and the groups follow the order resources first appear.
    expect(summary.groups.flatMap((g) => g.problems)).toHaveLength(result.problems.length);
    expect(new Set(summary.groups.flatMap((g) => g.problems))).toEqual(new Set(result.problems));
    const firstSeen = [...new Set(result.problems.map((p) => p.resource))];
    const documentFirst = [undefined, ...firstSeen.filter((r) => r !== undefined)].filter((r) => firstSeen.includes(r));
    expect(summary.groups.map((g) => g.resource)).toEqual(documentFirst);
    expect(summary.groups.map((g) => g.title)).toContain('Bucket');
    for (const g of summary.groups) for (const p of g.problems) expect(p.resource).toBe(g.resource);
    const total = summary.counts.error + summary.counts.warning + summary.counts.info;
    expect(total).toBe(result.problems.length);
  });

  it('gives the first error, with its position, when nothing can be imported', () => {
    const summary = summarizeImport(importText('Resources: [\n  a: b'));
    expect(summary.canApply).toBe(false);
    expect(summary.recognised).toBeUndefined();
    expect(summary.error).toMatch(/^Not valid YAML/);
    expect(summary.error).toMatch(/line 2/);
    expect(summary.repositories).toEqual([]);
  });

  it('says when the data is none of the kinds it imports', () => {
    const summary = summarizeImport(importText('{"hello": "world"}'));
    expect(summary.canApply).toBe(false);
    expect(summary.error).toContain('none of what ECR Designer imports');
  });

  it('refuses a design file from a future format version, saying so', () => {
    const summary = summarizeImport(importText('{"version": 9, "stackName": "S", "repositories": []}'));
    expect(summary.recognised).toBe('an ECR Designer design file, read as JSON');
    expect(summary.canApply).toBe(false);
    expect(summary.error).toMatch(/9/);
  });
});

describe('formatImportProblem', () => {
  it('puts the path first and adds the position only when the message lacks it', () => {
    expect(formatImportProblem({ path: 'Resources.R', severity: 'warning', code: 'X', message: 'm.', line: 3, column: 4 })).toBe('Resources.R: m. (line 3, column 4)');
    expect(formatImportProblem({ path: '', severity: 'error', code: 'X', message: 'Bad at line 3, column 4.', line: 3, column: 4 })).toBe('Bad at line 3, column 4.');
    expect(formatImportProblem({ path: '', severity: 'error', code: 'X', message: 'Bad.' })).toBe('Bad.');
  });
});

describe('importFileSizeProblem', () => {
  it('refuses exactly the files the text reader would refuse as too large', () => {
    expect(importFileSizeProblem('a.yaml', MAX_IMPORT_JSON_BYTES)).toBeUndefined();
    const message = importFileSizeProblem('a.yaml', MAX_IMPORT_JSON_BYTES + 1);
    expect(message).toContain('a.yaml');
    expect(message).toContain(String(MAX_IMPORT_JSON_BYTES));
    expect(importText(' '.repeat(MAX_IMPORT_JSON_BYTES) + '{}').problems[0]?.code).toBe('ImportTooLarge');
  });
});

describe('importPasteSizeProblem', () => {
  it('refuses exactly the pastes the text reader would refuse as too large, counting UTF-8 bytes', () => {
    expect(importPasteSizeProblem('x'.repeat(MAX_IMPORT_JSON_BYTES))).toBeUndefined();
    expect(importPasteSizeProblem('x'.repeat(MAX_IMPORT_JSON_BYTES + 1))).toContain(`has at least ${MAX_IMPORT_JSON_BYTES + 1} bytes`);
    // Two bytes per character in UTF-8: half the limit in characters is already too much.
    const wide = 'é'.repeat(MAX_IMPORT_JSON_BYTES / 2 + 1);
    expect(importPasteSizeProblem(wide)).toContain(`has ${MAX_IMPORT_JSON_BYTES + 2} bytes`);
    expect(importText(wide).problems[0]?.code).toBe('ImportTooLarge');
    expect(importPasteSizeProblem('x'.repeat(50 * 1024 * 1024))).toContain('at least');
  });
});
