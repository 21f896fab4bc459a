// Type-checks generated CDK TypeScript against the real aws-cdk-lib 2.276.0 declarations with the root TypeScript 7
// `tsc` (native port: no JS compiler API, so it runs as a child process). Loading aws-cdk-lib's .d.ts dominates the
// cost (~1-2 s), so callers batch every file into ONE call.
//
// tsconfig: the one `cdk init app --language typescript` generates (cdk-init-tsconfig.json: module and
// moduleResolution NodeNext, strict, skipLibCheck, noEmit, ...), except `types: ["node"]` instead of
// `["jest", "node"]` (no jest here) and no `typeRoots: ["./node_modules/@types"]` (the temp folder has no
// node_modules; the default lookup walks up to packages/model/node_modules/@types). The folder gets a package.json
// WITHOUT "type", exactly like a cdk init project, so under NodeNext its .ts files are CommonJS and the plain
// init-style extensionless import `import { XStack } from '../lib/x-stack'` type-checks.
//
// The folder is created inside packages/model/test (gitignored `.tmp-*`) so `aws-cdk-lib`, `constructs` and
// `@types/node` resolve from packages/model/node_modules, and it is always deleted afterwards.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CDK_INIT_TSCONFIG } from './feature-flags.ts';
import { MODEL_DIR, OracleHarnessError, ORACLE_WORK_ROOT, type WorkRootOption, writeProjectFiles } from './harness.ts';

const ROOT_TSC = resolve(MODEL_DIR, '../../node_modules/.bin/tsc');

function tsconfigForCheck(): string {
  const { typeRoots: _typeRoots, ...compilerOptions } = CDK_INIT_TSCONFIG.compilerOptions;
  return JSON.stringify({ compilerOptions: { ...compilerOptions, types: ['node'] }, exclude: CDK_INIT_TSCONFIG.exclude }, null, 2);
}

function runTsc(cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    execFile(ROOT_TSC, ['-p', 'tsconfig.json', '--pretty', 'false'], { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        fail(error);
        return;
      }
      done({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
    });
  });
}

// `--pretty false` diagnostics: `<file>(<line>,<col>): error TS<code>: <message>`, continuation lines of a message
// chain are indented.
const DIAGNOSTIC = /^(.+)\((\d+),(\d+)\): error (TS\d+): (.*)$/;

/**
 * Type-checks all `files` (relative path -> TypeScript source, e.g. `case-12/lib/ecr-stack.ts`) in one `tsc` run.
 * Returns an entry for every input path: its errors as `<line>:<col> TS<code>: <message>` (the further lines of a
 * message chain follow as tsc prints them: newline + two spaces of indentation per level), `[]` when clean.
 * Diagnostics that belong to no input file (tsconfig problems, ...) throw.
 */
export async function typecheckSources(files: Record<string, string>, options: WorkRootOption = {}): Promise<Map<string, string[]>> {
  const dir = mkdtempSync(join(options.workRoot ?? ORACLE_WORK_ROOT, '.tmp-typecheck-'));
  try {
    writeProjectFiles(dir, files);
    writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
    writeFileSync(join(dir, 'tsconfig.json'), tsconfigForCheck());
    const { code, stdout, stderr } = await runTsc(dir);

    const result = new Map<string, string[]>(Object.keys(files).map((f) => [f.replace(/^\.\//, ''), []]));
    const unattributed: string[] = [];
    let current: string[] | undefined;
    for (const line of stdout.split('\n')) {
      if (line === '') continue;
      const m = DIAGNOSTIC.exec(line);
      if (m) {
        const [, file = '', row, col, tsCode, message] = m;
        current = result.get(file);
        if (current) current.push(`${row}:${col} ${tsCode}: ${message}`);
        else unattributed.push(line);
      } else if (/^\s/.test(line) && current && current.length > 0) {
        current[current.length - 1] += `\n${line}`;
      } else {
        current = undefined;
        unattributed.push(line);
      }
    }
    const reported = [...result.values()].some((errors) => errors.length > 0);
    if (unattributed.length > 0 || stderr.trim() !== '' || (code !== 0 && !reported)) {
      throw new OracleHarnessError(`tsc (exit ${code}) reported problems outside the checked files:\n${[...unattributed, stderr].join('\n')}`);
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
