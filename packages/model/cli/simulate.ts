/**
 * `designer simulate --images <images.json> [--at <date>] [--repository <id>] <design.json>`:
 * runs a repository's lifecycle policy on the output of `aws ecr describe-images` and prints one
 * JSON object a line per image, in the order of the images file:
 *   {"digest","tags","pushedAt","verdict":"kept"|"expired"|"archived","rulePriority","explanation"}
 * Warnings about the policy, notes, per-rule totals and a summary go to stderr.
 * Exit codes as the other verbs: 2 usage or unreadable input (design or images), 1 the design has
 * errors or no such repository, 0 otherwise.
 */
import { readFileSync, statSync } from 'node:fs';
import {
  type Diagnostic,
  hasErrors,
  parseDescribeImagesText,
  parseDesignText,
  parseTimestamp,
  simulateLifecycle,
} from '../src/index.ts';
import { pickRepository } from '../src/targets/lifecycle-json.ts';

interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  stdin?(): string;
}

export interface SimulateDeps {
  /** Reads the design file like the other verbs (`-` is stdin). */
  readDesign(file: string): { text: string } | { error: string };
  /** The usage error of the CLI (exit code 2, usage printed). */
  usage(message: string): Error;
  formatDiagnostic(d: Diagnostic): string;
}

/** describe-images output of 10,000 images with scan findings is a few MB; this leaves ample room. */
export const MAX_IMAGES_BYTES = 64 * 1024 * 1024;

function readImages(file: string, io: Io): { text: string } | { error: string } {
  try {
    if (file === '-') return { text: io.stdin ? io.stdin() : readFileSync(0, 'utf8') };
    const stat = statSync(file);
    if (stat.isDirectory()) return { error: `${file}: is a directory, not an images file` };
    if (stat.size > MAX_IMAGES_BYTES) return { error: `${file}: the file has ${stat.size} bytes; an images file is at most ${MAX_IMAGES_BYTES} bytes` };
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file)) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') return { error: `${file}: no such file` };
    if (err.code === 'EACCES') return { error: `${file}: permission denied` };
    if (e instanceof TypeError) return { error: `${file}: not UTF-8 text` };
    return { error: `${file}: cannot read (${err.code ?? err.message})` };
  }
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export function simulateCommand(options: Map<string, string>, files: string[], io: Io, deps: SimulateDeps): number {
  for (const k of options.keys()) if (!['images', 'at', 'repository'].includes(k)) throw deps.usage(`unknown option --${k} for simulate`);
  if (files.length !== 1) throw deps.usage(files.length === 0 ? 'missing design file' : 'give exactly one design file');
  const imagesFile = options.get('images');
  if (imagesFile === undefined) throw deps.usage('simulate needs --images <file> (the output of aws ecr describe-images)');
  if (imagesFile === '-' && files[0] === '-') throw deps.usage('only one of the design and the images can come from stdin');
  let at = Date.now();
  const atText = options.get('at');
  if (atText !== undefined) {
    const t = parseTimestamp(atText);
    if (typeof t === 'string') throw deps.usage(`--at: ${t}`);
    at = t;
  }

  const designInput = deps.readDesign(files[0] as string);
  if ('error' in designInput) {
    io.stderr(`designer: ${designInput.error}\n`);
    return 2;
  }
  const checked = parseDesignText(designInput.text);
  for (const d of checked.diagnostics) if (d.severity === 'error') io.stderr(deps.formatDiagnostic(d) + '\n');
  if (checked.diagnostics.some((d) => ['InvalidJson', 'DesignTooLarge', 'DesignTooDeep'].includes(d.code))) return 2;
  if (!checked.design || hasErrors(checked.diagnostics)) {
    io.stderr('designer: not simulated, the design has errors\n');
    return 1;
  }

  const imagesInput = readImages(imagesFile, io);
  if ('error' in imagesInput) {
    io.stderr(`designer: ${imagesInput.error}\n`);
    return 2;
  }
  const parsed = parseDescribeImagesText(imagesInput.text);
  for (const d of parsed.diagnostics) io.stderr(`${imagesFile}: ${deps.formatDiagnostic(d)}\n`);
  if (hasErrors(parsed.diagnostics)) {
    io.stderr(`designer: ${imagesFile} is not usable describe-images output\n`);
    return 2;
  }

  const repositoryId = options.get('repository');
  const repo = pickRepository(checked.design, repositoryId);
  if (!repo) {
    io.stderr(`designer: ${repositoryId !== undefined ? `no repository with id '${repositoryId}'` : 'the design has no repositories'}\n`);
    return 1;
  }

  const result = simulateLifecycle(repo.lifecycleRules ?? [], parsed.images, { at });
  for (const v of result.verdicts) {
    io.stdout(
      JSON.stringify({
        digest: v.image.digest,
        tags: v.image.tags,
        pushedAt: new Date(v.image.pushedAt).toISOString(),
        verdict: v.verdict,
        rulePriority: v.rulePriority ?? null,
        explanation: v.explanation,
      }) + '\n',
    );
  }
  for (const w of result.warnings) io.stderr(`warning: ${w.code}: ${w.message}\n`);
  for (const n of result.notes) io.stderr(`note: ${n}\n`);
  for (const r of result.rules) {
    io.stderr(`${r.label}: selects ${r.selected}, decides ${r.decided}, ${r.action === 'expire' ? 'expires' : 'archives'} ${r.acted} (${mib(r.actedBytes)})\n`);
  }
  const s = result.summary;
  io.stderr(
    `repository ${repo.id} at ${new Date(at).toISOString()}: ${s.kept} kept (${mib(s.keptBytes)}), ${s.expired} expired (${mib(s.expiredBytes)}), ${s.archived} archived (${mib(s.archivedBytes)})\n`,
  );
  return 0;
}
