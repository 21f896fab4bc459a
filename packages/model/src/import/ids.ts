/**
 * Construct ids for imported repositories.
 *
 * CDK names a repository's CloudFormation resource `makeLogicalId([id, 'Resource'])`: the
 * alphanumeric characters of the id followed by 8 hex digits of a hash of the construct path. The
 * id is recovered by dropping that suffix; when hashing the candidate gives back the very same
 * logical ID, the template was made by CDK from that id (exact). A construct id's non-alphanumeric
 * characters are not in the logical ID, so `Repo-1` comes back as `Repo1` (a documented
 * normalisation) unless the template carries CDK's `aws:cdk:path` metadata, which has the id as
 * written.
 */
import { makeLogicalId } from '../cdk/logical-id.ts';
import { keyConstructId } from '../cdk/plan.ts';
import { pascalCase } from '../cdk/names.ts';

export interface IdGuess {
  id: string;
  /** True when the design renders the same logical ID again. */
  exact: boolean;
}

const HASH = /^[0-9A-F]{8}$/;

export function repositoryLogicalId(id: string): string | undefined {
  try {
    return makeLogicalId([id, 'Resource']);
  } catch {
    return undefined;
  }
}

/** The construct id of a repository from its logical ID (and `aws:cdk:path` metadata, if any). */
export function guessConstructId(logicalId: string, cdkPath?: string): IdGuess {
  if (cdkPath !== undefined) {
    const parts = cdkPath.split('/');
    if (parts.length === 3 && parts[2] === 'Resource' && parts[1]) {
      const id = parts[1];
      if (repositoryLogicalId(id) === logicalId) return { id, exact: true };
    }
  }
  const alnum = logicalId.replace(/[^A-Za-z0-9]/g, '');
  if (alnum.length > 8 && HASH.test(alnum.slice(-8))) {
    const id = alnum.slice(0, -8);
    return { id, exact: repositoryLogicalId(id) === logicalId };
  }
  return { id: alnum || 'Repo', exact: false };
}

/** A construct id for a repository known by its physical name (`team/app` -> `TeamApp`). */
export function idFromRepositoryName(name: string | undefined): string {
  const id = pascalCase(name ?? '');
  if (id === '') return 'Repo';
  return /^[0-9]/.test(id) ? `Repo${id}` : id;
}

/**
 * Hands out construct ids that collide neither with each other nor with the key ids they imply:
 * `wanted`, else its stem (trailing digits dropped) numbered from 2, as `uniqueId` in edit.ts does.
 * Linear in the number of ids (a template may hold thousands of repositories).
 */
export class IdAllocator {
  private readonly taken = new Set<string>();
  /** The next number to try per stem. */
  private readonly next = new Map<string, number>();

  constructor(existing: Iterable<string> = []) {
    for (const id of existing) this.reserve(id);
  }

  private reserve(id: string): void {
    this.taken.add(id);
    this.taken.add(keyConstructId(id));
  }

  private free(id: string): boolean {
    return !this.taken.has(id) && !this.taken.has(keyConstructId(id));
  }

  take(wanted: string): string {
    let id = wanted;
    if (!this.free(id)) {
      const stem = wanted.replace(/\d+$/, '') || wanted;
      let n = this.next.get(stem) ?? 2;
      while (!this.free(`${stem}${n}`)) n++;
      id = `${stem}${n}`;
      this.next.set(stem, n + 1);
    }
    this.reserve(id);
    return id;
  }
}
