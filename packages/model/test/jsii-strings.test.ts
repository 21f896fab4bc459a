/**
 * The string literals of src/writer/jsii-strings.ts evaluate to exactly the string they were made
 * from: read back by the spec-derived lexers (jsii-lexers.ts) for many random strings, and
 * evaluated by the real Python, Java and Go runtimes for a batch (one process per language). C#
 * has no runtime on this machine: its literals are read by the lexer and parsed by tree-sitter in
 * cdk-languages.test.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { csString, goString, goStringValue, javaString, pyString } from '../src/writer/jsii-strings.ts';
import { type JsiiLanguage, stringLiterals } from './jsii-lexers.ts';

const SPECIAL = ['"', "'", '\\', '\n', '\r', '\t', '\0', '\u0007', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029', '\ufeff', '\ud800', '\udc00', '${', '*/', '/*', '//', '#', '\\u0041', '\\x41', '\\101', 'é', '日', '🚀'];

/** Strings made of any UTF-16 code units (lone surrogates included) and of the characters lexers treat specially. */
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 20 }),
  fc.array(fc.constantFrom(...SPECIAL), { maxLength: 8 }).map((a) => a.join('')),
);

const ENCODERS: Record<JsiiLanguage, (s: string) => string> = { python: pyString, java: javaString, csharp: csString, go: goString };
/** What the language's string holds (Go: UTF-8, lone surrogates become U+FFFD). */
const VALUE: Record<JsiiLanguage, (s: string) => string> = { python: (s) => s, java: (s) => s, csharp: (s) => s, go: goStringValue };

describe('every literal reads back as its string', () => {
  for (const lang of ['python', 'java', 'csharp', 'go'] as const) {
    it(`${lang}: one literal, on one line, decoding to the string`, () => {
      fc.assert(
        fc.property(anyString, (s) => {
          const literal = ENCODERS[lang](s);
          expect(literal).not.toMatch(/[\n\r\u2028\u2029\u0085]/);
          expect(stringLiterals(lang, `x = ${literal} ${lang === 'python' ? '#' : '//'} ${literal}`)).toEqual([VALUE[lang](s)]);
        }),
        { numRuns: 2000 },
      );
    });
  }
  it('Java never writes \\u escapes for controls (javac turns them into raw characters before lexing)', () => {
    expect(javaString('a\nb\u0000c"')).toBe('"a\\nb\\000c\\""');
    expect(javaString('\u0001\u001f\u007f\u0085')).toBe('"\\001\\037\\177\\205"');
  });
  it('Java writes a backslash after a high-surrogate escape in octal (javac 17 misreads it otherwise)', () => {
    expect(javaString('\ud800\\u0041')).toBe('"\\uD800\\134u0041"');
  });
  it('Go replaces lone surrogates, which a UTF-8 Go string cannot hold', () => {
    expect(goString('a\ud800b')).toBe('"a\ufffdb"');
    expect(goString('🚀')).toBe('"🚀"');
  });
});

const dir = mkdtempSync(join(tmpdir(), 'jsii-strings-'));
afterAll(() => { if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true }); });

const batch = [...SPECIAL, SPECIAL.join(''), ...fc.sample(anyString, { numRuns: 300, seed: 42 })];
/** Code units as hex, which every runtime prints the same way. */
const units = (s: string) => [...Array(s.length).keys()].map((i) => s.charCodeAt(i).toString(16)).join(' ');
const hasTool = (cmd: string) => spawnSync(cmd, ['--help'], { encoding: 'utf8' }).error === undefined;

describe('the real runtimes evaluate the literals to the strings', () => {
  it('Python', () => {
    const file = join(dir, 'strings.py');
    writeFileSync(file, `S = [\n${batch.map((s) => `    ${pyString(s)},`).join('\n')}\n]\nfor s in S:\n    print(" ".join("%x" % u for u in memoryview(s.encode("utf-16-le", "surrogatepass")).cast("H")))\n`);
    const out = execFileSync('python3', ['-W', 'error', file], { encoding: 'utf8', maxBuffer: 1 << 24 });
    expect(out.split('\n').slice(0, -1)).toEqual(batch.map(units));
  });

  it('Java', () => {
    const file = join(dir, 'Strings.java');
    writeFileSync(
      file,
      `public class Strings {\n  public static void main(String[] a) {\n    String[] s = {\n${batch.map((s) => `      ${javaString(s)},`).join('\n')}\n    };\n` +
        '    for (String x : s) {\n      StringBuilder b = new StringBuilder();\n      for (int i = 0; i < x.length(); i++) { if (i > 0) b.append(\' \'); b.append(Integer.toHexString(x.charAt(i))); }\n      System.out.println(b);\n    }\n  }\n}\n',
    );
    const out = execFileSync('java', ['-Dfile.encoding=UTF-8', file], { encoding: 'utf8', maxBuffer: 1 << 24 });
    expect(out.split('\n').slice(0, -1)).toEqual(batch.map(units));
  });

  it.skipIf(!hasTool('go'))('Go', () => {
    const file = join(dir, 'strings.go');
    writeFileSync(
      file,
      `package main\n\nimport (\n\t"fmt"\n\t"strings"\n\t"unicode/utf16"\n)\n\nvar s = []string{\n${batch.map((s) => `\t${goString(s)},`).join('\n')}\n}\n\n` +
        'func main() {\n\tfor _, x := range s {\n\t\tparts := []string{}\n\t\tfor _, u := range utf16.Encode([]rune(x)) {\n\t\t\tparts = append(parts, fmt.Sprintf("%x", u))\n\t\t}\n\t\tfmt.Println(strings.Join(parts, " "))\n\t}\n}\n',
    );
    const out = execFileSync('go', ['run', file], { encoding: 'utf8', maxBuffer: 1 << 24, env: { ...process.env, GOCACHE: join(dir, 'gocache'), GO111MODULE: 'off', GOFLAGS: '' } });
    expect(out.split('\n').slice(0, -1)).toEqual(batch.map((s) => units(goStringValue(s))));
  });
});
