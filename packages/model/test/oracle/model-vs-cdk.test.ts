/**
 * The differential oracle: every golden design and a few hundred random designs per run are rendered
 * as CDK code, synthesized by aws-cdk-lib 2.276.0 with the `cdk init` feature flags, and compared
 * with the model: the template (deep-equal, key order included, LifecyclePolicyText byte-equal),
 * and whether, where and how CDK refuses the design (code, message and phase of the first error).
 */
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDesign, getTarget, renderCdkTsProject, renderTemplate, type Design } from '../../src/index.ts';
import { designArb, validDesignArb } from '../arbitraries.ts';
import { corpus } from '../corpus.ts';
import { cdkCliSynth, withoutBootstrapVersionRule } from './cli-synth.ts';
import { compareWithCdk } from './differential.ts';
import { typecheckSources } from './typecheck.ts';

const RANDOM_RUNS = Number(process.env['ORACLE_RANDOM_RUNS'] ?? 500);
let compared = 0;
let cdkRefused = 0;

afterAll(() => {
  console.log(`[oracle] designs compared with aws-cdk-lib: ${compared} (${cdkRefused} refused by CDK, all with the model's first error)`);
});

function render(id: string, design: Design): string {
  return (getTarget(id) as NonNullable<ReturnType<typeof getTarget>>).render(design);
}

describe('golden corpus against aws-cdk-lib', () => {
  it('has at least 40 designs, each with a unique name', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
  });

  for (const c of corpus) {
    it(c.name, () => {
      const { problems, synth, diagnostics } = compareWithCdk(c.design);
      compared++;
      if (!synth.ok) cdkRefused++;
      expect(problems).toEqual([]);
      if (c.cdkError) {
        expect(synth.ok ? undefined : diagnostics.find((d) => d.source === 'cdk')?.code).toBe(c.cdkError);
      } else {
        expect(synth.ok, synth.ok ? '' : `${synth.error.name}: ${synth.error.message}`).toBe(true);
      }
      const deployCodes = diagnostics.filter((d) => d.severity === 'error' && d.source !== 'cdk').map((d) => d.code);
      expect(deployCodes.sort()).toEqual([...(c.deployErrors ?? [])].sort());
    });
  }
});

describe('random designs against aws-cdk-lib', () => {
  it(`agrees with aws-cdk-lib on ${RANDOM_RUNS} random designs`, () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const { problems, synth } = compareWithCdk(design);
        compared++;
        if (!synth.ok) cdkRefused++;
        if (problems.length) throw new Error(problems.join('\n'));
      }),
      { numRuns: RANDOM_RUNS },
    );
  });

  it('renders YAML and JSON that parse to the same template', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const template = renderTemplate(design);
        const fromJson: unknown = JSON.parse(render('cfn-json', design));
        const fromYaml: unknown = parseYaml(render('cfn-yaml', design), { schema: 'yaml-1.1' });
        expect(fromJson).toEqual(template);
        expect(fromYaml).toEqual(template);
      }),
      { numRuns: RANDOM_RUNS },
    );
  });
});

describe('generated TypeScript', () => {
  it('type-checks against aws-cdk-lib for every golden design and 100 random ones (one tsc run)', async () => {
    const designs = [...corpus.map((c) => c.design), ...fc.sample(designArb, { numRuns: 100, seed: 42 })];
    const files: Record<string, string> = {};
    designs.forEach((design, i) => {
      const p = renderCdkTsProject(design);
      files[`d${i}/${p.stackFile.path}`] = p.stackFile.content;
      files[`d${i}/${p.appFile.path}`] = p.appFile.content;
    });
    const errors = await typecheckSources(files);
    const failing = [...errors].filter(([, e]) => e.length > 0).map(([f, e]) => `${f}:\n  ${e.join('\n  ')}`);
    expect(failing).toEqual([]);
    expect(errors.size).toBe(Object.keys(files).length);
  });
});

describe('built-in CloudFormation validation (validateAgainstDefaultRules)', () => {
  it('passes every golden design the model finds deployable, and fails those with CloudFormation errors', () => {
    const outcomes: string[] = [];
    for (const c of corpus) {
      const { diagnostics } = checkDesign(c.design);
      if (diagnostics.some((d) => d.source === 'cdk' && d.severity === 'error')) continue;
      const cfnErrors = diagnostics.filter((d) => d.source === 'cloudformation' && d.severity === 'error');
      const { synth } = compareWithCdk(c.design, { validate: true });
      const refused = !synth.ok;
      if (refused !== cfnErrors.length > 0) {
        outcomes.push(`${c.name}: CDK validation ${refused ? `failed (${synth.ok ? '' : synth.error.message})` : 'passed'}, model CloudFormation errors: ${cfnErrors.map((d) => d.code).join(', ') || 'none'}`);
      }
    }
    expect(outcomes).toEqual([]);
  });

  it('passes random valid designs that have no CloudFormation errors', () => {
    const outcomes: string[] = [];
    for (const design of fc.sample(validDesignArb, { numRuns: 60 })) {
      const { diagnostics } = checkDesign(design);
      const cfnErrors = diagnostics.filter((d) => d.severity === 'error' && (d.source === 'cloudformation' || d.source === 'cdk'));
      const { synth } = compareWithCdk(design, { validate: true });
      if (synth.ok === cfnErrors.length > 0) {
        outcomes.push(`${JSON.stringify(design)}: validation ${synth.ok ? 'passed' : `failed: ${synth.error.message}`}; model errors: ${cfnErrors.map((d) => d.code).join(', ') || 'none'}`);
      }
    }
    expect(outcomes).toEqual([]);
  });
});

describe('the real `cdk synth` CLI', () => {
  const design = corpus.find((c) => c.name === 'spec 3b: all options and three rules')?.design as Design;

  it('synthesizes the generated app (bin + lib + cdk.json) to our template, plus the bootstrap rule', () => {
    const p = renderCdkTsProject(design);
    const out = cdkCliSynth({ files: { [p.appFile.path]: p.appFile.content, [p.stackFile.path]: p.stackFile.content }, stackId: design.stackName });
    expect(withoutBootstrapVersionRule(out.json as Record<string, unknown>)).toEqual(renderTemplate(design));
  });

  it('prints byte for byte our YAML when the bootstrap rule is off', () => {
    const p = renderCdkTsProject(design);
    const bin = p.appFile.content
      .replace("import { App } from 'aws-cdk-lib';", "import { App, DefaultStackSynthesizer } from 'aws-cdk-lib';")
      .replace(/new (\w+)\(app, ('[^']*')\);/, 'new $1(app, $2, { synthesizer: new DefaultStackSynthesizer({ generateBootstrapVersionRule: false }) });');
    expect(bin).toContain('generateBootstrapVersionRule: false');
    const out = cdkCliSynth({ files: { [p.appFile.path]: bin, [p.stackFile.path]: p.stackFile.content }, stackId: design.stackName });
    // The CLI prints the serialized template followed by a newline of its own.
    expect(out.yaml).toBe(render('cfn-yaml', design) + '\n');
  });
});
