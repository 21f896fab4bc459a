/**
 * Memoization of validation, so a keystroke re-checks only what it changed (the app validates the
 * whole design on every edit). Designs are immutable: an edit makes new objects for what it changes
 * and shares every other object with the previous design. So
 *  - what depends only on one repository object and its index in the list (the index is part of
 *    every path) is kept per repository object, together with the index it was computed for;
 *  - what depends only on the access inputs (principals, topics, imports, token grants and, per
 *    repository, its id, grants, statements and event rules) is kept per access plan: `planAccess`
 *    returns the same plan object exactly while those inputs are the same objects.
 * Whatever depends on the rest of the design (the construct scope, duplicate names and aliases,
 * the stack-level checks) is recomputed by the callers on every call.
 *
 * The cached values are shared between calls and must never be handed to a caller: callers copy
 * them (`copyDiagnostics`, or by emitting new diagnostic objects).
 */
import type { Repository } from '../design.ts';
import type { Diagnostic } from '../diagnostics.ts';

export type PerRepositoryCache<T> = WeakMap<Repository, { index: number; value: T }>;

/** `make()` for this repository object at this index, computed once per (object, index). */
export function perRepository<T>(cache: PerRepositoryCache<T>, repo: Repository, index: number, make: () => T): T {
  const hit = cache.get(repo);
  if (hit && hit.index === index) return hit.value;
  const value = make();
  cache.set(repo, { index, value });
  return value;
}

/** `make()` once per key object (an access plan, a repository's access plan). */
export function perObject<K extends object, T>(cache: WeakMap<K, { value: T }>, key: K, make: () => T): T {
  const hit = cache.get(key);
  if (hit) return hit.value;
  const value = make();
  cache.set(key, { value });
  return value;
}

/** Fresh diagnostic objects (diagnostics are flat), so a caller cannot change a cached one. */
export function copyDiagnostics(out: Diagnostic[], from: readonly Diagnostic[]): void {
  for (const d of from) out.push({ ...d });
}
