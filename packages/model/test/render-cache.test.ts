/**
 * The renderers and validation memoize by object identity (designs are immutable; an edit shares
 * every object it does not change): per repository, per rule list, per access plan, and the YAML
 * text of every large collection. This property replays sequences of edits made the way the app's
 * store makes them (structural sharing) and checks that every target and validateDesign give, for
 * each design of the sequence, exactly what they give for a deep copy of it (fresh objects, so
 * nothing can come from a cache).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Design, type Repository, targets, validateDesign } from '../src/index.ts';
import { design as designSchema, repository as repositorySchema } from '../src/design.ts';
import { countResourceTypes, renderTemplate, resourceTypeCounts } from '../src/cfn/template.ts';
import { designArb } from './arbitraries.ts';

const RUNS = Number(process.env['ORACLE_RANDOM_RUNS'] ?? 500) >= 1000 ? 300 : 60;

/** One edit: a part of `next` replaces the same part of `design`; everything else stays shared. */
type Edit = (design: Design, next: Design, pick: number) => Design;

function repoAt(design: Design, pick: number): number {
  return design.repositories.length === 0 ? -1 : pick % design.repositories.length;
}

function withRepository(design: Design, index: number, repo: Repository): Design {
  const repositories = [...design.repositories];
  repositories[index] = repo;
  return { ...design, repositories };
}

// Every field of the format (from its schema), so a field added later is edited here too.
const REPOSITORY_FIELDS = Object.keys(repositorySchema.fields).filter((k) => k !== 'id');

const DESIGN_FIELDS = Object.keys(designSchema.fields).filter((k) => k !== 'version' && k !== 'repositories');

const edits: Edit[] = [
  // One field of one repository (a keystroke, a toggle, a new grant...).
  ...REPOSITORY_FIELDS.map((field): Edit => (design, next, pick) => {
    const i = repoAt(design, pick);
    const source = next.repositories[pick % Math.max(1, next.repositories.length)];
    if (i < 0 || !source) return design;
    const repo = { ...design.repositories[i] } as Record<string, unknown>;
    const value = (source as Record<string, unknown>)[field];
    if (value === undefined) delete repo[field];
    else repo[field] = value;
    return withRepository(design, i, repo as unknown as Repository);
  }),
  // One lifecycle rule of one repository changes (typing in a rule).
  (design, _next, pick) => {
    const i = repoAt(design, pick);
    const rules = i < 0 ? undefined : design.repositories[i]?.lifecycleRules;
    if (!rules?.length) return design;
    const r = pick % rules.length;
    const changed = [...rules];
    changed[r] = { ...rules[r], description: `${rules[r]?.description ?? ''}${String.fromCharCode(97 + (pick % 26))}` };
    return withRepository(design, i, { ...(design.repositories[i] as Repository), lifecycleRules: changed });
  },
  // A repository's id (logical IDs, the key's construct id, references in the access plan).
  (design, next, pick) => {
    const i = repoAt(design, pick);
    const id = next.repositories[0]?.id;
    return i < 0 || id === undefined ? design : withRepository(design, i, { ...(design.repositories[i] as Repository), id });
  },
  // Repositories added, removed, reordered.
  (design, next) => ({ ...design, repositories: [...design.repositories, ...next.repositories.slice(0, 1)] }),
  (design, _next, pick) => ({ ...design, repositories: design.repositories.filter((_, i) => i !== repoAt(design, pick)) }),
  (design) => ({ ...design, repositories: design.repositories.map((_, i, all) => all[all.length - 1 - i] as Repository) }),
  // One entry of a stack-level list changes and keeps its id, so the references to it stay (what a
  // repository's policy or grants make of a principal depends on this entry, not on the repository).
  ...(['principals', 'topics', 'imports'] as const).map((field): Edit => (design, next, pick) => {
    const list = design[field] as { id: string }[] | undefined;
    const from = next[field] as { id: string }[] | undefined;
    const k = list?.length ? pick % list.length : -1;
    const source = from?.[pick % Math.max(1, from.length)];
    if (!list || k < 0 || !source) return design;
    const changed = [...list];
    changed[k] = { ...source, id: (list[k] as { id: string }).id };
    return { ...design, [field]: changed } as Design;
  }),
  // A stack-level field.
  ...DESIGN_FIELDS.map((field): Edit => (design, next) => {
    const out = { ...design } as Record<string, unknown>;
    const value = (next as Record<string, unknown>)[field];
    if (value === undefined) delete out[field];
    else out[field] = value;
    return out as unknown as Design;
  }),
];

interface Outputs {
  targets: string[];
  diagnostics: string;
}

function outputs(design: Design): Outputs {
  return {
    targets: targets.map((t) => {
      const options = t.id === 'lifecycle-json' && design.repositories[0] ? { repository: design.repositories[0].id } : {};
      try {
        return t.render(design, options);
      } catch (e) {
        return `throws ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
      }
    }),
    diagnostics: JSON.stringify(validateDesign(design)),
  };
}

describe('memoized rendering and validation', () => {
  it('agree with rendering from scratch over sequences of edits that share unchanged objects', () => {
    fc.assert(
      fc.property(
        designArb,
        fc.array(fc.tuple(fc.nat(edits.length - 1), designArb, fc.nat(1000)), { minLength: 1, maxLength: 8 }),
        (start, steps) => {
          const designs = [start];
          for (const [e, next, pick] of steps) designs.push((edits[e] as Edit)(designs.at(-1) as Design, next, pick));
          // The sequence first, in order (each render finds the caches its predecessors filled)...
          const memoized = designs.map(outputs);
          // ...then deep copies: fresh objects, so nothing comes from a cache.
          designs.forEach((design, i) => {
            expect(outputs(structuredClone(design)), `design ${i} of the sequence`).toEqual(memoized[i]);
          });
        },
      ),
      { numRuns: RUNS },
    );
  });
});

/** The designs of a random edit sequence, each made from its predecessor with structural sharing. */
const editSequenceArb = fc
  .tuple(designArb, fc.array(fc.tuple(fc.nat(edits.length - 1), designArb, fc.nat(1000)), { minLength: 1, maxLength: 10 }))
  .map(([start, steps]) => {
    const designs = [start];
    for (const [e, next, pick] of steps) designs.push((edits[e] as Edit)(designs.at(-1) as Design, next, pick));
    return designs;
  });

// Small designs for the scenarios below.
function repository(id: string, extra: Partial<Repository> = {}): Repository {
  return { id, ...extra };
}
function base(repositories: Repository[], extra: Partial<Design> = {}): Design {
  return { version: 1, stackName: 'EcrStack', ...extra, repositories };
}
function changeRepository(design: Design, index: number, patch: Partial<Repository>): Design {
  return withRepository(design, index, { ...(design.repositories[index] as Repository), ...patch });
}
/** `n` repositories with a created key and an alias each: 3 resources a repository. */
function keyed(n: number): Repository[] {
  return Array.from({ length: n }, (_, i) => repository(`Repo${i}`, { encryption: 'KMS', encryptionKey: { create: true, alias: `ecr/repo${i}` } }));
}

describe('memoized validation (per repository object and index, per access plan)', () => {
  it('validateDesign with warm caches deep-equals validateDesign of a structuredClone, over edit sequences that share unchanged objects', () => {
    fc.assert(
      fc.property(editSequenceArb, (designs) => {
        designs.forEach((design, i) => {
          // Warm: every earlier design of the sequence has filled the caches.
          const warm = validateDesign(design);
          // Cold: fresh objects, nothing can come from a cache.
          const cold = validateDesign(structuredClone(design));
          expect(warm, `design ${i} of the sequence`).toEqual(cold);
          // The result is the caller's: changing it changes nothing a later call returns.
          for (const d of warm) {
            d.message = 'changed by the caller';
            d.path = 'changed';
          }
          warm.push({ path: '', severity: 'error', code: 'Junk', message: 'pushed by the caller', source: 'designer' });
          expect(validateDesign(design), `design ${i}, validated again after the caller changed the result`).toEqual(cold);
        });
      }),
      { numRuns: RUNS },
    );
  });

  /*
   * Edits that change what an unchanged repository object is told, because its diagnostics depend
   * on another part of the design (random sequences rarely hit these). Each design of a scenario is
   * made from the previous one with structural sharing; the edit must change the diagnostics (so
   * the scenario can tell a stale cache), and warm must equal cold.
   */
  const scenarios: { name: string; start: Design; edits: ((design: Design) => Design)[] }[] = [
    {
      name: 'a principal a repository policy names is edited in place',
      start: base([repository('A', { resourcePolicyStatements: [{ actions: ['ecr:BatchGetImage'], principals: ['Org'] }] })], {
        principals: [{ id: 'Org', type: 'OrganizationPrincipal', organizationId: '${Token[O.1]}' }],
      }),
      edits: [(d) => ({ ...d, principals: [{ id: 'Org', type: 'OrganizationPrincipal', organizationId: 'o-abcdefghij' }] })],
    },
    {
      name: 'another repository takes and gives back a repository name',
      start: base([repository('A', { repositoryName: 'app' }), repository('B', { repositoryName: 'web' })]),
      edits: [(d) => changeRepository(d, 1, { repositoryName: 'app' }), (d) => changeRepository(d, 0, { repositoryName: 'api' })],
    },
    {
      name: 'another repository takes and gives back a KMS alias',
      start: base(keyed(2)),
      edits: [(d) => changeRepository(d, 1, { encryptionKey: { create: true, alias: 'alias/ecr/repo0' } }), (d) => changeRepository(d, 0, { encryptionKey: { create: true } })],
    },
    {
      name: "another repository's id collides with a repository id and with a key's construct id, then moves away",
      start: base([repository('Repo'), repository('Other', { encryption: 'KMS', encryptionKey: { create: true } })]),
      edits: [
        (d) => changeRepository(d, 1, { id: 'Repo' }),
        (d) => changeRepository(d, 0, { id: 'RepoKey' }),
        (d) => changeRepository(d, 0, { id: 'Third' }),
      ],
    },
    {
      name: "another repository's event rule stops using a topic",
      start: base([repository('A'), repository('B', { eventRules: [{ id: 'Pushed', method: 'onCloudTrailImagePushed', targets: [{ type: 'SnsTopic', topic: 'Alerts' }] }] })], {
        topics: [{ id: 'Alerts' }],
      }),
      edits: [(d) => changeRepository(d, 1, { eventRules: [] })],
    },
    {
      name: 'the stack crosses the resource limit by one and back (every other repository unchanged)',
      start: base(keyed(167)),
      edits: [(d) => changeRepository(d, 0, { encryptionKey: { create: true } }), (d) => changeRepository(d, 0, { encryptionKey: { create: true, alias: 'ecr/back' } }), (d) => ({ ...d, stackName: 'Other' })],
    },
  ];
  for (const scenario of scenarios) {
    it(`warm equals cold when ${scenario.name}`, () => {
      let design = scenario.start;
      let before = validateDesign(structuredClone(design));
      expect(validateDesign(design)).toEqual(before);
      scenario.edits.forEach((edit, k) => {
        design = edit(design);
        const cold = validateDesign(structuredClone(design));
        expect(cold, `edit ${k} changes the diagnostics`).not.toEqual(before);
        expect(validateDesign(design), `edit ${k}`).toEqual(cold);
        before = cold;
      });
    });
  }

  it('the resource count validation uses equals counting the rendered template (types and their order)', () => {
    fc.assert(
      fc.property(editSequenceArb, (designs) => {
        for (const design of designs) {
          expect(Object.entries(resourceTypeCounts(design))).toEqual(Object.entries(countResourceTypes(renderTemplate(structuredClone(design)))));
        }
      }),
      { numRuns: RUNS },
    );
  });
});
