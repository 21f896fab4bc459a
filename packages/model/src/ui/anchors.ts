/**
 * Where the editor shows each diagnostic. An anchor is a path the editor displays diagnostics at
 * (a field, a list, a lifecycle rule, a repository, the design itself). Every diagnostic goes to the
 * deepest anchor that contains its path, so a message about `tagPrefixList[2]` lands at the tag
 * prefix field, one about a whole rule lands on that rule's card, and anything the editor has no
 * field for falls back to its repository or to the design (the empty path).
 */
import { type Design, type Repository, eventRule, importedResource, lifecycleRule, policyStatement, principal, repository, topic } from '../design.ts';
import { type Diagnostic, formatPath, pathWithin } from '../diagnostics.ts';

/** Fields of a created KMS key the editor shows (the `create` flag is implied by the key source). */
const CREATED_KEY_FIELDS = ['alias', 'description', 'enableKeyRotation'] as const;

/** Anchors of one repository, in form order. */
export function repositoryAnchors(repo: Repository, index: number): string[] {
  const base = formatPath(['repositories', index]);
  const out = [base];
  for (const key of repository.keys) out.push(`${base}.${key}`);
  for (const key of CREATED_KEY_FIELDS) out.push(`${base}.encryptionKey.${key}`);
  (repo.lifecycleRules ?? []).forEach((_, i) => {
    const rule = `${base}.lifecycleRules[${i}]`;
    out.push(rule);
    for (const key of lifecycleRule.keys) out.push(`${rule}.${key}`);
  });
  for (const key of Object.keys(repo.tags ?? {})) out.push(formatPath(['repositories', index, 'tags', key]));
  (repo.grants ?? []).forEach((_, i) => out.push(`${base}.grants[${i}]`, `${base}.grants[${i}].method`, `${base}.grants[${i}].grantee`));
  (repo.resourcePolicyStatements ?? []).forEach((_, i) => {
    const at = `${base}.resourcePolicyStatements[${i}]`;
    out.push(at, ...policyStatement.keys.map((key) => `${at}.${key}`));
  });
  (repo.eventRules ?? []).forEach((rule, i) => {
    const at = `${base}.eventRules[${i}]`;
    out.push(at, `${at}.method`, ...variantKeys(eventRule.variants[rule.method]).map((key) => `${at}.${key}`));
    (rule.targets ?? []).forEach((_, j) => out.push(`${at}.targets[${j}]`));
  });
  return out;
}

function variantKeys(schema: unknown): string[] {
  return (schema as { keys?: string[] }).keys ?? [];
}

/**
 * Anchors of the stack-level editors: principals (each field of its kind, the assumedBy fields of a
 * role), topics, imports and authorization token grants.
 */
export function stackAnchors(design: Design): string[] {
  const out = [...DESIGN_ANCHORS, 'principals', 'topics', 'imports', 'authorizationTokenGrants'];
  (design.principals ?? []).forEach((p, i) => {
    const at = `principals[${i}]`;
    out.push(at, ...variantKeys(principal.variants[p.type]).map((key) => `${at}.${key}`));
    if (p.type === 'Role') out.push(`${at}.assumedBy.type`, `${at}.assumedBy.${p.assumedBy.type === 'ServicePrincipal' ? 'service' : 'accountId'}`);
  });
  (design.topics ?? []).forEach((_, i) => out.push(`topics[${i}]`, ...topic.keys.map((key) => `topics[${i}].${key}`)));
  (design.imports ?? []).forEach((imp, i) => out.push(`imports[${i}]`, ...variantKeys(importedResource.variants[imp.type]).map((key) => `imports[${i}].${key}`)));
  (design.authorizationTokenGrants ?? []).forEach((_, i) =>
    out.push(`authorizationTokenGrants[${i}]`, `authorizationTokenGrants[${i}].token`, `authorizationTokenGrants[${i}].grantee`),
  );
  return out;
}

/** Every anchor of the editor for `design`: the design itself, the stack fields, the repository list and each repository. */
export function editorAnchors(design: Design): string[] {
  return [...stackAnchors(design), ...design.repositories.flatMap(repositoryAnchors)];
}

/** The deepest anchor containing `path` ('' when no other anchor does). */
export function anchorOf(path: string, anchors: readonly string[]): string {
  let best = '';
  for (const anchor of anchors) {
    if (anchor.length > best.length && pathWithin(path, anchor)) best = anchor;
  }
  return best;
}

/** Groups diagnostics by anchor, keeping their order within each anchor. */
export function placeDiagnostics(diagnostics: readonly Diagnostic[], anchors: readonly string[]): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const anchor = anchorOf(d.path, anchors);
    const list = out.get(anchor);
    if (list) list.push(d);
    else out.set(anchor, [d]);
  }
  return out;
}

const DESIGN_ANCHORS = ['', 'stackName', 'description', 'repositories'];

/**
 * The anchor of `path` in `design`. Only the anchors of the repository the path names are
 * considered, so this stays cheap for designs with many repositories and rules.
 */
export function anchorIn(design: Design, path: string, cache?: Map<number, string[]>): string {
  const index = repositoryIndexOf(path);
  const repo = index === undefined ? undefined : design.repositories[index];
  if (index === undefined || !repo) {
    let stack = cache?.get(-1);
    if (!stack) {
      stack = stackAnchors(design);
      cache?.set(-1, stack);
    }
    return anchorOf(path, stack);
  }
  let anchors = cache?.get(index);
  if (!anchors) {
    anchors = [...DESIGN_ANCHORS, ...repositoryAnchors(repo, index)];
    cache?.set(index, anchors);
  }
  return anchorOf(path, anchors);
}

/** placeDiagnostics for the editor's anchors of `design` (without listing every anchor of the design). */
export function placeDiagnosticsIn(design: Design, diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const cache = new Map<number, string[]>();
  const out = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const anchor = anchorIn(design, d.path, cache);
    const list = out.get(anchor);
    if (list) list.push(d);
    else out.set(anchor, [d]);
  }
  return out;
}

/** The index of the repository a path is about (`repositories[3].x` -> 3), or undefined. */
export function repositoryIndexOf(path: string): number | undefined {
  const m = /^repositories\[(\d+)\]/.exec(path);
  return m ? Number(m[1]) : undefined;
}

/** Whether `path` is about the stack's shared resources (principals, topics, imports, authorization token grants). */
export function isStackResourcePath(path: string): boolean {
  return /^(principals|topics|imports|authorizationTokenGrants)(\[|\.|$)/.test(path);
}
