import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OracleHarnessError } from './harness.ts';
import { ecrStackSource, SPEC_3A_DEFAULT, SPEC_3B2_KMS_KEY, SPEC_3B_ALL_OPTIONS } from './stack-sources.ts';
import { stripResolutionWrappers, synthesizeStack, type SynthResult } from './synth.ts';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (name: string): string => readFileSync(join(here, 'fixtures', name), 'utf8');

function synth(body: string, validate = false): SynthResult {
  return synthesizeStack({ stackSource: ecrStackSource(body), stackClassName: 'EcrStack', stackId: 'EcrStack', validate });
}

/** A thunk synthesizing `stackSource` (for `expect(...).toThrow`). */
function run(stackSource: string, stackClassName = 'EcrStack'): () => SynthResult {
  return () => synthesizeStack({ stackSource, stackClassName, stackId: 'S' });
}

function expectOk(result: SynthResult): Extract<SynthResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected a template, got ${result.error.name}: ${result.error.message}`);
  return result;
}

describe('synthesizeStack (in-process aws-cdk-lib oracle)', () => {
  // The first test also pays for loading aws-cdk-lib (reported below as "first synth").
  it.each([
    ['§3a default repository', SPEC_3A_DEFAULT, 'spec-3a-default.template.json'],
    ['§3b all options + 3 lifecycle rules', SPEC_3B_ALL_OPTIONS, 'spec-3b-all-options.template.json'],
    ['§3b B2 customer KMS key', SPEC_3B2_KMS_KEY, 'spec-3b2-kms-key.template.json'],
  ])('%s synthesizes byte-exactly to the template recorded in ecr-spec.md', (_name, body, file) => {
    const started = performance.now();
    const result = expectOk(synth(body));
    if (file === 'spec-3a-default.template.json') console.log(`[oracle] first synth (incl. loading aws-cdk-lib): ${Math.round(performance.now() - started)} ms`);
    // The spec records the cdk.out file (JSON.stringify(template, undefined, 1)); our fixture adds a final newline.
    expect(`${result.templateText}\n`).toBe(fixture(file));
    expect(result.template).toEqual(JSON.parse(fixture(file)));
    expect(result.warnings).toEqual([]);
  });

  // Prints the warm synth time for the record; timings are never asserted (machines are noisy,
  // `pnpm bench` reports them).
  it('synthesizes warm, again and again, without an error', () => {
    synth(SPEC_3B_ALL_OPTIONS);
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const started = performance.now();
      expectOk(synth(i % 2 === 0 ? SPEC_3B_ALL_OPTIONS : SPEC_3B2_KMS_KEY));
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    console.log(`[oracle] warm in-process synth (§3b/B2, n=${times.length}): median ${median.toFixed(1)} ms, mean ${mean.toFixed(1)} ms, max ${(times.at(-1) ?? 0).toFixed(1)} ms`);
  });

  it('a construct-time ValidationError comes back with its code as name and the plain message', () => {
    expect(synth(`new ecr.Repository(this, 'Repo', { repositoryName: 'A' });`)).toEqual({
      ok: false,
      error: {
        name: 'InvalidRepositoryName',
        message:
          'Invalid ECR repository name (value: A)\n' +
          'Repository name must be at least 2 and no more than 256 characters\n' +
          'Repository name must start with a letter and can only contain lowercase letters, numbers, hyphens, underscores, periods and forward slashes',
        phase: 'construct',
      },
    });
  });

  it('a synth-time error (prioritized ANY rule + unprioritized rule) comes back unwrapped with phase synth', () => {
    const result = synth(`new ecr.Repository(this, 'Repo', {
  lifecycleRules: [
    { rulePriority: 1, tagStatus: ecr.TagStatus.ANY, maxImageCount: 1 },
    { tagStatus: ecr.TagStatus.UNTAGGED, maxImageCount: 5 },
  ],
});`);
    expect(result).toEqual({
      ok: false,
      error: {
        name: 'CannotCombinePrioritizedAnyRuleWithUnprioritizedRules',
        message: "Cannot combine prioritized TagStatus.Any rule with unprioritized rules. Remove rulePriority from the 'Any' rule.",
        phase: 'synth',
      },
    });
  });

  it('Duration -> whole days conversion fails at synth time', () => {
    const result = synth(`new ecr.Repository(this, 'Repo', { lifecycleRules: [{ maxImageAge: Duration.hours(36) }] });`);
    expect(result).toEqual({
      ok: false,
      error: { name: 'CannotConvertedIntoWhole', message: "'36 hours' cannot be converted into a whole number of days.", phase: 'synth' },
    });
  });

  it('strips exactly the `Resolution error: <msg>.` wrappers', () => {
    expect(stripResolutionWrappers('Resolution error: Resolution error: Resolution error: It failed....')).toBe('It failed.');
    expect(stripResolutionWrappers('Resolution error: no trailing dot')).toBe('Resolution error: no trailing dot');
    expect(stripResolutionWrappers('Plain message.')).toBe('Plain message.');
  });

  it("validate: true turns CloudFormation schema violations (repositoryName '') into a ValidationFailed error naming the rules", () => {
    const body = `new ecr.Repository(this, 'Repo', { repositoryName: '' });`;
    // CDK itself lets '' through ...
    expect(expectOk(synth(body)).template).toMatchObject({ Resources: { Repo02AC86CF: { Properties: { RepositoryName: '' } } } });
    // ... the built-in CloudFormation validation (with @aws-cdk/core:validateAgainstDefaultRules from cdk init) does not.
    const started = performance.now();
    const result = synth(body, true);
    console.log(`[oracle] first synth with builtin validation (loads the WASM validator): ${Math.round(performance.now() - started)} ms`);
    const pattern = String.raw`^(?=.{2,256}$)([a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*)$`;
    expect(result).toEqual({
      ok: false,
      error: {
        name: 'ValidationFailed',
        message:
          `[CloudFormation-Validate::F3031] RepositoryName: '' does not match pattern '${pattern}' (at EcrStack/Repo/Resource)\n` +
          '[CloudFormation-Validate::F3033] RepositoryName: length 0 is below minimum 2 (at EcrStack/Repo/Resource)',
        phase: 'synth',
        violations: [
          {
            ruleId: 'CloudFormation-Validate::F3031',
            severity: 'error',
            description: `RepositoryName: '' does not match pattern '${pattern}'`,
            constructPaths: ['EcrStack/Repo/Resource'],
          },
          {
            ruleId: 'CloudFormation-Validate::F3033',
            severity: 'error',
            description: 'RepositoryName: length 0 is below minimum 2',
            constructPaths: ['EcrStack/Repo/Resource'],
          },
        ],
      },
    });
  });

  it('validate: true passes valid designs unchanged and reports warnings (CloudFormation rules and annotations)', () => {
    const validated = expectOk(synth(SPEC_3B_ALL_OPTIONS, true));
    expect(`${validated.templateText}\n`).toBe(fixture('spec-3b-all-options.template.json'));
    expect(validated.warnings).toEqual([]);

    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const started = performance.now();
      expectOk(synth(SPEC_3B_ALL_OPTIONS, true));
      times.push(performance.now() - started);
    }
    console.log(`[oracle] warm synth with builtin validation: mean ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(1)} ms`);

    const source = `import { Annotations, Stack, StackProps } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
export class WarnStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    new lambda.Function(this, 'Fn', { runtime: lambda.Runtime.NODEJS_16_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {};') });
    Annotations.of(this).addWarningV2('ecr-designer:harness-test', 'a warning annotation');
  }
}`;
    const annotation = '[Annotation::ecr-designer:harness-test] a warning annotation (at Warn)';
    const withValidation = expectOk(synthesizeStack({ stackSource: source, stackClassName: 'WarnStack', stackId: 'Warn', validate: true }));
    expect(withValidation.warnings).toHaveLength(2);
    expect(withValidation.warnings[0]).toMatch(/^\[CloudFormation-Validate::W2531\] Runtime: Runtime 'nodejs16\.x' was deprecated .* \(at Warn\/Fn\/Resource\)$/);
    expect(withValidation.warnings[1]).toBe(annotation);
    // Annotations reach the report even without the CloudFormation validator (annotationsInValidationReport flag).
    expect(expectOk(synthesizeStack({ stackSource: source, stackClassName: 'WarnStack', stackId: 'Warn' })).warnings).toEqual([annotation]);
  });

  it('error annotations fail the synth like `cdk synth` does', () => {
    expect(synth(`new ecr.Repository(this, 'Repo');\nAnnotations.of(this).addError('design is broken');`)).toEqual({
      ok: false,
      error: {
        name: 'ValidationFailed',
        message: '[Annotation::error-annotation] design is broken (at EcrStack)',
        phase: 'synth',
        violations: [{ ruleId: 'Annotation::error-annotation', severity: 'error', description: 'design is broken', constructPaths: ['EcrStack'] }],
      },
    });
  });

  it('rejects harness misuse loudly instead of reporting it as a CDK outcome', () => {
    expect(run(`import 'fs';\n${ecrStackSource('')}`)).toThrow(/imports 'fs'; only aws-cdk-lib/);
    expect(run(ecrStackSource(''), 'Nope')).toThrow(/does not export a class named 'Nope'/);
    expect(run('export class EcrStack {')).toThrow(/esbuild cannot transpile/);
    expect(run('export class EcrStack { constructor(_a: unknown, _b: string) {} }')).toThrow(/is not a subclass of aws-cdk-lib Stack/);
  });

  it('leaves nothing behind in os.tmpdir() (no cdk.out*, no outdirs), whatever the outcome', () => {
    const privateTmp = mkdtempSync(join(tmpdir(), 'ecr-oracle-leakcheck-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = privateTmp; // os.tmpdir() reads TMPDIR on every call, in aws-cdk-lib too
    try {
      expect(tmpdir()).toBe(privateTmp);
      const before = readdirSync(tmpdir());
      expect(before).toEqual([]);
      expectOk(synth(SPEC_3B_ALL_OPTIONS));
      synth(`new ecr.Repository(this, 'Repo', { repositoryName: 'A' });`);
      synth(`new ecr.Repository(this, 'Repo', { lifecycleRules: [{ maxImageAge: Duration.hours(36) }] });`);
      synth(`new ecr.Repository(this, 'Repo', { repositoryName: '' });`, true);
      expectOk(synth(SPEC_3A_DEFAULT, true));
      expect(run(ecrStackSource(''), 'Nope')).toThrow(OracleHarnessError);
      expect(readdirSync(tmpdir())).toEqual(before);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
      rmSync(privateTmp, { recursive: true, force: true });
    }
  });
});
