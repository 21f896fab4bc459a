/**
 * What an import could not bring over. Every importer returns its result together with a list of
 * problems; nothing in the source is dropped without a problem naming it.
 *
 * - `error`: nothing could be imported (the text is not readable, or not something we import).
 * - `warning`: part of the source is not in the design (a property, an intrinsic function where a
 *   literal is needed, a rule the format cannot express), or will not deploy the same way (a
 *   logical ID that changes).
 * - `info`: something deliberately left out that the generated code brings back by itself (CDK's
 *   bookkeeping resources, read-only facts such as ARNs in `describe-repositories` output).
 */
import { type Path, formatPath } from '../diagnostics.ts';

export type ImportSeverity = 'error' | 'warning' | 'info';

export interface ImportProblem {
  /**
   * Where in the imported document, in the notation of diagnostics
   * (`Resources.Repo.Properties.Tags[0].Value`); '' means the document as a whole.
   */
  path: string;
  /** The resource the problem is about: a CloudFormation logical ID or a repository name. */
  resource?: string;
  severity: ImportSeverity;
  /** Stable code, e.g. `CfnIntrinsicNotSupported`. */
  code: string;
  message: string;
  /** 1-based position in the text, when known (syntax errors, YAML warnings). */
  line?: number;
  column?: number;
}

/** Collects problems for one import; `at` and `resource` scope the ones that follow. */
export class Problems {
  readonly list: ImportProblem[] = [];

  add(severity: ImportSeverity, code: string, path: Path, message: string, resource?: string): void {
    const p: ImportProblem = { path: formatPath(path), severity, code, message };
    if (resource !== undefined) p.resource = resource;
    this.list.push(p);
  }

  warn(code: string, path: Path, message: string, resource?: string): void {
    this.add('warning', code, path, message, resource);
  }

  info(code: string, path: Path, message: string, resource?: string): void {
    this.add('info', code, path, message, resource);
  }

  error(code: string, path: Path, message: string, resource?: string): void {
    this.add('error', code, path, message, resource);
  }

  push(...problems: ImportProblem[]): void {
    this.list.push(...problems);
  }

  get hasErrors(): boolean {
    return this.list.some((p) => p.severity === 'error');
  }
}

/** A short, single-line rendering of a value for messages (JSON, cut at `max` characters). */
export function preview(value: unknown, max = 80): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "a string", "an object", ... for messages about wrong types. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return Number.isFinite(value) ? 'a number' : String(value);
    case 'boolean':
      return 'a boolean';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets an own, enumerable property, also for keys such as `__proto__` (never the prototype). */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Own property lookup: `__proto__`, `constructor`, `toString` and the like are only found when
 * they are data. Every lookup by a key that comes from the imported text goes through this (in
 * the data and in our own tables alike).
 */
export function own<T>(object: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}
