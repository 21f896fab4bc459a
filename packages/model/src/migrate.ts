/**
 * Design format versions and the migrations between them. Every path that reads a design (a file,
 * the app's saved state, a share link, an import) goes through `migrateDesign` before the schema
 * check, so a design written by an older ECR Designer opens in this one.
 *
 * Version 1 is the first format, so the registry is empty. A non-additive change to `design.ts`
 * bumps `DESIGN_FORMAT_VERSION` to 2 and adds here, with its test in migrate.test.ts:
 *
 *   { from: 1, description: 'what changed', up: (v1) => ({ ...v1-with-the-change }) }
 *
 * `up` receives the document of version `from` as parsed JSON (already nested no deeper than the
 * nesting limit, but otherwise unchecked: it must cope with wrong shapes, which the schema check
 * reports afterwards), returns a new object and never modifies its input. The migrator sets
 * `version` itself.
 */
import type { Diagnostic } from './diagnostics.ts';
import { DESIGN_FORMAT_VERSION } from './design.ts';

export interface DesignMigration {
  /** The version the migration reads; it produces version `from + 1`. */
  from: number;
  /** What changed, in one line. */
  description: string;
  up(document: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

/** The migrations of the design format, oldest first (none yet: version 1 is the first format). */
export const designMigrations: readonly DesignMigration[] = [];

export type MigrationOutcome =
  | {
      ok: true;
      /** The document in the current version (the input itself when nothing had to change). */
      value: unknown;
      /** The descriptions of the migrations applied, in order. */
      applied: string[];
    }
  | { ok: false; diagnostic: Diagnostic };

function refusal(message: string): MigrationOutcome {
  return { ok: false, diagnostic: { path: 'version', severity: 'error', code: 'UnsupportedVersion', source: 'schema', message } };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A migrator for `migrations` up to `current`. Throws at once if the registry is inconsistent (a
 * version listed twice, one at or beyond `current`), which the tests catch.
 */
export function createMigrator(migrations: readonly DesignMigration[], current: number): (value: unknown) => MigrationOutcome {
  const byFrom = new Map<number, DesignMigration>();
  for (const m of migrations) {
    if (!Number.isInteger(m.from) || m.from < 1 || m.from >= current) throw new Error(`migration from version ${m.from} does not lead to version ${current}`);
    if (byFrom.has(m.from)) throw new Error(`two migrations from version ${m.from}`);
    byFrom.set(m.from, m);
  }
  return (value) => {
    // Not a design at all, or no usable version: the schema check says what is wrong.
    if (!isRecord(value)) return { ok: true, value, applied: [] };
    const version = Object.prototype.hasOwnProperty.call(value, 'version') ? value['version'] : undefined;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version === current) return { ok: true, value, applied: [] };
    if (version > current) {
      return refusal(
        `This design uses format version ${version}; this version of ECR Designer reads up to version ${current}. Update ECR Designer to open it.`,
      );
    }
    let doc: Record<string, unknown> = value;
    const applied: string[] = [];
    for (let v = version; v < current; v++) {
      const m = byFrom.get(v);
      if (!m) return refusal(`This design uses format version ${version}, which this version of ECR Designer cannot read (the oldest it reads is ${oldest(byFrom, current)}).`);
      const { version: _dropped, ...rest } = m.up(doc);
      doc = { version: v + 1, ...rest };
      applied.push(m.description);
    }
    return { ok: true, value: doc, applied };
  };
}

/** The oldest version a chain of migrations leads to `current` from. */
function oldest(byFrom: ReadonlyMap<number, DesignMigration>, current: number): number {
  let v = current;
  while (byFrom.has(v - 1)) v--;
  return v;
}

/** Brings a parsed design document to the current format version. */
export const migrateDesign: (value: unknown) => MigrationOutcome = createMigrator(designMigrations, DESIGN_FORMAT_VERSION);
