#!/usr/bin/env node
// Regenerates the files that `cdk init app --language typescript` writes with the pinned aws-cdk CLI
// (packages/model/node_modules/.bin/cdk), so the oracle uses exactly the feature flags a fresh CDK project gets.
//
//   node packages/model/test/oracle/update-feature-flags.mjs            # rewrite the committed files in src/cdk/cdk-init/
//   node packages/model/test/oracle/update-feature-flags.mjs --out-dir D  # write them into D instead (drift test)
//
// Written files (byte-exact, deterministic):
//   cdk-init-cdk.json       the complete generated cdk.json (its "app" names bin/<PROJECT_NAME>.ts)
//   cdk-init-context.json   its "context" object (the feature flags), JSON.stringify(context, null, 2) + "\n"
//   cdk-init-tsconfig.json  the generated tsconfig.json (the type-check harness derives its tsconfig from it)
//
// The project folder is always named PROJECT_NAME because `cdk init` derives the app/bin file name from it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_NAME = 'ecr-app';

const here = dirname(fileURLToPath(import.meta.url));
const cdkBin = resolve(here, '../../node_modules/.bin/cdk');

/** Runs `cdk init` in a throw-away folder and returns file name -> content of the files we commit. */
function generate() {
  const work = mkdtempSync(join(tmpdir(), 'ecr-oracle-cdk-init-'));
  try {
    const project = join(work, PROJECT_NAME);
    mkdirSync(project);
    execFileSync(cdkBin, ['init', 'app', '--language', 'typescript', '--generate-only'], {
      cwd: project,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CDK_DISABLE_CLI_TELEMETRY: 'true', CDK_DISABLE_VERSION_CHECK: 'true', NO_COLOR: '1' },
    });
    const cdkJsonText = readFileSync(join(project, 'cdk.json'), 'utf8');
    const { context } = JSON.parse(cdkJsonText);
    if (typeof context !== 'object' || context === null || Object.keys(context).length === 0) {
      throw new Error('cdk init wrote a cdk.json without a context object');
    }
    return {
      'cdk-init-cdk.json': cdkJsonText,
      'cdk-init-context.json': `${JSON.stringify(context, null, 2)}\n`,
      'cdk-init-tsconfig.json': readFileSync(join(project, 'tsconfig.json'), 'utf8'),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const outDirArg = process.argv.indexOf('--out-dir');
const outDir = outDirArg === -1 ? resolve(here, '../../src/cdk/cdk-init') : resolve(process.argv[outDirArg + 1] ?? '');
for (const [name, text] of Object.entries(generate())) {
  writeFileSync(join(outDir, name), text);
}
