import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Design, getTarget, importText } from '../src/index.ts';
import { runCli, tempFolder } from './test-harness.ts';

const { dir, file } = tempFolder('designer-import-');
const run = runCli;

const design: Design = {
  version: 1,
  stackName: 'EcrStack',
  repositories: [{ id: 'Repo', repositoryName: 'team/app', removalPolicy: 'DESTROY', lifecycleRules: [{ rulePriority: 1, maxImageCount: 5 }] }],
};

describe('designer import', () => {
  it('prints the design JSON of our own template and exits 0, with only the summary on stderr', async () => {
    for (const target of ['cfn-yaml', 'cfn-json']) {
      const p = file(`t.${target}`, getTarget(target)?.render(design) ?? '');
      const r = await run(['import', p]);
      expect(r.code, target).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(design);
      expect(r.stdout).toBe(JSON.stringify(design, undefined, 2) + '\n');
      expect(r.stderr).toBe(`imported cloudformation (${target === 'cfn-yaml' ? 'yaml' : 'json'}): 1 repository; 0 warnings, 0 notes\n`);
    }
  });

  it('lists what could not be imported on stderr, one a line with path and resource, and exits 1', async () => {
    const text = `Resources:
  Web:
    Type: AWS::ECR::Repository
    DeletionPolicy: Retain
    UpdateReplacePolicy: Retain
    Properties:
      RepositoryName: !Sub '\${AWS::StackName}-web'
  Topic:
    Type: AWS::SNS::Topic
`;
    const r = await run(['import', file('hand.yaml', text)]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual(importText(text).design);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      'Resources.Web.Properties.RepositoryName: CfnIntrinsicNotSupported (warning): RepositoryName is computed with Fn::Sub ({"Fn::Sub":"${AWS::StackName}-web"}); the design needs a literal value, so it is not imported.',
      expect.stringMatching(/^Resources\.Web: CfnLogicalIdChanges \(warning\): The design renders this repository as Web[0-9A-F]{8} /),
      'Resources.Topic: CfnResourceNotImported (warning): Topic (AWS::SNS::Topic) is not imported: the design holds ECR repositories and the KMS keys they use.',
      'imported cloudformation (yaml): 1 repository; 3 warnings, 0 notes',
    ]);
  });

  it('reads standard input with -, and takes --stack-name', async () => {
    const policy = JSON.stringify({ rules: [{ rulePriority: 1, selection: { tagStatus: 'untagged', countType: 'imageCountMoreThan', countNumber: 1 }, action: { type: 'expire' } }] });
    const r = await run(['import', '--stack-name', 'Shop', '-'], policy);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ version: 1, stackName: 'Shop', repositories: [{ id: 'Repo', lifecycleRules: [{ rulePriority: 1, tagStatus: 'UNTAGGED', maxImageCount: 1 }] }] });
    expect(r.stderr).toBe('imported lifecycle-policy (json): 1 repository; 0 warnings, 0 notes\n');
  });

  it('exits 2 with the reason when nothing can be imported, printing nothing on stdout', async () => {
    const cases: [string, string][] = [
      [file('none.yaml', 'a: b'), 'ImportUnrecognized'],
      [file('bad.json', '{"Resources": '), 'InvalidJson: Not valid JSON at line 1, column 15'],
      [file('bomb.yaml', ['a: &a [x,x,x,x,x,x,x,x,x,x]', ...'bcdefghij'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefghij'[i]}`).join(',')}]`)].join('\n')), 'YamlAliasLimit'],
      [file('future.json', '{"version": 3, "stackName": "S", "repositories": []}'), 'version: UnsupportedVersion'],
      [join(dir, 'missing.yaml'), 'no such file'],
      [file('big.yaml', Buffer.alloc(50 * 1024 * 1024, 0x61)), 'at most'],
    ];
    for (const [path, expected] of cases) {
      const r = await run(['import', path]);
      expect(r.code, path).toBe(2);
      expect(r.stdout, path).toBe('');
      expect(r.stderr, path).toContain(expected);
      expect(r.stderr, path).not.toMatch(/\n\s+at /);
    }
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [['import'], ['import', 'a', 'b'], ['import', '--target', 'x', 'a']]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('Usage:');
    }
    expect((await run(['--help'])).stdout).toContain('designer import [--stack-name <name>]');
  });

  it('runs as pnpm designer import from the repository root', () => {
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const p = file('e2e.yaml', getTarget('cfn-yaml')?.render(design) ?? '');
    const r = spawnSync('node', ['packages/model/bin/designer.mjs', 'import', p], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(design);
  });
});
