/**
 * Reading a design file: text in, a design and diagnostics out. Never throws: bad JSON, an
 * oversized file, a format version from the future all become diagnostics naming the problem.
 * Older format versions are migrated (migrate.ts) before the schema check.
 */
import type { Diagnostic } from './diagnostics.ts';
import { type CheckResult, checkDesign } from './validate/index.ts';
import { locateJsonError } from './json-error.ts';
import { migrateDesign } from './migrate.ts';
import { MAX_NESTING, jsonNestingExceeds, utf8Length } from './text-limits.ts';

/** Designs are small; anything beyond this is not a design (and would only slow the app down). */
export const MAX_DESIGN_BYTES = 5 * 1024 * 1024;
const MAX_DEPTH = MAX_NESTING;

function diag(code: string, message: string): Diagnostic {
  return { path: '', severity: 'error', code, message, source: 'schema' };
}

function depthOf(value: unknown, limit: number): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop() as [unknown, number];
    if (d > max) max = d;
    if (max > limit) return max;
    if (v && typeof v === 'object') for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

export function parseDesignText(text: string): CheckResult {
  // Counted without encoding, and at once for a paste far beyond the limit.
  const bytes = utf8Length(text, MAX_DESIGN_BYTES);
  if (bytes > MAX_DESIGN_BYTES) {
    const count = text.length > MAX_DESIGN_BYTES ? `at least ${bytes}` : String(bytes);
    return { diagnostics: [diag('DesignTooLarge', `The file has ${count} bytes; a design file is at most ${MAX_DESIGN_BYTES} bytes.`)] };
  }
  if (jsonNestingExceeds(text, MAX_DEPTH)) return { diagnostics: [tooDeep()] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const where = locateJsonError(text);
    const detail = where ? `line ${where.line}, column ${where.column}: ${where.message}` : e instanceof Error ? e.message : String(e);
    return { diagnostics: [diag('InvalidJson', `Not valid JSON at ${detail}.`)] };
  }
  return checkDesignValue(value);
}

function tooDeep(): Diagnostic {
  return diag('DesignTooDeep', `The document nests deeper than ${MAX_DEPTH} levels; a design never does.`);
}

/**
 * Checks parsed data (e.g. the app's saved state) as a design: nesting, format version (older
 * versions are migrated, newer ones refused with `UnsupportedVersion`), structure, then the domain
 * checks.
 */
export function checkDesignValue(value: unknown): CheckResult {
  if (depthOf(value, MAX_DEPTH) > MAX_DEPTH) return { diagnostics: [tooDeep()] };
  const migrated = migrateDesign(value);
  if (!migrated.ok) return { diagnostics: [migrated.diagnostic] };
  return checkDesign(migrated.value);
}
