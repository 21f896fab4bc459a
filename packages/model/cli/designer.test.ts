import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getTarget, type Design } from '../src/index.ts';
import { runCli, tempFolder } from './test-harness.ts';

const { dir, file } = tempFolder('designer-cli-');
const run = (...args: string[]) => runCli(args);

const good: Design = {
  version: 1,
  stackName: 'EcrStack',
  repositories: [{ id: 'Repo', repositoryName: 'team/app', lifecycleRules: [{ tagPrefixList: ['prod'], maxImageCount: 9999 }, { maxImageAgeDays: 30 }] }],
};

describe('designer validate', () => {
  it('exits 0 and prints nothing on stdout for a clean design', async () => {
    const r = await run('validate', file('good.json', JSON.stringify(good)));
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toBe('0 errors, 0 warnings\n');
  });

  it('prints one diagnostic a line as path: CODE: message and exits 1 on errors', async () => {
    const bad = { ...good, repositories: [{ id: 'Repo', repositoryName: 'A', emptyOnDelete: true }] };
    const r = await run('validate', file('bad.json', JSON.stringify(bad)));
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toContain(
      'repositories[0].repositoryName: InvalidRepositoryName: Invalid ECR repository name (value: A) Repository name must be at least 2 and no more than 256 characters Repository name must start with a letter and can only contain lowercase letters, numbers, hyphens, underscores, periods and forward slashes',
    );
    expect(lines).toContain(
      "repositories[0].emptyOnDelete: EmptyOnDeleteRequiresDestroyRemovalPolicy: Cannot use 'emptyOnDelete' property on a repository without setting removal policy to 'DESTROY'.",
    );
  });

  it('exits 0 with warnings only', async () => {
    const warn = { ...good, repositories: [{ id: 'Repo', removalPolicy: 'DESTROY' }] };
    const r = await run('validate', file('warn.json', JSON.stringify(warn)));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('repositories[0].emptyOnDelete: DestroyNeedsEmptyRepository (warning): ');
  });

  it('names the path of wrong types and unknown keys', async () => {
    const r = await run('validate', file('shape.json', '{"version":1,"stackName":"S","repositories":[{"id":"R","imageScanOnPush":"true","colour":1}]}'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('repositories[0].imageScanOnPush: SchemaWrongType: Expected a boolean (true or false), got a string.');
    expect(r.stdout).toContain('repositories[0].colour: SchemaUnknownProperty: Unknown property "colour".');
  });

  it('exits 2 with a clear message for unreadable input, never a stack trace', async () => {
    const cases = [
      ['missing', join(dir, 'nope.json'), 'no such file'],
      ['directory', dir, 'is a directory'],
      ['not JSON', file('x.json', '{"version": 1,'), 'InvalidJson: Not valid JSON'],
      ['binary', file('bin.json', Buffer.from([0xff, 0xfe, 0x00, 0xc3])), 'not UTF-8 text'],
      ['50 MB', file('big.json', Buffer.alloc(50 * 1024 * 1024, 0x20)), 'a design file is at most'],
    ] as const;
    for (const [label, path, expected] of cases) {
      const r = await run('validate', path);
      expect(r.code, label).toBe(2);
      expect(r.stdout + r.stderr, label).toContain(expected);
      expect(r.stdout + r.stderr, label).not.toMatch(/\n\s+at /);
    }
  });
});

describe('designer render', () => {
  it('prints each target exactly as the model renders it', async () => {
    const p = file('render.json', JSON.stringify(good));
    for (const id of ['cfn-json', 'cfn-yaml', 'cdk-ts', 'lifecycle-json']) {
      const r = await run('render', '--target', id, p);
      expect(r.code, id).toBe(0);
      expect(r.stdout, id).toBe(getTarget(id)?.render(good));
    }
  });

  for (const id of ['cdk-python', 'cdk-java', 'cdk-csharp', 'cdk-go']) {
    it(`renders ${id}, which the usage lists`, async () => {
      const r = await run('render', '--target', id, file(`${id}.json`, JSON.stringify(good)));
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(r.stdout).toBe(getTarget(id)?.render(good));
      expect(r.stdout).toContain('"team/app"');
      expect((await run('render')).stderr).toContain(id);
    });
  }

  it('refuses a design with errors: diagnostics on stderr, exit 1, nothing on stdout', async () => {
    const r = await run('render', '--target', 'cfn-yaml', file('e.json', JSON.stringify({ ...good, stackName: 'bad_name' })));
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toContain('stackName: StackNameInvalidFormat: ');
  });

  it('selects the repository of the lifecycle policy', async () => {
    const two: Design = { ...good, repositories: [{ id: 'A' }, { id: 'B', lifecycleRules: [{ maxImageCount: 3 }] }] };
    const p = file('two.json', JSON.stringify(two));
    expect((await run('render', '--target', 'lifecycle-json', p)).stdout).toContain('"countNumber": 3');
    const none = await run('render', '--target', 'lifecycle-json', '--repository', 'A', p);
    expect(none).toMatchObject({ code: 1, stdout: '' });
    expect(none.stderr).toContain("Repository 'A' has no lifecycle rules.");
  });

  it('exits 2 on usage errors', async () => {
    const p = file('u.json', JSON.stringify(good));
    for (const args of [[], ['render', p], ['render', '--target', 'pdf', p], ['frobnicate', p], ['validate'], ['validate', '--target', 'x', p]]) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain('Usage:');
    }
  });
});

describe('pnpm designer (the real entry point)', () => {
  it('runs from the repository root with stdout holding only the output', () => {
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const p = file('e2e.json', JSON.stringify(good));
    const r = spawnSync('node', ['packages/model/bin/designer.mjs', 'render', '--target', 'cfn-json', p], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(getTarget('cfn-json')?.render(good) ?? ''));
    const v = spawnSync('node', ['packages/model/bin/designer.mjs', 'validate', '-'], { cwd: root, encoding: 'utf8', input: '{"version":1,"stackName":"S","repositories":[{"id":"R","repositoryName":"a"}]}' });
    expect(v.status).toBe(1);
    expect(v.stdout).toContain('repositories[0].repositoryName: InvalidRepositoryName: ');
  });
});
