/**
 * Round trip: importing the model's own CloudFormation (JSON and YAML) for any valid design gives
 * back the design, modulo the normalisations documented in cloudformation.ts and lifecycle.ts,
 * each restated in `normalise` below. Three properties:
 * 1. import(render(d)) deep-equals normalise(d);
 * 2. the normalisations are harmless: rendering the imported design gives the same template,
 *    byte for byte (when the construct ids survive, i.e. are alphanumeric);
 * 3. the importer finds nothing to complain about in our own output (info only), except the
 *    logical IDs that change when an id does not survive.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Design, type LifecycleRule, type Repository, getTarget, orderLifecycleRules } from '../index.ts';
import { aliasName } from '../cfn/template.ts';
import { validDesignArb } from '../../test/arbitraries.ts';
import { corpus } from '../../test/corpus.ts';
import { IdAllocator } from './ids.ts';
import { importText } from './index.ts';

const RUNS = Number(process.env['IMPORT_RANDOM_RUNS'] ?? 300);

function render(target: string, design: Design): string {
  return (getTarget(target) as NonNullable<ReturnType<typeof getTarget>>).render(design);
}

/**
 * Access and events (users, roles and external principals, topics, imported resources, grants,
 * repository policy statements, event rules, authorization token grants) are not imported: their
 * resources and the repository's RepositoryPolicyText are reported instead.
 */
const ACCESS_DESIGN_KEYS = ['principals', 'topics', 'imports', 'authorizationTokenGrants'];
const ACCESS_REPOSITORY_KEYS = ['grants', 'resourcePolicyStatements', 'eventRules'];
const hasAccess = (d: Design) =>
  ACCESS_DESIGN_KEYS.some((k) => Object.hasOwn(d, k)) || d.repositories.some((r) => ACCESS_REPOSITORY_KEYS.some((k) => Object.hasOwn(r, k)));

/** The documented normalisations, applied to the design that was rendered. */
function normalise(design: Design, stackName = 'EcrStack'): Design {
  const ids = new IdAllocator();
  const out = { ...design, stackName, repositories: design.repositories.map((r) => normaliseRepository(r, ids)) } as Record<string, unknown>;
  for (const k of ACCESS_DESIGN_KEYS) delete out[k];
  return out as Design;
}

function normaliseRepository(repo: Repository, ids: IdAllocator): Repository {
  const out: Repository = structuredClone(repo);
  for (const k of ACCESS_REPOSITORY_KEYS) delete (out as Record<string, unknown>)[k];
  // Construct ids: only the alphanumeric characters are in the logical ID; clashes get a number.
  out.id = ids.take(repo.id.replace(/[^A-Za-z0-9]/g, '') || 'Repo');
  // RETAIN is CDK's default (Retain/Retain).
  if (out.removalPolicy === 'RETAIN') delete out.removalPolicy;
  // AES_256 renders nothing; KMS is CDK's default when a key is given.
  if (out.encryption === 'AES_256') delete out.encryption;
  if (out.encryption === 'KMS' && (out.encryptionKeyArn !== undefined || out.encryptionKey !== undefined)) delete out.encryption;
  // The alias is rendered (and imported) with its alias/ prefix.
  if (out.encryptionKey?.alias !== undefined) out.encryptionKey.alias = aliasName(out.encryptionKey.alias);
  // No tags render no Tags property.
  if (out.tags !== undefined && Object.keys(out.tags).length === 0) delete out.tags;
  if (out.lifecycleRules !== undefined) {
    if (out.lifecycleRules.length === 0) delete out.lifecycleRules;
    else out.lifecycleRules = normaliseRules(out.lifecycleRules);
  }
  return out;
}

/** The policy's order, explicit priorities, default tagStatus and action left out. */
function normaliseRules(rules: readonly LifecycleRule[]): LifecycleRule[] {
  return orderLifecycleRules(rules).rules.map(({ rule, priority, tagStatus }) => {
    const out: LifecycleRule = { ...rule, rulePriority: priority };
    const assumed = rule.tagPrefixList === undefined && rule.tagPatternList === undefined ? 'ANY' : 'TAGGED';
    if (tagStatus === assumed) delete out.tagStatus;
    else out.tagStatus = tagStatus;
    if (out.action === 'EXPIRE') delete out.action;
    return out;
  });
}

const alphanumericIds = (d: Design) => d.repositories.every((r) => /^[A-Za-z0-9]+$/.test(r.id));
/** Designs whose template the importer reads completely (the ids survive; nothing it leaves out). */
const importable = (d: Design) => alphanumericIds(d) && !hasAccess(d);

describe('importing our own CloudFormation', () => {
  for (const format of ['cfn-json', 'cfn-yaml'] as const) {
    it(`${format}: gives back the design, modulo the documented normalisations`, () => {
      fc.assert(
        fc.property(validDesignArb, (design) => {
          const result = importText(render(format, design));
          expect(result.kind).toBe('cloudformation');
          expect(result.format).toBe(format === 'cfn-json' ? 'json' : 'yaml');
          expect(result.design).toEqual(normalise(design));
        }),
        { numRuns: RUNS },
      );
    });

    it(`${format}: the imported design renders the same template, byte for byte, and nothing is reported`, () => {
      fc.assert(
        fc.property(validDesignArb.filter(importable), (design) => {
          const result = importText(render(format, design), { stackName: design.stackName });
          const imported = result.design as Design;
          for (const target of ['cfn-json', 'cfn-yaml']) expect(render(target, imported)).toBe(render(target, design));
          for (const repo of design.repositories) {
            if (repo.lifecycleRules?.length) {
              expect(render('lifecycle-json', imported), repo.id).toBe(render('lifecycle-json', design));
              break;
            }
          }
          expect(result.problems.filter((p) => p.severity !== 'info')).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('reports exactly the logical IDs that change when a construct id does not survive', () => {
    fc.assert(
      fc.property(validDesignArb.filter((d) => !alphanumericIds(d) && !hasAccess(d)), (design) => {
        const result = importText(render('cfn-json', design));
        const changed = result.problems.filter((p) => p.severity !== 'info');
        expect(changed.length).toBeGreaterThan(0);
        expect(new Set(changed.map((p) => p.code))).toEqual(new Set(['CfnLogicalIdChanges']));
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('accounts for everything it leaves out: each other resource, and each repository policy, is named in a problem', () => {
    fc.assert(
      fc.property(validDesignArb, (design) => {
        const text = render('cfn-json', design);
        const template = JSON.parse(text) as { Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }> };
        const result = importText(text);
        const reported = new Set(result.problems.map((p) => p.path));
        for (const [id, resource] of Object.entries(template.Resources)) {
          if (!['AWS::ECR::Repository', 'AWS::KMS::Key', 'AWS::KMS::Alias'].includes(resource.Type)) expect(reported, id).toContain(`Resources.${id}`);
          if (resource.Properties?.['RepositoryPolicyText'] !== undefined) expect(reported).toContain(`Resources.${id}.Properties.RepositoryPolicyText`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps the stack name given in the options', () => {
    const design = corpus[0]?.design as Design;
    expect(importText(render('cfn-yaml', design), { stackName: 'Shop' }).design?.stackName).toBe('Shop');
  });

  it('imports every golden design CDK synthesizes, with nothing but CDK bookkeeping reported', () => {
    // (Designs with deploy errors may hold what no template can: a rule with two counts, say.)
    for (const c of corpus.filter((k) => !k.cdkError && !k.deployErrors?.length && importable(k.design))) {
      const result = importText(render('cfn-yaml', c.design), { stackName: c.design.stackName });
      expect(result.problems.filter((p) => p.severity !== 'info'), c.name).toEqual([]);
      expect(result.design, c.name).toEqual(normalise(c.design, c.design.stackName));
    }
  });
});
