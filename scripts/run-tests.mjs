#!/usr/bin/env node
// The whole test suite, as the README's test command and CI run it:
//   type-check (model and app), lint, vitest (unit, property, oracle, component), Playwright (e2e).
// Every step runs even when an earlier one failed, so one run shows everything. The last line is
// "N passed, N failed" (tests from vitest and Playwright, plus one per type-check and lint step).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const reports = join(root, 'reports');
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];
const timings = [];

function run(label, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${label} ${seconds}s`);
  return result.status === 0;
}

function step(label, command, args) {
  if (run(label, command, args)) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return true;
  if (process.getuid?.() === 0) {
    console.log('Installing Debian chromium for the end-to-end tests...');
    run('apt', 'bash', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null']);
  }
  if (existsSync('/usr/bin/chromium')) return true;
  console.error('The end-to-end tests need Debian chromium: sudo apt-get install -y chromium');
  return false;
}

step('typecheck model', bin('tsc'), ['--noEmit', '-p', 'packages/model']);
step('typecheck app', bin('tsc'), ['--noEmit', '-p', '.']);
step('lint', bin('oxlint'), ['-c', '.oxlintrc.json', '--deny-warnings', 'app', 'packages', 'e2e', 'scripts']);

const vitestReport = join(reports, 'vitest.json');
rmSync(vitestReport, { force: true });
const vitestOk = run('vitest', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
const vitest = readJson(vitestReport);
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += (vitest.numFailedTests ?? 0) + (vitest.numFailedTestSuites && !vitest.numFailedTests ? vitest.numFailedTestSuites : 0);
  if (!vitestOk && !vitest.numFailedTests && !vitest.numFailedTestSuites) {
    failed++;
    failures.push('vitest (run failed)');
  } else if (!vitestOk) failures.push('vitest');
} else {
  failed++;
  failures.push('vitest (no report)');
}

const hasE2e = existsSync(join(root, 'playwright.config.ts'));
if (hasE2e) {
  const e2eReport = join(reports, 'e2e.json');
  rmSync(e2eReport, { force: true });
  if (!ensureChromium()) {
    failed++;
    failures.push('e2e (no chromium)');
  } else {
    const e2eOk = run('e2e', bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport, CI: '1' });
    const e2e = readJson(e2eReport);
    if (e2e?.stats) {
      passed += e2e.stats.expected ?? 0;
      failed += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
      if (!e2eOk) failures.push('e2e');
      if (!e2eOk && !e2e.stats.unexpected && !e2e.stats.flaky) failed++;
    } else {
      failed++;
      failures.push('e2e (no report)');
    }
  }
}

console.log(`\nSteps: ${timings.join(', ')}`);
if (failures.length) console.log(`Failed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
