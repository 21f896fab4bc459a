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
