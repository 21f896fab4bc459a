/**
 * Reading literal values out of imported data, with a problem for every value that cannot become
 * a design field: an intrinsic function where the design needs a literal, a wrong type, a value
 * outside an enum. Each reader returns `undefined` after reporting.
 */
import type { Path } from '../diagnostics.ts';
import { intrinsicName } from './intrinsics.ts';
import { type Problems, describeType, isPlainObject, own, preview, setOwn } from './problems.ts';

export class ValueReader {
  constructor(
    readonly problems: Problems,
    /** The resource problems are about (logical ID, repository name). */
    readonly resource?: string,
  ) {}

  /** Reports an intrinsic function and returns true when `value` is one. */
  intrinsic(value: unknown, path: Path, what: string): boolean {
    const name = intrinsicName(value);
    if (name === undefined) return false;
    this.problems.warn(
      'CfnIntrinsicNotSupported',
      path,
      `${what} is computed with ${name} (${preview(value)}); the design needs a literal value, so it is not imported.`,
      this.resource,
    );
    return true;
  }

  wrongType(value: unknown, path: Path, what: string, expected: string): undefined {
    this.problems.warn('ImportWrongType', path, `${what} should be ${expected}, got ${describeType(value)} (${preview(value, 40)}); not imported.`, this.resource);
    return undefined;
  }

  /** A string; numbers and booleans become their text, as CloudFormation converts them. */
  string(value: unknown, path: Path, what: string): string | undefined {
    if (typeof value === 'string') return value;
    if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') return String(value);
    if (this.intrinsic(value, path, what)) return undefined;
    return this.wrongType(value, path, what, 'a string');
  }

  /** A boolean; the strings "true" and "false" too, as CloudFormation reads them. */
  boolean(value: unknown, path: Path, what: string): boolean | undefined {
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
    if (this.intrinsic(value, path, what)) return undefined;
    return this.wrongType(value, path, what, 'true or false');
  }

  /** A finite number; a numeric string too. */
  number(value: unknown, path: Path, what: string): number | undefined {
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
    if (this.intrinsic(value, path, what)) return undefined;
    return this.wrongType(value, path, what, 'a number');
  }

  /** One of `allowed` (compared exactly); reports the others. */
  oneOf<T extends string>(value: unknown, allowed: readonly T[], path: Path, what: string): T | undefined {
    const s = this.string(value, path, what);
    if (s === undefined) return undefined;
    if ((allowed as readonly string[]).includes(s)) return s as T;
    this.problems.warn('ImportUnknownValue', path, `${what} ${JSON.stringify(s)} is not one of ${allowed.join(', ')}; not imported.`, this.resource);
    return undefined;
  }

  /** A list of strings; elements that are not strings are reported and left out. */
  stringList(value: unknown, path: Path, what: string): string[] | undefined {
    if (!Array.isArray(value)) {
      if (this.intrinsic(value, path, what)) return undefined;
      return this.wrongType(value, path, what, 'a list of strings');
    }
    const out: string[] = [];
    value.forEach((item, i) => {
      const s = this.string(item, [...path, i], `${what}[${i}]`);
      if (s !== undefined) out.push(s);
    });
    return out;
  }

  /** An object, or a report. */
  object(value: unknown, path: Path, what: string): Record<string, unknown> | undefined {
    if (isPlainObject(value) && intrinsicName(value) === undefined) return value;
    if (this.intrinsic(value, path, what)) return undefined;
    return this.wrongType(value, path, what, 'an object');
  }

  /** Reports every key of `object` not in `known` (`what` names the object). */
  unknownKeys(object: Record<string, unknown>, known: readonly string[], path: Path, what: string, code = 'ImportUnknownProperty'): void {
    for (const key of Object.keys(object)) {
      if (!known.includes(key)) {
        this.problems.warn(code, [...path, key], `${what} has a property ${JSON.stringify(key)} the design cannot hold (${preview(own(object, key), 60)}); not imported.`, this.resource);
      }
    }
  }
}

const has = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** A copy of `object` with its keys in `order` (keys not listed keep their order, at the end). */
export function orderKeys<T extends object>(object: T, order: readonly string[]): T {
  const out: Record<string, unknown> = {};
  const source = object as Record<string, unknown>;
  for (const key of [...order, ...Object.keys(source)]) {
    if (has(source, key) && !has(out, key) && source[key] !== undefined) setOwn(out, key, source[key]);
  }
  return out as T;
}
