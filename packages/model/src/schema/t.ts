/**
 * A tiny schema toolkit: each schema value is at once
 *  - a structural checker that reports every problem with its path (and never throws),
 *  - a JSON Schema fragment (draft 2020-12) for the published design-file schema, and
 *  - through `Infer<S>`, the TypeScript type of the values it accepts.
 * One source for all three keeps the design types, the file checker and the shipped
 * JSON Schema from drifting apart.
 *
 * Structural checks only cover the shape of the data (JSON types, enums, required and
 * unknown keys). Domain rules (lengths, patterns, CDK's own checks) live in `validate/`,
 * where they get CDK's codes and wording.
 */
import { type Diagnostic, type Path, formatPath } from '../diagnostics.ts';

export type JsonSchema = { [key: string]: unknown };

export interface Schema<T> {
  /** JSON Schema for this value. */
  readonly json: JsonSchema;
  /** Checks `value`; pushes one diagnostic per problem to `out`. Returns true when the shape is right. */
  check(value: unknown, path: Path, out: Diagnostic[]): value is T;
  /** Phantom field carrying the TypeScript type. */
  readonly _type?: T;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

interface Doc {
  description?: string;
  /** Shown in the JSON Schema only: the CDK default, for editors that display it. */
  default?: unknown;
  examples?: unknown[];
}

function withDoc(json: JsonSchema, doc: Doc | undefined): JsonSchema {
  if (!doc) return json;
  const out: JsonSchema = { ...json };
  if (doc.description !== undefined) out['description'] = doc.description;
  if (doc.default !== undefined) out['default'] = doc.default;
  if (doc.examples !== undefined) out['examples'] = doc.examples;
  return out;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
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

function typeError(path: Path, expected: string, value: unknown, out: Diagnostic[]): false {
  out.push({
    path: formatPath(path),
    severity: 'error',
    code: 'SchemaWrongType',
    message: `Expected ${expected}, got ${typeName(value)}.`,
    source: 'schema',
  });
  return false;
}

export function string(doc?: Doc): Schema<string> {
  return {
    json: withDoc({ type: 'string' }, doc),
    check: (v, path, out): v is string => typeof v === 'string' || typeError(path, 'a string', v, out),
  };
}

export function boolean(doc?: Doc): Schema<boolean> {
  return {
    json: withDoc({ type: 'boolean' }, doc),
    check: (v, path, out): v is boolean => typeof v === 'boolean' || typeError(path, 'a boolean (true or false)', v, out),
  };
}

/** A finite JSON number. Integer-ness and ranges are domain rules (see validate/). */
export function number(doc?: Doc): Schema<number> {
  return {
    json: withDoc({ type: 'number' }, doc),
    check: (v, path, out): v is number =>
      (typeof v === 'number' && Number.isFinite(v)) || typeError(path, 'a number', v, out),
  };
}

export function literal<const L extends string | number | boolean>(value: L, doc?: Doc): Schema<L> {
  return {
    json: withDoc({ const: value }, doc),
    check: (v, path, out): v is L => {
      if (v === value) return true;
      out.push({
        path: formatPath(path),
        severity: 'error',
        code: 'SchemaWrongValue',
        message: `Expected ${JSON.stringify(value)}, got ${typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? JSON.stringify(v) : typeName(v)}.`,
        source: 'schema',
      });
      return false;
    },
  };
}

/** A string enum; `members` maps each value to a one-line explanation (used in docs and the UI). */
export function enumOf<const E extends string>(members: Record<E, string>, doc?: Doc): Schema<E> & { members: Record<E, string>; values: E[] } {
  const values = Object.keys(members) as E[];
  return {
    members,
    values,
    json: withDoc({ type: 'string', enum: values }, doc),
    check: (v, path, out): v is E => {
      if (typeof v === 'string' && (values as string[]).includes(v)) return true;
      out.push({
        path: formatPath(path),
        severity: 'error',
        code: 'SchemaUnknownEnumValue',
        message: `Expected one of ${values.join(', ')}, got ${typeof v === 'string' ? JSON.stringify(v) : typeName(v)}.`,
        source: 'schema',
      });
      return false;
    },
  };
}

export function array<T>(item: Schema<T>, doc?: Doc): Schema<T[]> & { item: Schema<T> } {
  return {
    item,
    json: withDoc({ type: 'array', items: item.json }, doc),
    check: (v, path, out): v is T[] => {
      if (!Array.isArray(v)) return typeError(path, 'an array', v, out);
      let ok = true;
      v.forEach((el, i) => {
        if (!item.check(el, [...path, i], out)) ok = false;
      });
      return ok;
    },
  };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An object whose keys are free-form strings (resource tags). */
export function record<T>(value: Schema<T>, doc?: Doc): Schema<Record<string, T>> {
  return {
    json: withDoc({ type: 'object', additionalProperties: value.json }, doc),
    check: (v, path, out): v is Record<string, T> => {
      if (!isPlainObject(v)) return typeError(path, 'an object', v, out);
      let ok = true;
      for (const key of Object.keys(v)) {
        if (!value.check(v[key], [...path, key], out)) ok = false;
      }
      return ok;
    },
  };
}

interface Optional<T> {
  readonly optional: true;
  readonly schema: Schema<T>;
}

/** Marks an object property as optional: absent means "not set" (the CDK default). */
export function optional<T>(schema: Schema<T>): Optional<T> {
  return { optional: true, schema };
}

type Field = Schema<unknown> | Optional<unknown>;
type Fields = Record<string, Field>;

type RequiredKeys<F extends Fields> = { [K in keyof F]: F[K] extends Optional<unknown> ? never : K }[keyof F];
type OptionalKeys<F extends Fields> = { [K in keyof F]: F[K] extends Optional<unknown> ? K : never }[keyof F];
type FieldType<X> = X extends Optional<infer T> ? T : X extends Schema<infer T> ? T : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

export type ObjectOf<F extends Fields> = Simplify<
  { [K in RequiredKeys<F>]: FieldType<F[K]> } & { [K in OptionalKeys<F>]?: FieldType<F[K]> }
>;

function isOptional(f: Field): f is Optional<unknown> {
  return 'optional' in f;
}

export interface ObjectSchema<F extends Fields> extends Schema<ObjectOf<F>> {
  readonly fields: F;
  /** Property names in declaration order: the canonical order of the design file. */
  readonly keys: (keyof F & string)[];
}

/** A closed object: unknown keys are errors, so a typo never silently means "not set". */
export function object<F extends Fields>(fields: F, doc?: Doc & { title?: string }): ObjectSchema<F> {
  const keys = Object.keys(fields) as (keyof F & string)[];
  const required = keys.filter((k) => !isOptional(fields[k] as Field));
  const properties: Record<string, JsonSchema> = {};
  for (const k of keys) {
    const f = fields[k] as Field;
    properties[k] = isOptional(f) ? f.schema.json : f.json;
  }
  const json: JsonSchema = { type: 'object', properties, additionalProperties: false };
  if (required.length) json['required'] = required;
  if (doc?.title) json['title'] = doc.title;
  return {
    fields,
    keys,
    json: withDoc(json, doc),
    check: (v, path, out): v is ObjectOf<F> => {
      if (!isPlainObject(v)) return typeError(path, 'an object', v, out);
      let ok = true;
      for (const key of Object.keys(v)) {
        if (!Object.prototype.hasOwnProperty.call(fields, key)) {
          ok = false;
          out.push({
            path: formatPath([...path, key]),
            severity: 'error',
            code: 'SchemaUnknownProperty',
            message: `Unknown property ${JSON.stringify(key)}. Allowed here: ${keys.join(', ')}.`,
            source: 'schema',
          });
        }
      }
      for (const key of keys) {
        const f = fields[key] as Field;
        const has = Object.prototype.hasOwnProperty.call(v, key);
        if (!has) {
          if (!isOptional(f)) {
            ok = false;
            out.push({
              path: formatPath([...path, key]),
              severity: 'error',
              code: 'SchemaMissingProperty',
              message: `Missing required property ${JSON.stringify(key)}.`,
              source: 'schema',
            });
          }
          continue;
        }
        const schema = isOptional(f) ? f.schema : f;
        if (!schema.check(v[key], [...path, key], out)) ok = false;
      }
      return ok;
    },
  };
}

/** Any JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

function isJsonValue(v: unknown, depth: number): v is JsonValue {
  if (depth > 64) return false;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every((x) => isJsonValue(x, depth + 1));
  if (isPlainObject(v)) return Object.values(v).every((x) => isJsonValue(x, depth + 1));
  return false;
}

/** Free-form JSON (a document the design passes through, such as a condition value). */
export function anyJson(doc?: Doc): Schema<JsonValue> {
  return {
    json: withDoc({}, doc),
    check: (v, path, out): v is JsonValue => isJsonValue(v, 0) || typeError(path, 'a JSON value', v, out),
  };
}

/** A free-form JSON object (its members are checked by the domain rules, not here). */
export function jsonObject(doc?: Doc): Schema<{ [key: string]: JsonValue }> {
  return {
    json: withDoc({ type: 'object' }, doc),
    check: (v, path, out): v is { [key: string]: JsonValue } =>
      (isPlainObject(v) && isJsonValue(v, 0)) || typeError(path, 'a JSON object', v, out),
  };
}

/**
 * One of several object shapes, told apart by the string value of `tag` (a CDK class or method
 * name), e.g. `{ "type": "User", ... }`. Each variant is a closed object schema whose `tag`
 * field is a literal.
 */
export function taggedUnion<const K extends string, V extends Record<string, Schema<object>>>(
  tag: K,
  variants: V,
  doc?: Doc & { title?: string },
): Schema<Infer<V[keyof V]>> & { tag: K; variants: V } {
  const names = Object.keys(variants);
  const json: JsonSchema = { oneOf: names.map((n) => (variants[n] as Schema<object>).json) };
  if (doc?.title) json['title'] = doc.title;
  return {
    tag,
    variants,
    json: withDoc(json, doc),
    check: (v, path, out): v is Infer<V[keyof V]> => {
      if (!isPlainObject(v)) return typeError(path, 'an object', v, out);
      const value = v[tag];
      if (value === undefined) {
        out.push({
          path: formatPath([...path, tag]),
          severity: 'error',
          code: 'SchemaMissingProperty',
          message: `Missing required property ${JSON.stringify(tag)} (one of ${names.join(', ')}).`,
          source: 'schema',
        });
        return false;
      }
      const variant = typeof value === 'string' && Object.prototype.hasOwnProperty.call(variants, value) ? variants[value] : undefined;
      if (!variant) {
        out.push({
          path: formatPath([...path, tag]),
          severity: 'error',
          code: 'SchemaUnknownEnumValue',
          message: `Expected one of ${names.join(', ')}, got ${typeof value === 'string' ? JSON.stringify(value) : typeName(value)}.`,
          source: 'schema',
        });
        return false;
      }
      return variant.check(v, path, out);
    },
  };
}

/** A JSON object whose every member is a list (of any JSON values) or an object of the same kind. */
export type ListTree = { [key: string]: JsonValue[] | ListTree };

function checkListTree(v: unknown, path: Path, out: Diagnostic[], depth: number): v is ListTree {
  if (!isPlainObject(v)) return typeError(path, 'an object', v, out);
  let ok = true;
  for (const [key, member] of Object.entries(v)) {
    const at = [...path, key];
    if (Array.isArray(member)) {
      if (!isJsonValue(member, depth + 1)) ok = typeError(at, 'a list of JSON values', member, out);
    } else if (isPlainObject(member) && depth < 32) {
      if (!checkListTree(member, at, out, depth + 1)) ok = false;
    } else {
      ok = false;
      out.push({
        path: formatPath(at),
        severity: 'error',
        code: 'SchemaWrongType',
        message: `Expected a list of values or an object of fields (event patterns match every field against a list), got ${typeName(member)}.`,
        source: 'schema',
      });
    }
  }
  return ok;
}

/** An object of fields, each a list of values or a nested object of fields (an event pattern's detail). */
export function listTree(doc?: Doc): Schema<ListTree> {
  return {
    json: withDoc({ type: 'object', additionalProperties: { type: ['array', 'object'] } }, doc),
    check: (v, path, out): v is ListTree => checkListTree(v, path, out, 0),
  };
}
