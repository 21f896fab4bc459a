/**
 * The `designer` command line (public contract, see README):
 *   designer validate <design.json|->
 *   designer render --target <id of a target in src/targets/index.ts> [--repository <id>] <design.json|->
 *   designer import [--stack-name <name>] <file|->  (see import.ts)
 *   designer simulate --images <images.json|-> [--at <ISO date>] [--repository <id>] <design.json|->  (see simulate.ts)
 * Exit codes: 0 success, 1 the design has errors, 2 usage or unreadable input. Never prints a
 * stack trace for bad input.
 */
import { readFileSync, statSync } from 'node:fs';
import {
  type Diagnostic,
  MAX_DESIGN_BYTES,
  RenderError,
  getTarget,
  hasErrors,
  parseDesignText,
  targets,
} from '../src/index.ts';
import { importCommand } from './import.ts';
import { simulateCommand } from './simulate.ts';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads standard input (for the file name `-`). */
  stdin?(): string;
}

const USAGE = `Usage:
  designer validate <design.json | ->
  designer render --target <${targets.map((t) => t.id).join('|')}> [--repository <id>] <design.json | ->
  designer import [--stack-name <name>] <template.yaml | template.json | policy.json | repositories.json | design.json | ->
  designer simulate --images <images.json | -> [--at <2026-01-01T00:00:00Z>] [--repository <id>] <design.json | ->

validate prints one diagnostic a line (path: CODE: message) and exits 1 when there are errors.
render prints the output on stdout; for a design with errors it prints the diagnostics on stderr
and exits 1. Exit code 2: wrong usage or unreadable input.
import reads a CloudFormation template (JSON or YAML), a lifecycle policy (raw or from
\`aws ecr get-lifecycle-policy\`), \`aws ecr describe-repositories\` output or a design file, prints
the design JSON on stdout and what could not be imported on stderr; it exits 1 when something
could not be imported (the design is still printed), 2 when nothing could.
simulate runs a repository's lifecycle policy on the output of \`aws ecr describe-images\` at the
date --at (default now) and prints one JSON object a line per image (digest, tags, pushedAt,
verdict kept|expired|archived, rulePriority, explanation); warnings and totals go to stderr.
`;

class UsageError extends Error {}

export function formatDiagnostic(d: Diagnostic): string {
  const message = d.message.replace(/\r?\n/g, ' ');
  const tag = d.severity === 'error' ? '' : ` (${d.severity})`;
  return `${d.path || '(design)'}: ${d.code}${tag}: ${message}`;
}

function summary(diagnostics: Diagnostic[]): string {
  const e = diagnostics.filter((d) => d.severity === 'error').length;
  const w = diagnostics.filter((d) => d.severity === 'warning').length;
  return `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`;
}

/** Reads the design text, or returns an error message (exit code 2). */
function readInput(file: string, io: Io): { text: string } | { error: string } {
  try {
    if (file === '-') {
      const text = io.stdin ? io.stdin() : readFileSync(0, 'utf8');
      return { text };
    }
    const stat = statSync(file);
    if (stat.isDirectory()) return { error: `${file}: is a directory, not a design file` };
    if (stat.size > MAX_DESIGN_BYTES) return { error: `${file}: the file has ${stat.size} bytes; a design file is at most ${MAX_DESIGN_BYTES} bytes` };
    const bytes = readFileSync(file);
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') return { error: `${file}: no such file` };
    if (err.code === 'EACCES') return { error: `${file}: permission denied` };
    if (e instanceof TypeError) return { error: `${file}: not UTF-8 text` };
    return { error: `${file}: cannot read (${err.code ?? err.message})` };
  }
}

function parseArgs(args: string[]): { command: string; options: Map<string, string>; files: string[] } {
  const [command, ...rest] = args;
  if (!command) throw new UsageError('missing command');
  const options = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      if (eq > 0) options.set(a.slice(2, eq), a.slice(eq + 1));
      else {
        const value = rest[i + 1];
        if (value === undefined) throw new UsageError(`${a} needs a value`);
        options.set(a.slice(2), value);
        i++;
      }
    } else files.push(a);
  }
  return { command, options, files };
}

export async function main(args: string[], io: Io): Promise<number> {
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
    (args.length === 0 ? io.stderr : io.stdout)(USAGE);
    return args.length === 0 ? 2 : 0;
  }
  try {
    const { command, options, files } = parseArgs(args);
    if (command === 'simulate') {
      return simulateCommand(options, files, io, { readDesign: (f) => readInput(f, io), usage: (m) => new UsageError(m), formatDiagnostic });
    }
    if (command === 'import') return importCommand(options, files, io, { readInput: (f) => readInput(f, io), usage: (m) => new UsageError(m) });
    const allowed = command === 'render' ? ['target', 'repository'] : [];
    for (const k of options.keys()) if (!allowed.includes(k)) throw new UsageError(`unknown option --${k} for ${command}`);
    if (command !== 'validate' && command !== 'render') throw new UsageError(`unknown command '${command}'`);
    if (files.length !== 1) throw new UsageError(files.length === 0 ? 'missing design file' : 'give exactly one design file');

    const input = readInput(files[0] as string, io);
    if ('error' in input) {
      io.stderr(`designer: ${input.error}\n`);
      return 2;
    }
    const result = parseDesignText(input.text);
    const unreadable = result.diagnostics.find((d) => ['InvalidJson', 'DesignTooLarge', 'DesignTooDeep'].includes(d.code));

    if (command === 'validate') {
      for (const d of result.diagnostics) io.stdout(formatDiagnostic(d) + '\n');
      io.stderr(`${summary(result.diagnostics)}\n`);
      if (unreadable) return 2;
      return hasErrors(result.diagnostics) ? 1 : 0;
    }

    const targetId = options.get('target');
    if (targetId === undefined) throw new UsageError('render needs --target');
    const target = getTarget(targetId);
    if (!target) throw new UsageError(`unknown target '${targetId}' (one of ${targets.map((t) => t.id).join(', ')})`);
    for (const d of result.diagnostics) io.stderr(formatDiagnostic(d) + '\n');
    if (unreadable) return 2;
    if (!result.design || hasErrors(result.diagnostics)) {
      io.stderr(`designer: not rendered, the design has errors (${summary(result.diagnostics)})\n`);
      return 1;
    }
    const repository = options.get('repository');
    try {
      io.stdout(target.render(result.design, repository !== undefined ? { repository } : {}));
      // What the target decided for the user (e.g. a name CloudFormation would generate), as warnings.
      for (const d of target.diagnostics?.(result.design) ?? []) io.stderr(formatDiagnostic(d) + '\n');
    } catch (e) {
      if (e instanceof RenderError) {
        io.stderr(`designer: ${e.message}\n`);
        return 1;
      }
      throw e;
    }
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`designer: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}
