/**
 * Pure edit functions: each takes a design and returns a new one (structural sharing, inputs never
 * mutated). The app's store actions are thin wrappers around these, so every rule about how an edit
 * behaves (unique ids, where a new rule goes, what "cleared" means) lives here and is tested here.
 *
 * Conventions: a patch value of `undefined` removes the property (back to "not set", the CDK
 * default); lists and maps that become empty are removed too, except where CDK distinguishes an
 * empty list from an absent one (tag lists of a rule, exclusion filters), which are kept as given.
 */
import { DESIGN_FORMAT_VERSION, type Design, type LifecycleRule, type Repository } from './design.ts';
import { effectiveTagStatus } from './lifecycle/order.ts';

export type Patch<T> = { [K in keyof T]?: T[K] | undefined };

function applyPatch<T extends object>(target: T, patch: Patch<T>): T {
  const out = { ...target } as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out as T;
}

export function emptyDesign(): Design {
  return { version: DESIGN_FORMAT_VERSION, stackName: 'EcrStack', repositories: [{ id: 'Repo' }] };
}

/** `base`, or `base2`, `base3`... whichever is not taken. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  const stem = base.replace(/\d+$/, '') || base;
  for (let n = 2; ; n++) if (!used.has(`${stem}${n}`)) return `${stem}${n}`;
}

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length || to < 0 || to >= out.length) return out;
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item as T);
  return out;
}

export function setStackName(design: Design, stackName: string): Design {
  return { ...design, stackName };
}

export function setStackDescription(design: Design, description: string | undefined): Design {
  return applyPatch(design, { description });
}

/** Ids of the stack's children: repositories and their keys, users and roles, topics, imports. */
function constructIds(design: Design): string[] {
  return [
    ...design.repositories.flatMap((r) => [r.id, `${r.id}Key`]),
    ...(design.principals ?? []).filter((p) => p.type === 'User' || p.type === 'Role').map((p) => p.id),
    ...(design.topics ?? []).map((t) => t.id),
    ...(design.imports ?? []).map((i) => i.id),
  ];
}

export function addRepository(design: Design, repo?: Repository): Design {
  const id = uniqueId(repo?.id ?? 'Repo', constructIds(design));
  return { ...design, repositories: [...design.repositories, { ...repo, id }] };
}

export function updateRepository(design: Design, index: number, patch: Patch<Repository>): Design {
  return {
    ...design,
    repositories: design.repositories.map((r, i) => (i === index ? cleanRepository(applyPatch(r, patch)) : r)),
  };
}

function cleanRepository(repo: Repository): Repository {
  const out = { ...repo };
  if (out.lifecycleRules && out.lifecycleRules.length === 0) delete out.lifecycleRules;
  if (out.tags && Object.keys(out.tags).length === 0) delete out.tags;
  return out;
}

export function removeRepository(design: Design, index: number): Design {
  return { ...design, repositories: design.repositories.filter((_, i) => i !== index) };
}

export function moveRepository(design: Design, from: number, to: number): Design {
  return { ...design, repositories: moveItem(design.repositories, from, to) };
}

/** A copy right after the original, with a fresh construct id (and a distinct name, if it had one). */
export function duplicateRepository(design: Design, index: number): Design {
  const original = design.repositories[index];
  if (!original) return design;
  const copy: Repository = structuredClone(original);
  copy.id = uniqueId(`${original.id}Copy`, constructIds(design));
  if (copy.repositoryName) {
    const names = design.repositories.map((r) => r.repositoryName ?? '');
    copy.repositoryName = uniqueId(`${copy.repositoryName}-copy`, names);
  }
  if (copy.encryptionKey?.alias) delete copy.encryptionKey.alias;
  const repositories = [...design.repositories];
  repositories.splice(index + 1, 0, copy);
  return { ...design, repositories };
}

function withRules(design: Design, repoIndex: number, f: (rules: LifecycleRule[]) => LifecycleRule[]): Design {
  const repo = design.repositories[repoIndex];
  if (!repo) return design;
  return updateRepository(design, repoIndex, { lifecycleRules: f(repo.lifecycleRules ?? []) });
}

/**
 * Adds rules. Unless `at` is given, new non-ANY rules go before an existing ANY rule: CDK always
 * evaluates the ANY rule last, and the editor shows it pinned at the end.
 */
export function addLifecycleRules(design: Design, repoIndex: number, added: LifecycleRule[], at?: number): Design {
  return withRules(design, repoIndex, (rules) => {
    const out = [...rules];
    const anyIndex = out.findIndex((r) => effectiveTagStatus(r) === 'ANY');
    let pos = at ?? (anyIndex >= 0 ? anyIndex : out.length);
    for (const rule of added) {
      if (at === undefined && effectiveTagStatus(rule) === 'ANY') out.push(rule);
      else out.splice(pos++, 0, rule);
    }
    return out;
  });
}

export function updateLifecycleRule(design: Design, repoIndex: number, ruleIndex: number, patch: Patch<LifecycleRule>): Design {
  return withRules(design, repoIndex, (rules) => rules.map((r, i) => (i === ruleIndex ? applyPatch(r, patch) : r)));
}

export function removeLifecycleRule(design: Design, repoIndex: number, ruleIndex: number): Design {
  return withRules(design, repoIndex, (rules) => rules.filter((_, i) => i !== ruleIndex));
}

/** A copy right after the original; an explicit priority is dropped so the copy does not clash. */
export function duplicateLifecycleRule(design: Design, repoIndex: number, ruleIndex: number): Design {
  return withRules(design, repoIndex, (rules) => {
    const original = rules[ruleIndex];
    if (!original) return rules;
    const copy: LifecycleRule = structuredClone(original);
    delete copy.rulePriority;
    const out = [...rules];
    out.splice(ruleIndex + 1, 0, copy);
    return out;
  });
}

export function moveLifecycleRule(design: Design, repoIndex: number, from: number, to: number): Design {
  return withRules(design, repoIndex, (rules) => moveItem(rules, from, to));
}

export function setTag(design: Design, repoIndex: number, key: string, value: string, previousKey?: string): Design {
  const repo = design.repositories[repoIndex];
  if (!repo) return design;
  const entries = Object.entries(repo.tags ?? {});
  const idx = previousKey !== undefined ? entries.findIndex(([k]) => k === previousKey) : -1;
  const filtered = entries.filter(([k], i) => k !== key || i === idx);
  const pos = filtered.findIndex(([k]) => k === previousKey);
  if (pos >= 0) filtered[pos] = [key, value];
  else filtered.push([key, value]);
  return updateRepository(design, repoIndex, { tags: fromEntries(filtered) });
}

export function removeTag(design: Design, repoIndex: number, key: string): Design {
  const repo = design.repositories[repoIndex];
  if (!repo) return design;
  return updateRepository(design, repoIndex, { tags: fromEntries(Object.entries(repo.tags ?? {}).filter(([k]) => k !== key)) });
}

/** Object.fromEntries that also keeps keys such as `__proto__` as plain own properties. */
export function fromEntries(entries: [string, string][]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}
