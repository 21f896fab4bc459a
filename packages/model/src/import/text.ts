/**
 * Pasted or dropped text -> data: JSON when it parses as JSON, YAML otherwise, with the size and
 * nesting limits checked before any parser runs. Never throws.
 */
import { MAX_DESIGN_BYTES } from '../parse.ts';
import { locateJsonError } from '../json-error.ts';
import { MAX_NESTING, depthExceeds, jsonNestingExceeds, utf8Length } from '../text-limits.ts';
import type { ImportProblem } from './problems.ts';
import { readYaml } from './yaml.ts';

/** JSON imports: the size limit of design files. */
export const MAX_IMPORT_JSON_BYTES = MAX_DESIGN_BYTES;
/**
 * YAML imports: CloudFormation's own limit for a template (1 MB, from S3). The yaml parser is far
 * slower than JSON.parse, so this also keeps the worst case short.
 */
export const MAX_IMPORT_YAML_BYTES = 1024 * 1024;

export type DataFormat = 'json' | 'yaml';

export type ParsedText =
  | { ok: true; value: unknown; format: DataFormat; problems: ImportProblem[] }
  | { ok: false; format?: DataFormat; problems: ImportProblem[] };

function fail(code: string, message: string, extra: Partial<ImportProblem> = {}, format?: DataFormat): ParsedText {
  const out: ParsedText = { ok: false, problems: [{ path: '', severity: 'error', code, message, ...extra }] };
  if (format) out.format = format;
  return out;
}

function tooLarge(bytes: string, limit: number, what: string): ParsedText {
  return fail('ImportTooLarge', `The text has ${bytes} bytes; ${what} is at most ${limit} bytes.`);
}

/** Parses the text of an import: JSON first, then YAML (a superset that CloudFormation also reads). */
export function parseImportText(input: string): ParsedText {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const bytes = utf8Length(text, MAX_IMPORT_JSON_BYTES);
  if (bytes > MAX_IMPORT_JSON_BYTES) {
    return tooLarge(text.length > MAX_IMPORT_JSON_BYTES ? `at least ${bytes}` : String(bytes), MAX_IMPORT_JSON_BYTES, 'an import');
  }
  if (text.trim() === '') return fail('ImportEmpty', 'The text is empty.');

  const looksLikeJson = /^\s*[[{"]/.test(text);
  if (looksLikeJson && jsonNestingExceeds(text, MAX_NESTING)) {
    return fail('ImportTooDeep', `The document nests deeper than ${MAX_NESTING} levels.`, {}, 'json');
  }
  let jsonError: ImportProblem | undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (depthExceeds(value, MAX_NESTING)) return fail('ImportTooDeep', `The document nests deeper than ${MAX_NESTING} levels.`, {}, 'json');
    return { ok: true, value, format: 'json', problems: [] };
  } catch (e) {
    const where = locateJsonError(text);
    jsonError = where
      ? { path: '', severity: 'error', code: 'InvalidJson', message: `Not valid JSON at line ${where.line}, column ${where.column}: ${where.message}.`, line: where.line, column: where.column }
      : { path: '', severity: 'error', code: 'InvalidJson', message: `Not valid JSON: ${e instanceof Error ? e.message : String(e)}.` };
  }

  if (bytes > MAX_IMPORT_YAML_BYTES) {
    // Too large for YAML: if it looked like JSON, its JSON error is the useful message.
    if (looksLikeJson) return { ok: false, format: 'json', problems: [jsonError] };
    return tooLarge(String(bytes), MAX_IMPORT_YAML_BYTES, 'a YAML import (CloudFormation\'s own limit for a template)');
  }
  const yaml = readYaml(text, MAX_NESTING);
  if (yaml.ok) {
    if (depthExceeds(yaml.value, MAX_NESTING)) return fail('ImportTooDeep', `The document nests deeper than ${MAX_NESTING} levels.`, {}, 'yaml');
    // JSON with a mistake can still be YAML (`{"a": }` is {a: null}): say so rather than guess silently.
    const notJson: ImportProblem[] = looksLikeJson ? [{ ...jsonError, severity: 'warning', message: `${jsonError.message} It was read as YAML instead.` }] : [];
    return { ok: true, value: yaml.value, format: 'yaml', problems: [...notJson, ...yaml.problems] };
  }
  // Text that starts like JSON is JSON with a mistake more often than YAML: report the JSON error,
  // unless the YAML reader refused it for a reason of its own (size, nesting, aliases).
  if (looksLikeJson && yaml.problem.code === 'InvalidYaml') return { ok: false, format: 'json', problems: [jsonError] };
  return { ok: false, format: 'yaml', problems: [yaml.problem] };
}
