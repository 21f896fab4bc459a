// Pieces shared by the oracle harness modules (synth.ts, typecheck.ts, cli-synth.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Misuse of the harness or a broken toolchain (not a CDK outcome): unparsable source, disallowed import, ... */
export class OracleHarnessError extends Error {
  override name = 'OracleHarnessError';
}

const here = dirname(fileURLToPath(import.meta.url));

/** packages/model: its node_modules hold aws-cdk-lib, constructs, aws-cdk, tsx, @types/node. */
export const MODEL_DIR = resolve(here, '../..');

/**
 * packages/model/test: default parent of the temp project folders (`.tmp-*`, gitignored) of typecheck.ts and
 * cli-synth.ts, so that `aws-cdk-lib` & co. resolve from packages/model/node_modules.
 */
export const ORACLE_WORK_ROOT = resolve(here, '..');

export interface WorkRootOption {
  /** Parent folder of the temp project folder (default ORACLE_WORK_ROOT); must lie inside packages/model. */
  workRoot?: string;
}

/** Writes `files` (relative paths) below `dir`, creating folders; rejects paths escaping `dir`. */
export function writeProjectFiles(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const target = resolve(dir, rel);
    if (!target.startsWith(`${dir}/`)) throw new OracleHarnessError(`file path '${rel}' leaves the project folder`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
