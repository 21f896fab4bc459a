import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Design, parseDescribeImages, simulateLifecycle } from '../src/index.ts';
import { runCli, tempFolder } from './test-harness.ts';

const { dir, file } = tempFolder('designer-simulate-');
const run = (...args: string[]) => runCli(args);

const design: Design = {
  version: 1,
  stackName: 'EcrStack',
  repositories: [
    { id: 'Other', lifecycleRules: [{ maxImageCount: 1 }] },
    {
      id: 'Repo',
      lifecycleRules: [
        { tagPatternList: ['release-*'], maxImageCount: 1 },
        { tagStatus: 'UNTAGGED', maxImageAgeDays: 14 },
        { tagStatus: 'ANY', maxDaysSinceLastPull: 30, action: 'TRANSITION' },
      ],
    },
  ],
};

/** As `aws ecr describe-images` (CLI v2) prints it. */
const describeImages = {
  imageDetails: [
    {
      registryId: '123456789012',
      repositoryName: 'team/app',
      imageDigest: 'sha256:1111',
      imageTags: ['release-1'],
      imageSizeInBytes: 1000,
      imagePushedAt: '2025-11-01T12:00:00+01:00',
      imageManifestMediaType: 'application/vnd.docker.distribution.manifest.v2+json',
      lastRecordedPullTime: '2025-12-30T12:00:00+01:00',
    },
    { registryId: '123456789012', repositoryName: 'team/app', imageDigest: 'sha256:2222', imageTags: ['release-2'], imageSizeInBytes: 2000, imagePushedAt: '2025-12-01T00:00:00Z' },
    { registryId: '123456789012', repositoryName: 'team/app', imageDigest: 'sha256:3333', imageSizeInBytes: 3000, imagePushedAt: '2025-12-01T00:00:00Z' },
    { registryId: '123456789012', repositoryName: 'team/app', imageDigest: 'sha256:4444', imageTags: ['dev'], imageSizeInBytes: 4000, imagePushedAt: '2025-11-15T00:00:00Z' },
  ],
};

describe('designer simulate', () => {
  it('prints one JSON line per image, in input order, as the model simulates the chosen repository', async () => {
    const d = file('design.json', JSON.stringify(design));
    const images = file('images.json', JSON.stringify(describeImages, null, 4));
    const r = await run('simulate', '--images', images, '--at', '2026-01-01T00:00:00Z', '--repository', 'Repo', d);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const expected = simulateLifecycle(design.repositories[1]?.lifecycleRules ?? [], parseDescribeImages(describeImages).images, { at: Date.UTC(2026, 0, 1) });
    expect(lines).toEqual(
      expected.verdicts.map((v) => ({
        digest: v.image.digest,
        tags: v.image.tags,
        pushedAt: new Date(v.image.pushedAt).toISOString(),
        verdict: v.verdict,
        rulePriority: v.rulePriority ?? null,
        explanation: v.explanation,
      })),
    );
    // The model's verdicts for this repository, checked by hand: release-2 is the newest release,
    // the untagged image is 31 days old, dev was never pulled and is 47 days old.
    expect(lines.map((l) => [l['digest'], l['verdict'], l['rulePriority']])).toEqual([
      ['sha256:1111', 'expired', 1],
      ['sha256:2222', 'kept', 1],
      ['sha256:3333', 'expired', 2],
      ['sha256:4444', 'archived', 3],
    ]);
    expect(lines[0]?.['pushedAt']).toBe('2025-11-01T11:00:00.000Z');
    expect(r.stderr).toContain('repository Repo at 2026-01-01T00:00:00.000Z: 1 kept');
    expect(r.stderr).toContain('rule 1 `release-*`: selects 2, decides 2, expires 1');
  });

  it('simulates the first repository with rules by default, and reads images from stdin', async () => {
    const d = file('design-default.json', JSON.stringify(design));
    const { code, stdout } = await runCli(['simulate', '--images', '-', '--at', '2026-01-01T00:00:00Z', d], JSON.stringify(describeImages.imageDetails));
    expect(code).toBe(0);
    // Repository 'Other' keeps only the newest image (the two December pushes tie; the later listed wins).
    expect(stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { verdict: string }).verdict)).toEqual(['expired', 'expired', 'kept', 'expired']);
  });

  it('exits 2 for unreadable inputs, naming the file and field', async () => {
    const d = file('d2.json', JSON.stringify(design));
    const cases: [string, string[], string][] = [
      ['images missing', ['--images', join(dir, 'nope.json'), d], 'nope.json: no such file'],
      ['images not JSON', ['--images', file('bad.json', '{"imageDetails": ['), d], 'InvalidJson: Not valid JSON at line 1'],
      ['not describe-images', ['--images', file('obj.json', '{"images": []}'), d], 'NotDescribeImagesOutput'],
      ['bad timestamp', ['--images', file('ts.json', '[{"imageDigest":"sha256:1","imagePushedAt":"yesterday"}]'), d], '[0].imagePushedAt: InvalidTimestamp'],
      ['design not JSON', ['--images', file('ok.json', '[]'), file('dbad.json', '{')], 'InvalidJson'],
      ['design missing', ['--images', file('ok2.json', '[]'), join(dir, 'nodesign.json')], 'nodesign.json: no such file'],
    ];
    for (const [label, args, expected] of cases) {
      const r = await run('simulate', ...args);
      expect(r.code, label).toBe(2);
      expect(r.stdout, label).toBe('');
      expect(r.stderr, label).toContain(expected);
      expect(r.stderr, label).not.toMatch(/\n\s+at /);
    }
  });

  it('exits 1 for a design with errors or an unknown repository', async () => {
    const images = file('i1.json', '[]');
    const bad = await run('simulate', '--images', images, file('e.json', JSON.stringify({ ...design, stackName: 'bad_name' })));
    expect(bad).toMatchObject({ code: 1, stdout: '' });
    expect(bad.stderr).toContain('stackName: StackNameInvalidFormat: ');
    const none = await run('simulate', '--images', images, '--repository', 'Nope', file('n.json', JSON.stringify(design)));
    expect(none).toMatchObject({ code: 1, stdout: '' });
    expect(none.stderr).toContain("no repository with id 'Nope'");
  });

  it('exits 2 with the usage on wrong usage', async () => {
    const d = file('u.json', JSON.stringify(design));
    const images = file('i2.json', '[]');
    for (const args of [
      ['simulate', d],
      ['simulate', '--images', images],
      ['simulate', '--images', images, '--at', 'tomorrow', d],
      ['simulate', '--images', images, '--target', 'cdk-ts', d],
      ['simulate', '--images', '-', '-'],
    ]) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain('Usage:');
    }
  });

  it('runs through `pnpm designer` with stdout holding only the JSON lines', () => {
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const r = spawnSync(
      'node',
      ['packages/model/bin/designer.mjs', 'simulate', '--images', file('e2e.json', JSON.stringify(describeImages)), '--at', '2026-01-01T00:00:00Z', file('e2e-d.json', JSON.stringify(design))],
      { cwd: root, encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { digest: string }).digest)).toEqual(['sha256:1111', 'sha256:2222', 'sha256:3333', 'sha256:4444']);
  });
});
