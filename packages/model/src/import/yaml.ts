/**
 * Reading YAML that nobody here wrote, safely, with the `yaml` package (2.9.1) configured for
 * CloudFormation and bounded at every step:
 *
 * 1. The lexer runs first and stops at {@link YAML_LIMITS}: more tokens than a 1 MiB template
 *    plausibly has, flow collections (`[[[[`) or compact block collections (`- - - -`) nested
 *    deeper than the nesting limit. The yaml parser and composer are slow (and the composer
 *    recursive) on such shapes, so they never see them.
 * 2. The parser builds the concrete syntax tree; its nesting depth is measured without recursion
 *    (indentation-nested blocks) before anything recursive runs.
 * 3. The composer uses the YAML 1.1 schema CloudFormation documents, without the tags it does not
 *    support (binary, omap, pairs, set, timestamp, merge keys: so `2012-10-17` stays a string),
 *    with CloudFormation's short-form intrinsics (`!Ref`, `!GetAtt`, `!Sub`, ...) as custom tags,
 *    and without yaml's quadratic duplicate-key check (duplicates are reported here instead).
 * 4. The document is turned into plain JSON data by our own walk, not yaml's `toJS`: keys such as
 *    `__proto__` or `constructor` become own data properties (never a prototype), aliases are
 *    expanded with a budget (an alias bomb stops at {@link YAML_LIMITS.aliasValues} values, a
 *    recursive alias is refused), the result is a tree (no shared objects) and no deeper than the
 *    nesting limit.
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html (YAML 1.1,
 *   without the binary, omap, pairs, set and timestamp tags, aliases and hash merges)
 */
import {
  CST,
  type CollectionTag,
  Composer,
  type Document,
  Lexer,
  type Node,
  Parser,
  type ScalarTag,
  type Tags,
  isAlias,
  isMap,
  isScalar,
  isSeq,
} from 'yaml';
import { type Path, formatPath } from '../diagnostics.ts';
import { SHORT_FORM_KEYS, longForm } from './intrinsics.ts';
import { type ImportProblem, setOwn } from './problems.ts';

export const YAML_LIMITS = {
  /**
   * Lexer tokens: a 1 MiB CloudFormation template has about 300,000. Parsing time grows with the
   * token count, so this also bounds the time a hostile document of tiny values can take.
   */
  tokens: 400_000,
  /** Values produced by expanding aliases (a "billion laughs" document needs billions). */
  aliasValues: 10_000,
} as const;

export type YamlRead = { ok: true; value: unknown; problems: ImportProblem[] } | { ok: false; problem: ImportProblem };

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

function problemAt(text: string, offset: number | undefined, severity: 'error' | 'warning', code: string, message: string): ImportProblem {
  const p: ImportProblem = { path: '', severity, code, message };
  if (offset !== undefined) {
    const { line, column } = lineColumn(text, offset);
    p.line = line;
    p.column = column;
    p.message = `${message} (line ${line}, column ${column})`;
  }
  return p;
}

const UNSUPPORTED_TAGS = new Set(
  ['binary', 'merge', 'omap', 'pairs', 'set', 'timestamp'].map((n) => `tag:yaml.org,2002:${n}`),
);

/** Each short form as a scalar, sequence and mapping tag; the walk below turns them into long forms. */
const cfnTags: (ScalarTag | CollectionTag)[] = [...SHORT_FORM_KEYS.keys()].flatMap((tag): (ScalarTag | CollectionTag)[] => [
  { tag, default: false, resolve: (value: string) => value },
  { tag, default: false, collection: 'seq', resolve: (value) => value },
  { tag, default: false, collection: 'map', resolve: (value) => value },
]);

const composerOptions = {
  schema: 'yaml-1.1',
  customTags: (tags: Tags): Tags => [...tags.filter((t) => typeof t === 'string' || !UNSUPPORTED_TAGS.has(t.tag)), ...cfnTags],
  merge: false,
  resolveKnownTags: false,
  uniqueKeys: false,
  strict: true,
  prettyErrors: false,
  logLevel: 'silent',
} as const;

class Refused extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly offset?: number,
  ) {
    super(message);
  }
}

/** Step 1: the lexer, with early stops. */
function prescan(text: string, maxDepth: number): void {
  let tokens = 0;
  let flow = 0;
  let indicators = 0;
  let offset = 0;
  let scalarNext = false;
  for (const token of new Lexer().lex(text)) {
    if (++tokens > YAML_LIMITS.tokens) {
      throw new Refused('YamlTooComplex', `The YAML has more than ${YAML_LIMITS.tokens} tokens; that is not a template or policy ECR Designer imports`);
    }
    const start = offset;
    offset += token.length;
    if (scalarNext) {
      scalarNext = false;
      continue;
    }
    switch (CST.tokenType(token)) {
      case 'scalar':
        scalarNext = true;
        break;
      case 'flow-seq-start':
      case 'flow-map-start':
        if (++flow > maxDepth) throw tooDeep(maxDepth, start);
        break;
      case 'flow-seq-end':
      case 'flow-map-end':
        if (flow > 0) flow--;
        break;
      case 'newline':
        indicators = 0;
        break;
      case 'seq-item-ind':
      case 'explicit-key-ind':
      case 'map-value-ind':
        if (++indicators > maxDepth) throw tooDeep(maxDepth, start);
        break;
      default:
        break;
    }
  }
}

function tooDeep(maxDepth: number, offset?: number): Refused {
  return new Refused('ImportTooDeep', `The document nests deeper than ${maxDepth} levels`, offset);
}

/** Step 2: the nesting depth of the syntax tree, without recursion. */
function checkSyntaxDepth(tokens: readonly CST.Token[], maxDepth: number): void {
  const stack: [CST.Token, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop() as [CST.Token, number];
    if (token.type === 'document') {
      if (token.value) stack.push([token.value, depth]);
      continue;
    }
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      const d = depth + 1;
      if (d >= maxDepth) throw tooDeep(maxDepth, token.offset);
      for (const item of token.items) {
        if (item.key) stack.push([item.key, d]);
        if (item.value) stack.push([item.value, d]);
      }
    }
  }
}

type YamlNode = Node | null;

/** Step 4: the document as plain data. */
class Converter {
  private readonly aliasTargets = new Map<Node, Node>();
  private readonly active = new Set<Node>();
  private aliasDepth = 0;
  private aliasValues = 0;
  readonly problems: ImportProblem[] = [];

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  /** Resolves each alias to the anchor defined last before it, in document order (YAML 1.2 §3.2.2.2). */
  indexAnchors(root: YamlNode): void {
    const anchors = new Map<string, Node>();
    const visit = (node: YamlNode): void => {
      if (!node) return;
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (!target) throw new Refused('YamlUnknownAlias', `The alias *${node.source} has no anchor before it`, node.range?.[0]);
        this.aliasTargets.set(node, target);
        return;
      }
      if (node.anchor) anchors.set(node.anchor, node);
      if (isMap(node)) {
        for (const pair of node.items) {
          visit(pair.key as YamlNode);
          visit(pair.value as YamlNode);
        }
      } else if (isSeq(node)) {
        for (const item of node.items) visit(item as YamlNode);
      }
    };
    visit(root);
  }

  convert(node: YamlNode, path: Path): unknown {
    if (path.length + 1 > this.maxDepth) throw tooDeep(this.maxDepth, node?.range?.[0]);
    if (this.aliasDepth > 0 && ++this.aliasValues > YAML_LIMITS.aliasValues) {
      throw new Refused(
        'YamlAliasLimit',
        `The YAML aliases expand to more than ${YAML_LIMITS.aliasValues} values (an alias bomb?); CloudFormation does not support aliases at all`,
        node?.range?.[0],
      );
    }
    if (node === null) return null;
    if (isAlias(node)) {
      const target = this.aliasTargets.get(node);
      if (!target) throw new Refused('YamlUnknownAlias', `The alias *${node.source} has no anchor before it`, node.range?.[0]);
      if (this.active.has(target)) {
        throw new Refused('YamlRecursiveAlias', `The alias *${node.source} refers to a value that contains it`, node.range?.[0]);
      }
      this.aliasDepth++;
      try {
        return this.convert(target, path);
      } finally {
        this.aliasDepth--;
      }
    }
    this.active.add(node);
    try {
      const value = this.convertUntagged(node, path);
      const tag = node.tag;
      if (tag !== undefined) {
        const long = longForm(tag, value);
        if (long) {
          const out: Record<string, unknown> = {};
          setOwn(out, long.key, long.value);
          return out;
        }
      }
      return value;
    } finally {
      this.active.delete(node);
    }
  }

  private convertUntagged(node: Node, path: Path): unknown {
    if (isScalar(node)) {
      const v: unknown = node.value;
      if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
      // Anything else (a tag resolved to an object) is read as its text.
      return typeof node.source === 'string' ? node.source : String(v);
    }
    if (isSeq(node)) return node.items.map((item, i) => this.convert(item as YamlNode, [...path, i]));
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = this.keyText(pair.key as YamlNode);
        if (seen.has(key)) {
          const offset = (pair.key as YamlNode)?.range?.[0];
          this.problems.push(
            problemAt(this.text, offset, 'warning', 'YamlDuplicateKey', `${formatPath([...path, key])} is given more than once; the last value is used, as CloudFormation does`),
          );
        }
        seen.add(key);
        setOwn(out, key, this.convert(pair.value as YamlNode, [...path, key]));
      }
      return out;
    }
    return null;
  }

  private keyText(key: YamlNode): string {
    if (key === null) return '';
    if (isScalar(key)) {
      if (typeof key.value === 'string') return key.value;
      // A plain key such as 1, true or null is the text as written, as in JSON.
      return typeof key.source === 'string' ? key.source : String(key.value);
    }
    throw new Refused('YamlComplexKey', 'Mapping keys must be plain text, not lists, mappings or aliases', key.range?.[0]);
  }
}

/** Parses YAML text (one document) into plain data; see the file comment for every bound. */
export function readYaml(text: string, maxDepth: number): YamlRead {
  try {
    prescan(text, maxDepth);
    const tokens = [...new Parser().parse(text)];
    checkSyntaxDepth(tokens, maxDepth);
    const docs: Document.Parsed[] = [...new Composer(composerOptions).compose(tokens)];
    if (docs.length === 0) return { ok: false, problem: problemAt(text, undefined, 'error', 'ImportEmpty', 'The text is empty') };
    for (const doc of docs) {
      const error = doc.errors[0];
      if (error) return { ok: false, problem: problemAt(text, error.pos[0], 'error', 'InvalidYaml', `Not valid YAML: ${firstLine(error.message)}`) };
    }
    if (docs.length > 1) {
      return {
        ok: false,
        problem: problemAt(text, docs[1]?.range[0], 'error', 'YamlMultipleDocuments', `The text holds ${docs.length} YAML documents; import one at a time`),
      };
    }
    const doc = docs[0] as Document.Parsed;
    const converter = new Converter(text, maxDepth);
    const problems: ImportProblem[] = doc.warnings.map((w) => {
      const tag = /^Unresolved tag: (.*)$/.exec(firstLine(w.message))?.[1];
      return tag !== undefined
        ? problemAt(text, w.pos[0], 'warning', 'YamlUnsupportedTag', `The YAML tag ${tag.replace(/^tag:yaml\.org,2002:/, '!!')} is not supported (nor by CloudFormation); the value is read as if untagged`)
        : problemAt(text, w.pos[0], 'warning', 'YamlWarning', firstLine(w.message));
    });
    converter.indexAnchors(doc.contents);
    const value = converter.convert(doc.contents, []);
    return { ok: true, value, problems: [...problems, ...converter.problems] };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, problem: problemAt(text, e.offset, 'error', e.code, e.message) };
    if (e instanceof RangeError) return { ok: false, problem: problemAt(text, undefined, 'error', 'ImportTooDeep', 'The YAML is too deeply nested to read') };
    throw e;
  }
}

function firstLine(message: string): string {
  const nl = message.indexOf('\n');
  return (nl === -1 ? message : message.slice(0, nl)).replace(/ at line \d+, column \d+:?$/, '').trim();
}
