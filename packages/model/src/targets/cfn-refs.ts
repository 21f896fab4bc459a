/**
 * CloudFormation values with their intrinsic functions made explicit, for the targets that are not
 * CloudFormation (Terraform, the AWS CLI). They translate the very template `renderTemplate` makes,
 * so the names, settings and policy documents they deploy are the ones `cdk synth` writes; only the
 * references (`Ref`, `Fn::GetAtt`, `Fn::Join` of those) are expressed in the target's own terms.
 */
import type { Json } from '../cfn/template.ts';

/** What a reference points at: an attribute of a resource of the template, or a pseudo parameter. */
export type CfnRef =
  | { kind: 'resource'; logicalId: string; attribute: 'Ref' | 'Arn' }
  | { kind: 'pseudo'; name: 'AWS::Partition' | 'AWS::AccountId' | 'AWS::Region' | 'AWS::URLSuffix' };

/** A string CloudFormation builds at deploy time: literal text and references, concatenated. */
export class CfnString {
  constructor(readonly parts: readonly (string | CfnRef)[]) {}
}

/** A template value with every intrinsic function replaced by a `CfnString`. */
export type Resolved = string | number | boolean | null | CfnString | Resolved[] | { [key: string]: Resolved };

export class UnsupportedIntrinsic extends Error {}

function isObject(v: unknown): v is { [key: string]: Json } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function stringParts(value: Resolved): (string | CfnRef)[] {
  if (typeof value === 'string') return [value];
  if (value instanceof CfnString) return [...value.parts];
  throw new UnsupportedIntrinsic(`Fn::Join of a non-string value: ${JSON.stringify(value)}`);
}

const PSEUDO = new Set(['AWS::Partition', 'AWS::AccountId', 'AWS::Region', 'AWS::URLSuffix']);

/** Resolves `Ref`, `Fn::GetAtt [id, 'Arn']` and `Fn::Join`; anything else throws `UnsupportedIntrinsic`. */
export function resolveCfn(value: Json): Resolved {
  if (Array.isArray(value)) return value.map(resolveCfn);
  if (!isObject(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const key = keys[0] as string;
    const arg = value[key] as Json;
    if (key === 'Ref' && typeof arg === 'string') {
      if (PSEUDO.has(arg)) return new CfnString([{ kind: 'pseudo', name: arg as 'AWS::Partition' }]);
      if (arg.startsWith('AWS::')) throw new UnsupportedIntrinsic(`Ref ${arg}`);
      return new CfnString([{ kind: 'resource', logicalId: arg, attribute: 'Ref' }]);
    }
    if (key === 'Fn::GetAtt') {
      if (Array.isArray(arg) && arg.length === 2 && typeof arg[0] === 'string' && arg[1] === 'Arn') {
        return new CfnString([{ kind: 'resource', logicalId: arg[0], attribute: 'Arn' }]);
      }
      throw new UnsupportedIntrinsic(`Fn::GetAtt ${JSON.stringify(arg)}`);
    }
    if (key === 'Fn::Join') {
      if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string' || !Array.isArray(arg[1])) {
        throw new UnsupportedIntrinsic(`Fn::Join ${JSON.stringify(arg)}`);
      }
      const separator = arg[0];
      const parts: (string | CfnRef)[] = [];
      arg[1].forEach((item, i) => {
        if (i > 0 && separator !== '') parts.push(separator);
        parts.push(...stringParts(resolveCfn(item)));
      });
      return joinLiterals(parts);
    }
    if (key.startsWith('Fn::')) throw new UnsupportedIntrinsic(key);
  }
  const out: { [key: string]: Resolved } = {};
  for (const k of keys) out[k] = resolveCfn(value[k] as Json);
  return out;
}

function joinLiterals(parts: readonly (string | CfnRef)[]): CfnString | string {
  const out: (string | CfnRef)[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (typeof p === 'string' && typeof last === 'string') out[out.length - 1] = last + p;
    else if (p !== '') out.push(p);
  }
  if (out.every((p) => typeof p === 'string')) return out.join('');
  return new CfnString(out);
}

/**
 * `JSON.stringify(value, null, indent)` of a resolved value (the text of a JSON-typed property: a
 * policy document, an event pattern), with the references as parts. The values references stand for
 * (ARNs, names, account ids) never need JSON escaping.
 */
export function jsonTextParts(value: Resolved, indent = 0): (string | CfnRef)[] {
  const out: (string | CfnRef)[] = [];
  const emit = (p: string | CfnRef) => {
    const last = out[out.length - 1];
    if (typeof p === 'string' && typeof last === 'string') out[out.length - 1] = last + p;
    else out.push(p);
  };
  const pad = (depth: number) => (indent > 0 ? '\n' + ' '.repeat(indent * depth) : '');
  const write = (v: Resolved, depth: number): void => {
    if (v instanceof CfnString) {
      emit('"');
      for (const p of v.parts) emit(typeof p === 'string' ? JSON.stringify(p).slice(1, -1) : p);
      emit('"');
    } else if (Array.isArray(v)) {
      if (v.length === 0) return emit('[]');
      emit('[');
      v.forEach((x, i) => {
        if (i > 0) emit(',');
        emit(pad(depth + 1));
        write(x, depth + 1);
      });
      emit(pad(depth) + ']');
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v);
      if (entries.length === 0) return emit('{}');
      emit('{');
      entries.forEach(([k, x], i) => {
        if (i > 0) emit(',');
        emit(pad(depth + 1) + JSON.stringify(k) + (indent > 0 ? ': ' : ':'));
        write(x, depth + 1);
      });
      emit(pad(depth) + '}');
    } else emit(JSON.stringify(v));
  };
  write(value, 0);
  return out.filter((p) => p !== '');
}

/**
 * A JSON text Terraform and a UTF-8 shell script can carry unchanged: Terraform normalizes strings
 * to NFC, so when a literal part would change under NFC, every non-ASCII character of the JSON is
 * written as a \u escape instead (the same JSON value; the bytes then differ from CloudFormation's).
 */
export function nfcSafeJsonParts(parts: readonly (string | CfnRef)[]): { parts: (string | CfnRef)[]; escaped: boolean } {
  const unstable = parts.some((p) => typeof p === 'string' && (p.normalize('NFC') !== p || /^\p{M}/u.test(p)));
  if (!unstable) return { parts: [...parts], escaped: false };
  return { parts: parts.map((p) => (typeof p === 'string' ? escapeNonAscii(p) : p)), escaped: true };
}

/** Escapes every non-ASCII UTF-16 unit of a JSON text as \uXXXX (valid inside JSON strings, the only place they occur). */
export function escapeNonAscii(json: string): string {
  // oxlint-disable-next-line no-control-regex -- finding control characters is the point
  return json.replace(/[^\u0000-\u007f]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** The resource's `Properties` value for `key`, resolved (undefined when absent). */
export function prop(properties: { [key: string]: Json } | undefined, key: string): Resolved | undefined {
  const v = properties?.[key];
  return v === undefined ? undefined : resolveCfn(v);
}

/**
 * A physical name for a resource CloudFormation would name itself (it generates
 * `<stack>-<logicalId>-<random suffix>`), for targets that need one up front: the stack name and the
 * logical id, reduced to the characters `allowed` admits, at most `max` characters (the logical id
 * is unique in the template, so the names are too).
 */
export function derivedName(stackName: string, logicalId: string, options: { lowerCase: boolean; max: number }): string {
  const clean = (s: string) => {
    const t = options.lowerCase ? s.toLowerCase() : s;
    return t.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  };
  const id = clean(logicalId);
  const stack = clean(stackName).slice(0, Math.max(0, options.max - id.length - 1)).replace(/-+$/, '');
  const name = stack ? `${stack}-${id}` : id;
  return name.slice(0, options.max);
}
