/**
 * Runs a generated AWS CLI script with bash, a stand-in `aws` first on the PATH: it records its argv
 * exactly (NUL separated, argument count first) and answers every `--query` call with a unique
 * `arn:stub:::res/stub-<n>`. The script is checked with `bash -n` first (exit status 99 if that fails).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const STUB = `#!/usr/bin/env bash
set -eu
n=$(( $(cat "$AWS_STUB_DIR/n" 2>/dev/null || echo 0) + 1 ))
echo "$n" > "$AWS_STUB_DIR/n"
{ printf '%s\\0' "$#"; for a in "$@"; do printf '%s\\0' "$a"; done; } >> "$AWS_STUB_DIR/log"
for a in "$@"; do if [ "$a" = --query ]; then printf 'arn:stub:::res/stub-%s\\n' "$n"; fi; done
`;

let work: string | undefined;

/** The folder of the stand-in and of the runs (under the OS temp folder, one per test process). */
export function stubWorkDir(): string {
  if (!work) {
    work = mkdtempSync(join(tmpdir(), 'aws-cli-stub-'));
    mkdirSync(join(work, 'bin'));
    writeFileSync(join(work, 'bin', 'aws'), STUB);
    chmodSync(join(work, 'bin', 'aws'), 0o755);
  }
  return work;
}

export interface Call {
  /** 1-based: the n of the `stub-<n>` a --query call printed. */
  index: number;
  argv: string[];
}

export function runScript(script: string, name = 'create-ecr.sh'): { status: number | null; stderr: string; calls: Call[] } {
  const root = stubWorkDir();
  const dir = mkdtempSync(join(root, 'run-'));
  const file = join(dir, name);
  writeFileSync(file, script);
  // `bash -n` first (syntax only), then the real run; one process for both.
  const r = spawnSync('bash', ['-c', 'bash -n "$1" || exit 99; exec bash "$1"', 'check', file], {
    encoding: 'utf8',
    env: { PATH: `${join(root, 'bin')}:${process.env['PATH'] ?? ''}`, AWS_STUB_DIR: dir },
  });
  let log = '';
  try {
    log = readFileSync(join(dir, 'log'), 'utf8');
  } catch {
    // no call at all
  }
  const fields = log.split('\0');
  const calls: Call[] = [];
  for (let i = 0; i < fields.length - 1; ) {
    const n = Number(fields[i]);
    calls.push({ index: calls.length + 1, argv: fields.slice(i + 1, i + 1 + n) });
    i += n + 1;
  }
  return { status: r.status, stderr: r.stderr, calls };
}
