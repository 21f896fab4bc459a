// @vitest-environment node
/**
 * What aws-cdk-lib says about a stack's size, against the model, at the edges.
 *
 * `@aws-cdk/core:Stack.templateSize`:
 * designs whose template file is exactly 800,000 / 800,001 / 1,000,000 / 1,000,001 characters long
 * (CDK warns above 80% of 1,000,000 and says "exceeds" above 1,000,000). The sizes are set with
 * the model's own measure; the real synth then says whether the model measured what CDK measures:
 * one character off and the warning's presence, verb or figures differ.
 */
import { describe, expect, it } from 'vitest';
import { checkDesign, renderTemplate, type Design, type LifecycleRule, type Repository } from '../../src/index.ts';
import { jsonTextBytes, jsonTextLength } from '../../src/cfn/template-size.ts';
import { compareWithCdk } from './differential.ts';

const CODE = '@aws-cdk/core:Stack.templateSize';

/**
 * `repositories` repositories of 20 rules whose descriptions are 1,000 copies of `pad`, plus, in the
 * first repository, a last rule whose description is `filler` letters: one letter more is one
 * character more in the template file (a letter is written as itself at every level of quoting).
 */
function sizedDesign(repositories: number, filler: number, pad: string): Design {
  const repos: Repository[] = [];
  for (let i = 0; i < repositories; i++) {
    const lifecycleRules: LifecycleRule[] = [];
    for (let k = 0; k < 20; k++) lifecycleRules.push({ description: `${k} ${pad.repeat(1000)}`, tagPrefixList: [`p${k}-`], maxImageCount: k + 1 });
    if (i === 0) lifecycleRules.push({ description: 'f'.repeat(filler), maxImageAgeDays: 30 });
    repos.push({ id: `Repo${i}`, lifecycleRules });
  }
  return { version: 1, stackName: 'SizeStack', repositories: repos };
}

const templateLength = (design: Design) => jsonTextLength(renderTemplate(design), 1);

/** A design whose template file (as CDK writes it) is exactly `target` characters long. */
function designOfLength(target: number, pad: string): Design {
  const perRepository = templateLength(sizedDesign(2, 0, pad)) - templateLength(sizedDesign(1, 0, pad));
  const repositories = Math.floor((target - templateLength(sizedDesign(1, 0, pad))) / perRepository) + 1;
  const design = sizedDesign(repositories, target - templateLength(sizedDesign(repositories, 0, pad)), pad);
  expect(templateLength(design)).toBe(target);
  return design;
}

function cdkSizeWarning(warnings: readonly string[]): string | undefined {
  const prefix = `[Annotation::${CODE}] `;
  const w = warnings.find((x) => x.startsWith(prefix));
  return w?.slice(prefix.length).replace(/ \(at [^)]*\)$/, '');
}

function check(target: number, pad: string): void {
  const design = designOfLength(target, pad);
  const { problems, synth, diagnostics } = compareWithCdk(design);
  expect(problems).toEqual([]);
  if (!synth.ok) throw new Error('CDK refused the design');
  expect(synth.templateText.length).toBe(target);
  const ours = diagnostics.find((d) => d.code === CODE);
  const theirs = cdkSizeWarning(synth.warnings);
  // The validation report carries the annotation's text without its `[ack: <id>]` tag, as the model does.
  expect(theirs).toBe(ours?.message);
  expect(ours === undefined).toBe(target <= 800_000);
}

describe('Stack.templateSize against aws-cdk-lib', () => {
  for (const target of [800_000, 800_001, 1_000_000, 1_000_001]) {
    it(`a template of ${target} characters`, () => check(target, 'a'), 120_000);
  }

  it('counts characters as JavaScript does (UTF-16 code units), not UTF-8 bytes', () => {
    for (const target of [800_000, 800_001]) check(target, 'é😀');
    const design = designOfLength(800_000, 'é😀');
    expect(jsonTextBytes(renderTemplate(design), 1)).toBeGreaterThan(1_000_000);
  }, 120_000);

  it('says nothing about the size of a design CDK refuses before writing the template', () => {
    const design = designOfLength(1_000_001, 'a');
    const broken: Design = { ...design, repositories: [{ ...(design.repositories[0] as Repository), repositoryName: 'Bad' }, ...design.repositories.slice(1)] };
    const codes = checkDesign(broken).diagnostics.map((d) => d.code);
    expect(codes).toContain('InvalidRepositoryName');
    expect(codes).not.toContain(CODE);
    const { problems } = compareWithCdk(broken);
    expect(problems).toEqual([]);
  }, 120_000);
});

/** `plain` repositories of one resource each, after `keyed` ones with a created key and alias (three each). */
const withResources = (plain: number, keyed = 0): Design => ({
  version: 1,
  stackName: 'SizeStack',
  repositories: [
    ...Array.from({ length: keyed }, (_, i): Repository => ({ id: `Keyed${i}`, encryption: 'KMS', encryptionKey: { create: true, alias: `keyed-${i}` } })),
    ...Array.from({ length: plain }, (_, i): Repository => ({ id: `Repo${i}` })),
  ],
});

describe("the resource count's info against aws-cdk-lib", () => {
  const cases: [string, Design][] = [
    ['399 resources', withResources(399)],
    ['400 resources', withResources(400)],
    ['500 resources', withResources(500)],
    ['501 resources (CDK refuses)', withResources(501)],
    ['400 resources of three types', withResources(1, 133)],
    ['400 resources and an error (CDK refuses)', { ...withResources(400), repositories: [{ id: 'Repo0', repositoryName: 'Bad' }, ...withResources(399).repositories] }],
  ];
  for (const [name, design] of cases) {
    it(name, () => {
      const { problems, synth, diagnostics } = compareWithCdk(design);
      expect(problems).toEqual([]);
      const ours = diagnostics.filter((d) => d.source === 'cdk' && d.severity === 'info').map((d) => d.message);
      expect(ours).toEqual(synth.ok ? synth.infos : []);
    }, 120_000);
  }
});
