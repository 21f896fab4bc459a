/**
 * Importing what users already have: one entry point, `importText`, for pasted or dropped text.
 * It reads JSON or YAML (import/text.ts, bounded), recognises what the data is and hands it to the
 * importer for that kind:
 *
 * | kind                    | recognised by                                   | importer                     |
 * | ----------------------- | ----------------------------------------------- | ---------------------------- |
 * | `cloudformation`        | `Resources` or `AWSTemplateFormatVersion`        | cloudformation.ts            |
 * | `design`                | `version` with `stackName` or `repositories`    | `importDesignValue` (below)  |
 * | `get-lifecycle-policy`  | `lifecyclePolicyText`                           | aws-cli.ts                   |
 * | `lifecycle-policy`      | a `rules` list                                  | aws-cli.ts                   |
 * | `describe-repositories` | a `repositories` list (no `version`)            | aws-cli.ts                   |
 *
 * Every result carries `problems`: with an `error` nothing was imported; otherwise `design` is
 * set and the warnings list what it could not hold. The app shows the problems before replacing
 * anything.
 */
import type { Design, LifecycleRule, Repository } from '../design.ts';
import { checkDesignValue } from '../parse.ts';
import { importDescribeRepositories, importGetLifecyclePolicy, importLifecyclePolicy, isPolicyDocument } from './aws-cli.ts';
import { importCloudFormationTemplate } from './cloudformation.ts';
import { IdAllocator } from './ids.ts';
import { type ImportProblem, isPlainObject, own } from './problems.ts';
import { type DataFormat, parseImportText } from './text.ts';

export type ImportKind = 'cloudformation' | 'design' | 'get-lifecycle-policy' | 'lifecycle-policy' | 'describe-repositories';

export const IMPORT_KINDS: Record<ImportKind, string> = {
  cloudformation: 'a CloudFormation template (JSON or YAML)',
  design: 'an ECR Designer design file',
  'get-lifecycle-policy': 'the output of aws ecr get-lifecycle-policy',
  'lifecycle-policy': 'a lifecycle policy (the JSON document with "rules")',
  'describe-repositories': 'the output of aws ecr describe-repositories',
};

export interface ImportOptions {
  /** The stack name of the imported design when the source has none (default `EcrStack`). */
  stackName?: string;
}

export interface ImportResult {
  /** What the text was recognised as; undefined when it could not be read or recognised. */
  kind?: ImportKind;
  format?: DataFormat;
  /** The imported design; undefined when nothing could be imported (an `error` problem says why). */
  design?: Design;
  /** For lifecycle policies: the rules alone, to add to a repository of the current design. */
  lifecycleRules?: LifecycleRule[];
  problems: ImportProblem[];
}

/** What the parsed data is, or undefined. */
export function detectImportKind(value: unknown): ImportKind | undefined {
  if (!isPlainObject(value)) return undefined;
  const has = (key: string) => own(value, key) !== undefined;
  if (has('Resources') || has('AWSTemplateFormatVersion')) return 'cloudformation';
  if (has('version') && (has('stackName') || has('repositories'))) return 'design';
  if (has('lifecyclePolicyText')) return 'get-lifecycle-policy';
  if (isPolicyDocument(value)) return 'lifecycle-policy';
  if (Array.isArray(own(value, 'repositories'))) return 'describe-repositories';
  return undefined;
}

/** A design file (any supported format version): migrated, then checked like a saved design. */
export function importDesignValue(value: unknown): { design?: Design; problems: ImportProblem[] } {
  const result = checkDesignValue(value);
  if (result.design) return { design: result.design, problems: [] };
  return {
    problems: result.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => ({ path: d.path, severity: 'error' as const, code: d.code, message: d.message })),
  };
}

/** Reads, recognises and imports a pasted or dropped text. Never throws. */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
  const parsed = parseImportText(text);
  if (!parsed.ok) return parsed.format ? { format: parsed.format, problems: parsed.problems } : { problems: parsed.problems };
  const kind = detectImportKind(parsed.value);
  if (!kind) {
    const expected = Object.values(IMPORT_KINDS).join(', ');
    return {
      format: parsed.format,
      problems: [
        ...parsed.problems,
        {
          path: '',
          severity: 'error',
          code: 'ImportUnrecognized',
          message: `This ${parsed.format === 'json' ? 'JSON' : 'YAML'} is none of what ECR Designer imports: ${expected}.`,
        },
      ],
    };
  }
  const result = importValue(kind, parsed.value, options);
  const out: ImportResult = { kind, format: parsed.format, problems: [...parsed.problems, ...result.problems] };
  if (result.design) out.design = result.design;
  if (result.lifecycleRules) out.lifecycleRules = result.lifecycleRules;
  return out;
}

/** Imports parsed data of a known kind. */
export function importValue(kind: ImportKind, value: unknown, options: ImportOptions = {}): Omit<ImportResult, 'kind' | 'format'> {
  switch (kind) {
    case 'cloudformation':
      return importCloudFormationTemplate(value, options);
    case 'design':
      return importDesignValue(value);
    case 'get-lifecycle-policy':
      return importGetLifecyclePolicy(value, options);
    case 'lifecycle-policy':
      return importLifecyclePolicy(value, options);
    case 'describe-repositories':
      return importDescribeRepositories(value, options);
  }
}

/**
 * Adds imported repositories to a design ("add" rather than "replace"): construct ids that would
 * clash with the design's (or with the ids of their keys) get a number.
 */
export function addImportedRepositories(design: Design, imported: readonly Repository[]): Design {
  const ids = new IdAllocator(design.repositories.map((r) => r.id));
  return { ...design, repositories: [...design.repositories, ...imported.map((r) => ({ ...r, id: ids.take(r.id) }))] };
}
