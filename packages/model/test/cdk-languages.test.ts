/**
 * CDK in Python, Java, C# and Go (issue 7).
 *
 * 1. The language-neutral program (src/targets/cdk-program.ts) is complete: TypeScript printed
 *    from it is the same program as `renderCdkStack`'s (after esbuild reprints both, which drops
 *    whitespace, comments and types), for the golden corpus and random designs. The oracle proves
 *    `renderCdkStack` against aws-cdk-lib, so the four printers start from a proven program.
 * 2. Every output parses with the language's real parser, run once per language over all files:
 *    `python3 -W error` compile() (invalid escapes are errors), javac's parser (JavacTask.parse,
 *    test/tools/JavaParse.java; no CDK jars here, so no type checking), `gofmt -e` (Debian
 *    golang-go) and tree-sitter-c-sharp (no ERROR or MISSING node). Over the corpus, random designs
 *    (valid and any-mistake) and designs whose every text is hostile.
 * 3. The string literals read back (test/jsii-lexers.ts) are exactly the strings of the program.
 * Parsers catch syntax and escaping mistakes; they cannot catch a wrong member name, a wrong type
 * or a missing import (nothing here compiles against the CDK): the jsii-rosetta comparison
 * (rosetta.test.ts) checks the names against aws-cdk-lib's assembly.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { Language, Parser, type Node as TsNode } from 'web-tree-sitter';
import { type Design, type JsonValue, getTarget, renderCdkStack } from '../src/index.ts';
import { type Expr, buildCdkProgram } from '../src/targets/cdk-program.ts';
import { printTypeScriptProgram } from '../src/targets/cdk-program-ts.ts';
import { goStringValue } from '../src/writer/jsii-strings.ts';
import { corpus } from './corpus.ts';
import { anyDesignArb, validDesignArb } from './arbitraries.ts';
import { type JsiiLanguage, stringLiterals } from './jsii-lexers.ts';

const LANGS: { lang: JsiiLanguage; target: string; ext: string }[] = [
  { lang: 'python', target: 'cdk-python', ext: 'py' },
  { lang: 'java', target: 'cdk-java', ext: 'java' },
  { lang: 'csharp', target: 'cdk-csharp', ext: 'cs' },
  { lang: 'go', target: 'cdk-go', ext: 'go' },
];

const RANDOM = Number(process.env['ORACLE_RANDOM_RUNS'] ?? 40);
const sample = (arb: fc.Arbitrary<Design>, n: number, seed: number) => fc.sample(arb, { numRuns: n, seed });

/** Characters and sequences each language's lexer treats specially. */
const HOSTILE = [
  "it's",
  '"double"',
  'back\\slash\\',
  '\\u0041 \\n \\x41 \\101 not escapes',
  'line\nbreak',
  'crlf\r\nend',
  'tab\there',
  '*/ end of comment /*',
  '// line comment',
  '# hash',
  '${x} %{y} {0} {{z}}',
  'ünïcödé 日本語 🚀 עברית',
  '\u2028\u2029\u0085',
  '\u0000nul\u0007bell\u001b\u007f',
  '\ud800 lone high',
  'lone low \udc00',
  '\ufeffbom',
  '"""triple',
  '\\',
  '"',
];

/** Keys whose strings are enum members, discriminators or references kept as they are. */
const KEEP = new Set(['type', 'method', 'token', 'storageClass', 'targetStorageClass', 'action', 'imageTagMutability', 'encryption', 'removalPolicy', 'tagStatus', 'effect']);

/** `design` with every text replaced by hostile strings (equal strings stay equal, so references hold). */
function hostile(design: Design, offset: number): Design {
  const map = new Map<string, string>();
  const swap = (s: string) => {
    let r = map.get(s);
    if (r === undefined) {
      r = `${HOSTILE[(map.size + offset) % HOSTILE.length] as string}${map.size}`;
      map.set(s, r);
    }
    return r;
  };
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') return KEEP.has(key) ? v : swap(v);
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [key === 'tags' || key === 'conditions' || key === 'detail' ? swap(k) : k, walk(x, k)]));
    }
    return v;
  };
  return { ...(walk(design, '') as Design), version: 1 };
}

const corpusDesigns = corpus.map((c) => c.design);
const randomValid = sample(validDesignArb, RANDOM, 7);
const randomAny = sample(anyDesignArb, RANDOM, 11);
const hostileDesigns = [...corpusDesigns, ...randomValid].map((d, i) => hostile(d, i));
const ALL: { name: string; design: Design }[] = [
  ...corpus.map((c) => ({ name: `corpus: ${c.name}`, design: c.design })),
  ...randomValid.map((design, i) => ({ name: `valid #${i}`, design })),
  ...randomAny.map((design, i) => ({ name: `any #${i}`, design })),
  ...hostileDesigns.map((design, i) => ({ name: `hostile #${i}`, design })),
];

const casts = (s: string) => [...s.matchAll(/ as ([a-z]+\.Cfn[A-Za-z]+)\)/g)].map((m) => m[1]);

/** esbuild's reprint of TypeScript: the program without whitespace, comments or types. */
function canonical(ts: string): string {
  return transformSync(ts, { loader: 'ts', format: 'esm', target: 'es2022', minifyWhitespace: true }).code;
}

describe('the CDK program is complete: TypeScript printed from it is the program renderCdkStack writes', () => {
  it('for every golden design', () => {
    for (const c of corpus) expect(canonical(printTypeScriptProgram(c.design)), c.name).toBe(canonical(renderCdkStack(c.design)));
  });
  it('for random designs (valid and with any mistake)', () => {
    fc.assert(
      fc.property(fc.oneof(validDesignArb, anyDesignArb), (design) => {
        expect(canonical(printTypeScriptProgram(design))).toBe(canonical(renderCdkStack(design)));
      }),
      { numRuns: RANDOM * 2 },
    );
  });
  it('and the casts esbuild drops name the same L1 types', () => {
    for (const c of corpus) {
      expect(casts(printTypeScriptProgram(c.design)), c.name).toEqual(casts(renderCdkStack(c.design)));
    }
  });
});

/** Every string a program passes to CDK, in statement order (what the literals must read back as). */
function programStrings(design: Design): string[] {
  const out: string[] = [];
  const json = (v: JsonValue): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(json);
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        out.push(k);
        json(x);
      }
  };
  const visit = (e: Expr): void => {
    if (e.k === 'string') out.push(e.value);
    else if (e.k === 'json') json(e.value);
    else if (e.k === 'jsonText') out.push(JSON.stringify(e.value));
    else if (e.k === 'new' || e.k === 'static') e.args.forEach(visit);
    else if (e.k === 'call') {
      visit(e.target);
      e.args.forEach(visit);
    } else if (e.k === 'prop') visit(e.target);
    else if (e.k === 'struct') e.fields.forEach(([, f]) => visit(f));
    else if (e.k === 'list') e.items.forEach(visit);
  };
  const program = buildCdkProgram(design);
  if (program.description !== undefined) out.push(program.description);
  for (const s of program.statements) if (s.k === 'const' || s.k === 'expr' || s.k === 'setL1') visit(s.value);
  return out;
}

describe('string literals read back exactly', () => {
  for (const { lang, target } of LANGS) {
    it(`${target}: the literals of the stack are the program's strings (plus the stack's own)`, () => {
      const render = getTarget(target)?.render;
      expect(render).toBeDefined();
      for (const { name, design } of ALL) {
        const literals = stringLiterals(lang, (render as (d: Design) => string)(design));
        let wanted = programStrings(design);
        if (lang === 'go') wanted = wanted.map(goStringValue);
        // Each string of the program appears, in order, among the literals (which also hold the
        // description key in Python and import paths and the stack id in Go).
        let at = 0;
        for (const s of wanted) {
          const found = literals.indexOf(s, at);
          expect(found, `${name}: ${JSON.stringify(s)} not found after literal ${at}`).toBeGreaterThanOrEqual(0);
          at = found + 1;
        }
      }
    });
  }
});

const dir = mkdtempSync(join(tmpdir(), 'cdk-langs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes every design's output for a language into its own folder; returns the paths by design name. */
function writeAll(target: string, ext: string): Map<string, string> {
  const render = getTarget(target)?.render as (d: Design) => string;
  const base = join(dir, target);
  mkdirSync(base, { recursive: true });
  const files = new Map<string, string>();
  ALL.forEach(({ name, design }, i) => {
    // Java wants the file named after its public class; Go wants one package per folder.
    const sub = join(base, `d${i}`);
    mkdirSync(sub);
    const file = join(sub, ext === 'java' ? (getTarget(target)?.fileName(design) as string) : `stack.${ext}`);
    writeFileSync(file, render(design));
    files.set(file, name);
    // The project's other files of the language (app.py, the Java App class, Program.cs).
    for (const [path, content] of Object.entries(getTarget(target)?.project?.files(design) ?? {})) {
      const fileName = path.split('/').at(-1) as string;
      if (!fileName.endsWith(`.${ext}`) || content === render(design) || content === '') continue;
      writeFileSync(join(sub, fileName), content);
      files.set(join(sub, fileName), `${name} (${fileName})`);
    }
  });
  return files;
}

/** Whether a command exists (gofmt comes from Debian's golang-go, which .ci/run installs). */
const hasTool = (cmd: string) => spawnSync(cmd, ['--help'], { encoding: 'utf8' }).error === undefined;

describe('every output parses with the real parser of its language', () => {
  it('Python: compile() of every file with warnings as errors', () => {
    const files = writeAll('cdk-python', 'py');
    const script =
      'import sys\nfor f in sys.argv[1:]:\n  try:\n    with open(f, encoding="utf-8") as fh:\n      compile(fh.read(), f, "exec")\n  except Exception as e:\n    print(f, type(e).__name__, e)\n';
    const out = execFileSync('python3', ['-W', 'error', '-c', script, ...files.keys()], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(out.split('\n').filter(Boolean)).toEqual([]);
  });

  it('Java: javac parses every file', () => {
    const files = writeAll('cdk-java', 'java');
    const helper = join(import.meta.dirname, 'tools', 'JavaParse.java');
    const out = execFileSync('java', [helper, ...files.keys()], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(out.split('\n').filter(Boolean)).toEqual([]);
  });

  it.skipIf(!hasTool('gofmt'))('Go: gofmt -e parses every file', () => {
    const files = writeAll('cdk-go', 'go');
    const r = spawnSync('gofmt', ['-e', '-l', join(dir, 'cdk-go')], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([]);
    expect(files.size).toBe(ALL.length);
  });

  it('C#: tree-sitter-c-sharp finds no ERROR or MISSING node', async () => {
    const files = writeAll('cdk-csharp', 'cs');
    await Parser.init();
    const wasm = createRequire(import.meta.url).resolve('tree-sitter-c-sharp/tree-sitter-c_sharp.wasm');
    const parser = new Parser();
    parser.setLanguage(await Language.load(wasm));
    const problems: string[] = [];
    for (const [file, name] of files) {
      const tree = parser.parse(readFileSync(file, 'utf8'));
      if (!tree) throw new Error('no tree');
      const bad: string[] = [];
      const walk = (n: TsNode) => {
        if (n.isError || n.isMissing) bad.push(`${n.type} at ${n.startPosition.row + 1}:${n.startPosition.column + 1}`);
        for (const c of n.children) if (c) walk(c);
      };
      if (tree.rootNode.hasError) walk(tree.rootNode);
      if (bad.length) problems.push(`${name}: ${bad.slice(0, 3).join(', ')}`);
    }
    expect(problems).toEqual([]);
    expect(files.size).toBe(ALL.length * 2);
  });

  it('the checks can fail: each parser rejects a broken file', async () => {
    const broken = join(dir, 'broken');
    mkdirSync(broken, { recursive: true });
    writeFileSync(join(broken, 'a.py'), 'x = "a\\q"\n');
    const py = execFileSync('python3', ['-W', 'error', '-c', 'import sys\ntry:\n  compile(open(sys.argv[1]).read(), "a", "exec")\nexcept SyntaxError as e:\n  print("bad", e)', join(broken, 'a.py')], {
      encoding: 'utf8',
    });
    expect(py).toMatch(/bad/);
    writeFileSync(join(broken, 'A.java'), 'class A { String s = "\\u000a"; }\n');
    expect(execFileSync('java', [join(import.meta.dirname, 'tools', 'JavaParse.java'), join(broken, 'A.java')], { encoding: 'utf8' })).toMatch(/A\.java:1/);
    if (hasTool('gofmt')) {
      writeFileSync(join(broken, 'a.go'), 'package main\nvar s = "\\ud800"\n');
      expect(spawnSync('gofmt', ['-e', '-l', join(broken, 'a.go')], { encoding: 'utf8' }).stderr).toMatch(/escape/);
    }
    await Parser.init();
    const parser = new Parser();
    parser.setLanguage(await Language.load(createRequire(import.meta.url).resolve('tree-sitter-c-sharp/tree-sitter-c_sharp.wasm')));
    expect(parser.parse('class A { string s = "a\nb"; }')?.rootNode.hasError).toBe(true);
  });
});
