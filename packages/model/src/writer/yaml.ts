/**
 * The text `cdk synth` prints for a template, without depending on a YAML library.
 *
 * Oracle (checked in yaml.test.ts against packages/model/node_modules/aws-cdk, CLI 2.1148.1):
 * the CLI's `serializeStructure(obj, json)` (toolkit-lib `util/serialize.ts`) returns
 * `JSON.stringify(obj, undefined, 2)` for `--json` and otherwise `serialize(obj)` from
 * `util/yaml-cfn.ts`, which is `yaml.stringify(obj, { schema: 'yaml-1.1', lineWidth: 0 })` with the
 * bundled yaml@2.9.1. (Older CLIs used yaml@1.10.2 with `strOptions.fold.lineWidth = 0`; its output
 * differs, e.g. for keys containing `,[]{}`, maps whose values are all null and lone surrogates, so
 * yaml@1 is NOT what this file mirrors.) The CLI writes the string followed by one more "\n".
 *
 * `toYaml` mirrors yaml@2.9.1's block-style stringifier as JSON input reaches it (`dist/stringify/`
 * stringify, stringifyPair, stringifyCollection, stringifyNumber and the string rules of
 * stringifyString: plain, single/double quoted and literal block scalars; with lineWidth 0 nothing
 * is folded to a width and `>` is never chosen). Four corners deliberately differ,
 * because yaml's output there does not read back as the input (see `yaml.test.ts`):
 * - a key `<<` is written quoted; yaml writes it plain, which YAML 1.1 reads as a merge key;
 * - a plain scalar that would start the document with U+FEFF is quoted; a leading BOM is dropped;
 * - a whitespace-only value whose first character after any line breaks is a space is
 *   double-quoted: as yaml writes it, a literal block, it loses that space on reading;
 * - in folded double-quoted text, a space after a line break that is itself followed by a line
 *   break is escaped once (`\ `), where yaml writes `\\ ` (a backslash, then a space).
 * (A top-level string written as a block with an indentation indicator matches the CLI but does not
 * read back with yaml's own parser, which counts the indicator from column 0 instead of the
 * spec's -1 at the document root; templates are never top-level strings.)
 * Input is treated as a tree, as `cdk synth` reads it from JSON: yaml would write `&a1`/`*a1` for an
 * object reachable twice, this writes it twice.
 */

export type JsonValue = null | boolean | number | string | readonly JsonValue[] | JsonObject;
/** Properties whose value is `undefined` are left out, as JSON.stringify and yaml both do. */
export type JsonObject = { readonly [key: string]: JsonValue | undefined };

/**
 * `T` when it is JSON data. Unlike `JsonValue` this also admits interface types (such as a
 * template interface), which have no index signature and so are not assignable to `JsonObject`.
 */
export type Json<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends (...args: never[]) => unknown
    ? never
    : T extends readonly (infer E)[]
      ? readonly Json<E>[]
      : T extends object
        ? { readonly [K in keyof T]: Json<T[K]> }
        : never;

/** What `cdk synth --json` prints for a template (before the CLI's trailing newline). */
export function toJson<T>(value: T & Json<T>): string {
  return JSON.stringify(value, undefined, 2);
}

/** What `cdk synth` prints for a template (before the CLI's trailing newline). */
export function toYaml<T>(value: T & Json<T>): string {
  return node(value as JsonValue, '', true) + '\n';
}

const STEP = '  ';

/** Where a scalar is written: its indentation, whether it is a mapping key, whether it starts the document. */
interface Place {
  indent: string;
  key: boolean;
  documentStart: boolean;
}

/**
 * The text of collections, by object and indentation. Templates share the objects of the parts
 * an edit did not touch (see cfn/template.ts), so re-writing a large template after a small edit
 * costs little more than the changed part. Values written must not be mutated afterwards.
 */
const collectionCache = new WeakMap<object, Map<string, string>>();
/** Texts shorter than this are cheaper to write again than to keep. */
const CACHED_TEXT_MIN_LENGTH = 256;

function node(value: JsonValue, indent: string, documentStart: boolean): string {
  if (documentStart || value === null || typeof value !== 'object') return nodeUncached(value, indent, documentStart);
  let byIndent = collectionCache.get(value);
  const cached = byIndent?.get(indent);
  if (cached !== undefined) return cached;
  const text = nodeUncached(value, indent, documentStart);
  if (text.length >= CACHED_TEXT_MIN_LENGTH) {
    if (!byIndent) {
      byIndent = new Map();
      collectionCache.set(value, byIndent);
    }
    byIndent.set(indent, text);
  }
  return text;
}

function nodeUncached(value: JsonValue, indent: string, documentStart: boolean): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    // `- ` is written at the sequence's own indentation; items are indented one step further.
    return value.map((item) => '- ' + node(item, indent + STEP, false)).join('\n' + indent);
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter((e): e is [string, JsonValue] => e[1] !== undefined);
    if (entries.length === 0) return '{}';
    return entries.map(([k, v], i) => pair(k, v, indent, documentStart && i === 0)).join('\n' + indent);
  }
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return numberText(value);
  return stringText(value, { indent, key: false, documentStart });
}

function pair(key: string, value: JsonValue, indent: string, documentStart: boolean): string {
  const inner = indent + STEP;
  const keyText = stringText(key, { indent: inner, key: true, documentStart });
  // YAML limits implicit keys to 1024 characters; longer ones become `? key` / `: value`.
  const explicit = keyText.length > 1024;
  const head = explicit ? `? ${keyText}\n${indent}:` : `${keyText}:`;
  const valueText = node(value, inner, false);
  // A non-empty collection starts on its own line, one step in (sequences included: yaml indents
  // `- ` under a key); scalars, `{}`, `[]` and anything after an explicit key follow on the same line.
  const ownLine = !explicit && typeof value === 'object' && value !== null && valueText !== '[]' && valueText !== '{}';
  return head + (ownLine ? '\n' + inner : ' ') + valueText;
}

/** stringifyNumber: JSON's number text, except that -0 keeps its sign. */
function numberText(value: number): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? '.nan' : value < 0 ? '-.inf' : '.inf';
  return Object.is(value, -0) ? '-0' : String(value);
}

/** C0 controls except tab and line feed, DEL, C1 controls, and surrogates not part of a pair. */
// oxlint-disable-next-line no-control-regex -- finding control characters is the point
const NEEDS_ESCAPE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;

/**
 * Where a plain scalar is not allowed: empty-ish indicators at the start (`-`/`?` alone or before a
 * blank), a leading indicator or blank, `: ` / `:\t` or a line break before a blank, a blank before a
 * line break, ` #`, and a trailing blank, line break or colon.
 */
const PLAIN_FORBIDDEN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;

/** A line starting with `%`, `---` or `...` could be read as a directive or document marker. */
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;

/**
 * Plain scalars the yaml-1.1 schema resolves to something other than a string (null, bool, int in
 * base 2/8/10/16, float, .inf/.nan, sexagesimal int/float, timestamp), so such strings are quoted.
 * These are the schema's own `test` patterns, restated (`<<`, the merge key, is handled apart).
 */
const NOT_A_STRING_IN_YAML_1_1: readonly RegExp[] = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  /^[-+]?0b[0-1_]+$/,
  /^[-+]?0[0-7_]+$/,
  /^[-+]?[0-9][0-9_]*$/,
  /^[-+]?0x[0-9a-fA-F_]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:t|T|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:[ \t]*(?:Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/,
];

/** stringifyString with the default (plain) style, for a value or an implicit key. */
function stringText(value: string, at: Place): string {
  // The yaml-1.1 schema identifies the string `<<` as the merge key and writes it bare; as a value
  // that reads back as "<<", but as a key it would merge (deviation: quote the key).
  if (value === '<<') return at.key ? doubleQuoted(value, at) : value;
  if (NEEDS_ESCAPE.test(value)) return doubleQuoted(value, at);
  const multiLine = value.includes('\n');
  if (at.key && multiLine) return quoted(value, at);
  if (PLAIN_FORBIDDEN.test(value)) return at.key || !multiLine ? quoted(value, at) : blockLiteral(value, at, false);
  if (multiLine) return blockLiteral(value, at, false);
  if (DOCUMENT_MARKER.test(value)) {
    if (at.indent === '') return blockLiteral(value, at, true);
    if (at.key && at.indent === STEP) return quoted(value, at);
  }
  if (NOT_A_STRING_IN_YAML_1_1.some((re) => re.test(value))) return quoted(value, at);
  // A byte order mark is only content when it is not the document's first character (deviation).
  if (at.documentStart && value.startsWith('\uFEFF')) return quoted(value, at);
  return value;
}

/**
 * Single quotes when that avoids escaping a `"`, otherwise double quotes. Single quotes are never
 * used across line breaks (yaml falls back to double quotes for a key with a break, and for a
 * break next to a blank, the only way a value with a break gets here), so no escaping is needed.
 */
function quoted(value: string, at: Place): string {
  const single = value.includes('"') && !value.includes("'") && !value.includes('\n');
  return single ? `'${value}'` : doubleQuoted(value, at);
}

/**
 * JSON's string escapes, with YAML's shorter ones for some control characters. For a value (not a
 * key) whose JSON form has at least 40 characters, a line break that is not the last character is
 * written as real line breaks instead of `\n`: YAML folds one break away, so a run of k breaks
 * becomes k+1, and the next line is indented; a space at the start of that line is escaped so it
 * is not taken for indentation, as is a space just before a line break.
 */
function doubleQuoted(value: string, at: Place): string {
  const indent = at.indent || (DOCUMENT_MARKER.test(value) ? STEP : '');
  const breakLines = !at.key && JSON.stringify(value).length >= 40;
  const last = value.length - 1;
  let out = '"';
  for (let i = 0; i <= last; i++) {
    const ch = value.charAt(i);
    if (ch === ' ' && value.charAt(i + 1) === '\n') {
      out += '\\ ';
    } else if (ch === '\n' && breakLines && i < last) {
      out += '\n\n';
      while (value.charAt(i + 1) === '\n' && i + 1 < last) {
        out += '\n';
        i++;
      }
      out += indent;
      // A space before another break is escaped by the rule above; yaml escapes it twice (deviation).
      if (value.charAt(i + 1) === ' ' && value.charAt(i + 2) !== '\n') out += '\\';
    } else {
      const code = value.charCodeAt(i);
      const next = value.charCodeAt(i + 1);
      if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out += ch + value.charAt(i + 1); // a surrogate pair stays as is
        i++;
      } else {
        out += escapeChar(ch, code);
      }
    }
  }
  return out + '"';
}

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\0': '\\0',
  '\x07': '\\a',
  '\x0b': '\\v',
  '\x1b': '\\e',
};

/** One UTF-16 unit inside double quotes (JSON.stringify's choice, then yaml's \0 \a \v \e \xXX). */
function escapeChar(ch: string, code: number): string {
  const short = SHORT_ESCAPES[ch];
  if (short !== undefined) return short;
  if (code < 0x20) return '\\x' + code.toString(16).padStart(2, '0');
  if (code >= 0xd800 && code <= 0xdfff) return '\\u' + code.toString(16); // unpaired surrogate
  return ch; // DEL, C1 controls, U+2028/9 and everything else are written raw, as JSON does
}

/**
 * A literal block scalar (`|`). Chomping follows the trailing blanks: none of them a line break
 * strips (`-`), exactly one final break clips (no indicator), more keeps (`+`). If the first
 * content line would start with a space, an indentation indicator (2, or 1 at the document root
 * whose parent indentation is -1) stops the reader from taking that space for indentation.
 * A value ending in a break followed by blanks cannot be a block and is quoted instead.
 */
function blockLiteral(value: string, at: Place, forceIndent: boolean): string {
  if (/\n[\t ]+$/.test(value)) return quoted(value, at);
  // yaml looks for that leading space only after setting the trailing blanks aside, so for a
  // whitespace-only value it writes no indicator and the space is lost on reading. Quote it instead
  // (deviation; an indicator would not help: yaml's reader drops blank-only block lines' blanks).
  if (/^\n* [\t \n]*$/.test(value)) return quoted(value, at);
  const indent = at.indent || (forceIndent || DOCUMENT_MARKER.test(value) ? STEP : '');
  const body = value.replace(/[\n\t ]+$/, '');
  let end = value.slice(body.length);
  const firstBreak = end.indexOf('\n');
  const chomp = firstBreak === -1 ? '-' : body === '' || firstBreak !== end.length - 1 ? '+' : '';
  if (end.endsWith('\n')) end = end.slice(0, -1);
  const startsWithSpace = /^\n* /.test(body);
  const header = '|' + (startsWithSpace ? (indent ? '2' : '1') : '') + chomp;
  // Every line of the body is indented; of the trailing lines only those with blanks on them.
  const indentLines = (text: string, pattern: RegExp): string => text.replace(pattern, `$&${indent}`);
  return `${header}\n${indent}${indentLines(body, /\n+/g)}${indentLines(end, /\n+(?!\n|$)/g)}`;
}
