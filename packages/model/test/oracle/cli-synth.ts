// Synthesizes a complete CDK project with the real aws-cdk CLI (2.1148.1), exactly as a user would run it after
// downloading the project: slow (a few seconds per call: CLI start + tsx + aws-cdk-lib load), so use it to prove that
// the in-process oracle (synth.ts) agrees with the CLI, not for every design.
//
// The project is written into a temp folder inside packages/model/test (`.tmp-cli-synth-*`, gitignored) so that
// aws-cdk-lib/constructs resolve from packages/model/node_modules, with
//  - cdk.json = the `cdk init` cdk.json (or the project's own cdk.json) with "app" replaced by
//    `<packages/model/node_modules/.bin/tsx> bin/<the one bin/*.ts file>` (init's `npx tsc && npx tsx ...` would
//    need a local typescript and network-free npx),
//  - a package.json without "type" unless the project has one (as cdk init writes: CommonJS, extensionless imports),
// and the CLI runs `cdk synth <stackId> --no-path-metadata --no-version-reporting --no-notices [--no-validation]`
// (--no-notices: no notices fetch; --no-version-reporting also turns CLI telemetry off; telemetry and the version
// check are additionally disabled through CDK_DISABLE_CLI_TELEMETRY / CDK_DISABLE_VERSION_CHECK).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CDK_INIT_CDK_JSON } from './feature-flags.ts';
import { isRecord, MODEL_DIR, OracleHarnessError, ORACLE_WORK_ROOT, type WorkRootOption, writeProjectFiles } from './harness.ts';

const CDK_BIN = resolve(MODEL_DIR, 'node_modules/.bin/cdk');
const TSX_BIN = resolve(MODEL_DIR, 'node_modules/.bin/tsx');

export interface CliProject {
  /** Project files by relative path: exactly one `bin/<name>.ts` plus what it imports (e.g. `lib/<name>-stack.ts`). */
  files: Record<string, string>;
  /** The stack to synthesize (its id in the bin file). */
  stackId: string;
  /** Keep the CLI's built-in CloudFormation validation (default false: `--no-validation`, ~2x faster). */
  validate?: boolean;
}

export interface CliSynthOutput {
  /** What `cdk synth <stackId>` printed on stdout (YAML; note the CLI omits Rules.CheckBootstrapVersion there). */
  yaml: string;
  /** cdk.out/<stackId>.template.json, parsed. */
  json: Record<string, unknown>;
  /** cdk.out/<stackId>.template.json as written. */
  templateText: string;
  /** What the CLI and the app printed on stderr (deprecation warnings, validation report, ...). */
  stderr: string;
  /** Wall time of the `cdk synth` child process in ms. */
  ms: number;
}

/** `cdk synth` exited non-zero (e.g. a ValidationError in the app, failed validation). */
export class CdkCliError extends Error {
  override name = 'CdkCliError';
  constructor(
    readonly exitCode: number | null,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(`cdk synth failed (exit ${exitCode}):\n${stderr}`);
  }
}

/** The cdk.json to write: the project's own or cdk init's, with "app" pointing at tsx and the bin file. */
function cdkJsonFor(files: Record<string, string>, binFile: string): string {
  const own = files['cdk.json'];
  const base: unknown = own === undefined ? CDK_INIT_CDK_JSON : JSON.parse(own);
  if (typeof base !== 'object' || base === null || Array.isArray(base)) throw new OracleHarnessError('cdk.json is not a JSON object');
  return `${JSON.stringify({ ...base, app: `${TSX_BIN} ${binFile}` }, null, 2)}\n`;
}

export function cdkCliSynth(project: CliProject, options: WorkRootOption = {}): CliSynthOutput {
  const binFiles = Object.keys(project.files).filter((f) => /^bin\/[^/]+\.ts$/.test(f));
  const [binFile] = binFiles;
  if (binFiles.length !== 1 || binFile === undefined) {
    throw new OracleHarnessError(`the project needs exactly one bin/<name>.ts file, got: ${binFiles.join(', ') || 'none'}`);
  }
  const dir = mkdtempSync(join(options.workRoot ?? ORACLE_WORK_ROOT, '.tmp-cli-synth-'));
  try {
    writeProjectFiles(dir, project.files);
    writeFileSync(join(dir, 'cdk.json'), cdkJsonFor(project.files, binFile));
    if (project.files['package.json'] === undefined) writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');

    const args = ['synth', project.stackId, '--no-path-metadata', '--no-version-reporting', '--no-notices'];
    if (!project.validate) args.push('--no-validation');
    const env = { ...process.env, CDK_DISABLE_CLI_TELEMETRY: 'true', CDK_DISABLE_VERSION_CHECK: 'true', NO_COLOR: '1' };
    const started = performance.now();
    const run = spawnSync(CDK_BIN, args, { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    const ms = performance.now() - started;
    if (run.error) throw run.error;
    if (run.status !== 0) throw new CdkCliError(run.status, run.stdout, run.stderr);
    const templateText = readFileSync(join(dir, 'cdk.out', `${project.stackId}.template.json`), 'utf8');
    const json: unknown = JSON.parse(templateText);
    if (!isRecord(json)) throw new OracleHarnessError('the synthesized template is not a JSON object');
    return { yaml: run.stdout, json, templateText, stderr: run.stderr, ms };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Removes what DefaultStackSynthesizer's bootstrap version rule adds to a template (`Parameters.BootstrapVersion`,
 * `Rules.CheckBootstrapVersion`, and the then-empty sections): the one difference between a project whose bin file
 * creates the stack the `cdk init` way and the oracle, which passes `generateBootstrapVersionRule: false`.
 */
export function withoutBootstrapVersionRule(template: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...template };
  for (const [section, key] of [
    ['Parameters', 'BootstrapVersion'],
    ['Rules', 'CheckBootstrapVersion'],
  ] as const) {
    const entries = out[section];
    if (!isRecord(entries) || !(key in entries)) continue;
    const { [key]: _removed, ...rest } = entries;
    if (Object.keys(rest).length === 0) delete out[section];
    else out[section] = rest;
  }
  return out;
}
