/**
 * `designer import [--stack-name <name>] <file|->`: reads a CloudFormation template (JSON or
 * YAML), a lifecycle policy (raw, or `aws ecr get-lifecycle-policy` output), `aws ecr
 * describe-repositories` output or a design file (any format version), and prints the design JSON
 * on stdout. What could not be imported goes to stderr, one problem a line
 * (`path [resource]: CODE (severity): message`), followed by a summary line.
 * Exit codes: 0 imported completely, 1 imported but something could not be (warnings on stderr;
 * the design is still printed), 2 usage, unreadable input or nothing importable.
 */
import { type ImportProblem, importText } from '../src/index.ts';

interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  stdin?(): string;
}

export interface ImportDeps {
  /** Reads the input like the other verbs (`-` is stdin; size and UTF-8 checked). */
  readInput(file: string): { text: string } | { error: string };
  /** The usage error of the CLI (exit code 2, usage printed). */
  usage(message: string): Error;
}

export function formatProblem(p: ImportProblem): string {
  const where = `${p.path || '(document)'}${p.resource !== undefined && !p.path.includes(p.resource) ? ` [${p.resource}]` : ''}`;
  const tag = p.severity === 'error' ? '' : ` (${p.severity})`;
  return `${where}: ${p.code}${tag}: ${p.message.replace(/\r?\n/g, ' ')}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function importCommand(options: Map<string, string>, files: string[], io: Io, deps: ImportDeps): number {
  for (const k of options.keys()) if (k !== 'stack-name') throw deps.usage(`unknown option --${k} for import`);
  if (files.length !== 1) throw deps.usage(files.length === 0 ? 'missing file to import' : 'give exactly one file to import');
  const input = deps.readInput(files[0] as string);
  if ('error' in input) {
    io.stderr(`designer: ${input.error}\n`);
    return 2;
  }
  const stackName = options.get('stack-name');
  const result = importText(input.text, stackName !== undefined ? { stackName } : {});
  for (const p of result.problems) io.stderr(formatProblem(p) + '\n');
  if (!result.design) {
    io.stderr('designer: nothing imported\n');
    return 2;
  }
  io.stdout(JSON.stringify(result.design, undefined, 2) + '\n');
  const warnings = result.problems.filter((p) => p.severity === 'warning').length;
  const notes = result.problems.filter((p) => p.severity === 'info').length;
  io.stderr(
    `imported ${result.kind} (${result.format}): ${plural(result.design.repositories.length, 'repository').replace(/ys$/, 'ies')}; ${plural(warnings, 'warning')}, ${plural(notes, 'note')}\n`,
  );
  return warnings > 0 ? 1 : 0;
}
