/**
 * Round trip: importing the model's own CloudFormation (JSON and YAML) for any valid design gives
 * back the design, modulo the normalisations documented in cloudformation.ts, lifecycle.ts and
 * policy.ts, the repository ones restated in `normalise` below. The properties:
 * 1. import(render(d)) deep-equals normalise(d) (designs without access and events);
 * 2. the normalisations are harmless: rendering the imported design gives the same template,
 *    byte for byte (when the construct ids survive, i.e. are alphanumeric), and the importer finds
 *    nothing to complain about in our own output (info only);
 * 3. with access and events: every resource the imported design renders is byte for byte the
 *    original one (repositories with their policies, keys, users and roles the policies name), and
 *    every resource it does not render (identity policies, topics, event rules...) is named in a
 *    problem;
 * 4. when an id does not survive, exactly the logical IDs that change are reported.
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
 * Access and events: repository policies come back as statements (with the principals they name),
 * grants to users and roles, topics, imported resources, event rules and authorization token grants
 * do not (their resources are reported); property 3 covers them.
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

const alphanumericIds = (d: Design) => [...d.repositories, ...(d.principals ?? [])].every((r) => /^[A-Za-z0-9]+$/.test(r.id));
const withoutAccess = (d: Design): Design => {
  const out = { ...d, repositories: d.repositories.map((r) => ({ ...r })) } as Record<string, unknown> & Design;
  for (const k of ACCESS_DESIGN_KEYS) delete out[k];
  for (const r of out.repositories) for (const k of ACCESS_REPOSITORY_KEYS) delete (r as Record<string, unknown>)[k];
  return out;
};
const validWithoutAccess = validDesignArb.map(withoutAccess);
/** Designs whose template the importer reads completely (the ids survive; nothing it leaves out). */
const importable = (d: Design) => alphanumericIds(d) && !hasAccess(d);

/** What a policy allows or denies, one `effect principal action resource conditions` line each. */
const list = (v: unknown): unknown[] => (v === undefined ? ['*'] : Array.isArray(v) ? v : [v]);

function permissions(policy: unknown): string[] {
  const out = new Set<string>();
  for (const s of (policy as { Statement: Record<string, unknown>[] }).Statement) {
    const principals = Object.entries((s['Principal'] ?? {}) as Record<string, unknown>).flatMap(([k, v]) => list(v).map((x) => `${k}:${JSON.stringify(x)}`));
    for (const p of principals) for (const a of list(s['Action'])) for (const r of list(s['Resource'])) out.add([s['Effect'], p, a, JSON.stringify(r), JSON.stringify(s['Condition'] ?? {})].join(' '));
  }
  return [...out].sort();
}

describe('importing our own CloudFormation', () => {
  for (const format of ['cfn-json', 'cfn-yaml'] as const) {
    it(`${format}: gives back the design, modulo the documented normalisations`, () => {
      fc.assert(
        fc.property(validWithoutAccess, (design) => {
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
        fc.property(validWithoutAccess.filter(alphanumericIds), (design) => {
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

  for (const format of ['cfn-json', 'cfn-yaml'] as const) {
    it(`${format}, with access and events: what it imports renders byte for byte the same, and what it leaves out is reported`, () => {
      let policies = 0;
      fc.assert(
        fc.property(validDesignArb.filter(alphanumericIds), (design) => {
          const original = JSON.parse(render('cfn-json', design)) as { Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }> };
          const result = importText(render(format, design), { stackName: design.stackName });
          const again = JSON.parse(render('cfn-json', result.design as Design)) as typeof original;
          const reported = new Set(result.problems.map((p) => p.path));
          for (const [id, resource] of Object.entries(again.Resources)) {
            const before = original.Resources[id];
            const policy = resource.Properties?.['RepositoryPolicyText'];
            if (before && policy !== undefined && JSON.stringify(policy) !== JSON.stringify(before.Properties?.['RepositoryPolicyText'])) {
              // Two principals of one service spelt differently ('codebuild', 'codebuild.amazonaws.com')
              // render alike, so CDK merges what they were granted once imported: said, and the same permissions.
              expect(reported, id).toContain(`Resources.${id}.Properties.RepositoryPolicyText`);
              expect(permissions(policy), id).toEqual(permissions(before.Properties?.['RepositoryPolicyText']));
              expect({ ...resource.Properties, RepositoryPolicyText: 0 }, id).toEqual({ ...before.Properties, RepositoryPolicyText: 0 });
              continue;
            }
            expect(resource, id).toEqual(before);
          }
          for (const [id, resource] of Object.entries(original.Resources)) {
            if (!(id in again.Resources)) expect(reported, `${id} (${resource.Type})`).toContain(`Resources.${id}`);
            if (resource.Type === 'AWS::ECR::Repository') expect(again.Resources[id], id).toBeDefined();
            if (resource.Properties?.['RepositoryPolicyText'] !== undefined) policies++;
          }
          expect(result.problems.filter((p) => p.severity !== 'info' && p.code !== 'CfnResourceNotImported' && p.code !== 'PolicyRendersDifferently')).toEqual([]);
        }),
        { numRuns: RUNS },
      );
      expect(policies).toBeGreaterThan(0);
    });
  }

  it('reports exactly the logical IDs that change when a construct id does not survive', () => {
    fc.assert(
      fc.property(validWithoutAccess.filter((d) => !alphanumericIds(d)), (design) => {
        const result = importText(render('cfn-json', design));
        const changed = result.problems.filter((p) => p.severity !== 'info');
        expect(changed.length).toBeGreaterThan(0);
        expect(new Set(changed.map((p) => p.code))).toEqual(new Set(['CfnLogicalIdChanges']));
      }),
      { numRuns: Math.ceil(RUNS / 3) },
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
