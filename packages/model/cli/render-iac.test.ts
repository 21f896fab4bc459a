/**
 * `designer render --target terraform|aws-cli`: the output on stdout is the model's rendering, and
 * the names the target had to choose (CloudFormation would generate them) are warnings on stderr,
 * at the design field that would set them; the exit code stays 0.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getTarget, type Design } from '../src/index.ts';
import { runCli, tempFolder } from './test-harness.ts';

const { file } = tempFolder('designer-iac-');
const run = (...args: string[]) => runCli(args);

const named: Design = { version: 1, stackName: 'EcrStack', repositories: [{ id: 'Repo', repositoryName: 'team/app', lifecycleRules: [{ maxImageCount: 5 }] }] };
const unnamed: Design = { version: 1, stackName: 'EcrStack', repositories: [{ id: 'Repo' }] };

describe('designer render --target terraform|aws-cli', () => {
  it('terraform: main.tf on stdout, nothing on stderr for a named repository', async () => {
    const r = await run('render', '--target', 'terraform', file('named.json', JSON.stringify(named)));
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(getTarget('terraform')?.render(named));
    expect(r.stdout).toContain('resource "aws_ecr_lifecycle_policy" "Repo02AC86CF"');
  });

  it('terraform: a derived repository name is a warning at repositories[0].repositoryName', async () => {
    const r = await run('render', '--target', 'terraform', file('unnamed.json', JSON.stringify(unnamed)));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^repositories\[0\]\.repositoryName: TerraformDerivedName \(warning\): Terraform needs a repository name .*'ecrstack-repo02ac86cf'/);
    expect(r.stdout).toContain('name = "ecrstack-repo02ac86cf"');
  });

  it('aws-cli: create-ecr.sh through the real entry point, the derived name warned on stderr', () => {
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const r = spawnSync('node', ['packages/model/bin/designer.mjs', 'render', '--target', 'aws-cli', '-'], { cwd: root, encoding: 'utf8', input: JSON.stringify(unnamed) });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(getTarget('aws-cli')?.render(unnamed));
    expect(r.stdout.startsWith('#!/usr/bin/env bash\n')).toBe(true);
    expect(r.stderr).toContain('repositories[0].repositoryName: AwsCliDerivedName (warning): ');
  });

  it('lists both targets in the usage', async () => {
    const usage = (await run('render')).stderr;
    expect(usage).toContain('terraform');
    expect(usage).toContain('aws-cli');
  });
});
