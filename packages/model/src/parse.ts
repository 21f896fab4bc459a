/**
 * Reading a design file: text in, a design and diagnostics out. Never throws: bad JSON, an
 * oversized file, a format version from the future all become diagnostics naming the problem.
 */
import type { Diagnostic } from './diagnostics.ts';
import { DESIGN_FORMAT_VERSION } from './design.ts';
import { type CheckResult, checkDesign } from './validate/index.ts';
import { locateJsonError } from './json-error.ts';

/** Designs are small; anything beyond this is not a design (and would only slow the app down). */
export const MAX_DESIGN_BYTES = 5 * 1024 * 1024;
const MAX_DEPTH = 64;

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
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_DESIGN_BYTES) {
    return { diagnostics: [diag('DesignTooLarge', `The file has ${bytes} bytes; a design file is at most ${MAX_DESIGN_BYTES} bytes.`)] };
  }
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

export function checkDesignValue(value: unknown): CheckResult {
  if (depthOf(value, MAX_DEPTH) > MAX_DEPTH) {
    return { diagnostics: [diag('DesignTooDeep', `The document nests deeper than ${MAX_DEPTH} levels; a design never does.`)] };
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const version = (value as Record<string, unknown>)['version'];
    if (typeof version === 'number' && version > DESIGN_FORMAT_VERSION) {
      return {
        diagnostics: [
          { path: 'version', severity: 'error', code: 'UnsupportedVersion', source: 'schema',
            message: `This design uses format version ${version}; this version of ECR Designer reads up to version ${DESIGN_FORMAT_VERSION}. Update ECR Designer to open it.` },
        ],
      };
    }
  }
  return checkDesign(value);
}
