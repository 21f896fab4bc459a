/**
 * What the CLI tests share: a temporary folder (removed after the file's tests) to write inputs
 * into, and `runCli`, which calls the CLI's `main` in-process and collects its output.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { main } from './designer.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `designer <args>` in-process; `stdin` is what `-` reads. */
export async function runCli(args: string[], stdin?: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (s: string) => (stdout += s), stderr: (s: string) => (stderr += s), ...(stdin !== undefined ? { stdin: () => stdin } : {}) };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** A temporary folder for this test file, and `file(name, content)` that writes into it and returns the path. */
export function tempFolder(prefix: string): { dir: string; file(name: string, content: string | Buffer): string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    file(name, content) {
      const p = join(dir, name);
      writeFileSync(p, content);
      return p;
    },
  };
}
