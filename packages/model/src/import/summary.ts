/**
 * What the import dialog shows before anything is applied: what the text was recognised as, the
 * repositories it brings, and everything it could not import, grouped by resource. Pure data; the
 * app only lays it out.
 */
import type { Design } from '../design.ts';
import { IMPORT_KINDS, type ImportResult } from './index.ts';
import type { ImportProblem, ImportSeverity } from './problems.ts';
import { utf8Length } from '../text-limits.ts';
import { MAX_IMPORT_JSON_BYTES } from './text.ts';

export interface ImportedRepositorySummary {
  id: string;
  repositoryName?: string;
  lifecycleRules: number;
}

export interface ImportProblemGroup {
  /** The CloudFormation logical ID or repository name; undefined for the document as a whole. */
  resource: string | undefined;
  /** The heading of the group. */
  title: string;
  problems: ImportProblem[];
}

export interface ImportSummary {
  /** "a CloudFormation template (JSON or YAML), read as YAML", or undefined when the text was not recognised. */
  recognised: string | undefined;
  /** True when there is a design to apply. */
  canApply: boolean;
  /** Why nothing can be imported (the first error), when `canApply` is false. */
  error: string | undefined;
  repositories: ImportedRepositorySummary[];
  /** Everything not imported: document-level problems first, then per resource in document order. */
  groups: ImportProblemGroup[];
  counts: Record<ImportSeverity, number>;
}

/** One line for a problem: where (path, and line and column when known), then what. */
export function formatImportProblem(problem: ImportProblem): string {
  const where = problem.path === '' ? '' : `${problem.path}: `;
  const position = problem.line !== undefined && !/\bline \d/.test(problem.message) ? ` (line ${problem.line}${problem.column !== undefined ? `, column ${problem.column}` : ''})` : '';
  return `${where}${problem.message}${position}`;
}

function repositoriesOf(design: Design | undefined): ImportedRepositorySummary[] {
  return (design?.repositories ?? []).map((r) => {
    const out: ImportedRepositorySummary = { id: r.id, lifecycleRules: r.lifecycleRules?.length ?? 0 };
    if (r.repositoryName !== undefined) out.repositoryName = r.repositoryName;
    return out;
  });
}

export function summarizeImport(result: ImportResult): ImportSummary {
  const counts: Record<ImportSeverity, number> = { error: 0, warning: 0, info: 0 };
  const byResource = new Map<string | undefined, ImportProblem[]>();
  byResource.set(undefined, []);
  for (const p of result.problems) {
    counts[p.severity]++;
    const list = byResource.get(p.resource);
    if (list) list.push(p);
    else byResource.set(p.resource, [p]);
  }
  const groups: ImportProblemGroup[] = [];
  for (const [resource, problems] of byResource) {
    if (problems.length === 0) continue;
    groups.push({ resource, title: resource === undefined ? 'The document' : resource, problems });
  }
  const canApply = result.design !== undefined && counts.error === 0;
  const firstError = result.problems.find((p) => p.severity === 'error');
  const format = result.format === 'yaml' ? 'YAML' : result.format === 'json' ? 'JSON' : undefined;
  return {
    recognised: result.kind === undefined ? undefined : `${IMPORT_KINDS[result.kind]}${format ? `, read as ${format}` : ''}`,
    canApply,
    error: canApply ? undefined : firstError ? formatImportProblem(firstError) : 'Nothing could be imported from this text.',
    repositories: repositoriesOf(result.design),
    groups,
    counts,
  };
}

/** What the dialog's two ways of applying an import do. */
export const IMPORT_APPLY_MODES = {
  replace: 'Replace the current design with the imported one (Undo brings it back).',
  add: 'Add the imported repositories to the current design; ids that clash get a number, and the stack name stays.',
} as const;

/**
 * A file larger than any import can be is refused before it is read (reading a huge file would
 * itself freeze the page); the message names the file and both sizes.
 */
export function importFileSizeProblem(fileName: string, bytes: number): string | undefined {
  if (bytes <= MAX_IMPORT_JSON_BYTES) return undefined;
  return `${fileName} has ${bytes} bytes; an import is at most ${MAX_IMPORT_JSON_BYTES} bytes. Nothing was read.`;
}

/**
 * A paste larger than any import can be is refused before it reaches the text field (a browser
 * lays out a 50 MB text area slowly enough to freeze the page); the field keeps what it had.
 */
export function importPasteSizeProblem(text: string): string | undefined {
  const bytes = utf8Length(text, MAX_IMPORT_JSON_BYTES);
  if (bytes <= MAX_IMPORT_JSON_BYTES) return undefined;
  const count = text.length > MAX_IMPORT_JSON_BYTES ? `at least ${bytes}` : String(bytes);
  return `The pasted text has ${count} bytes; an import is at most ${MAX_IMPORT_JSON_BYTES} bytes. It was not pasted.`;
}
