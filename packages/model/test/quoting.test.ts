/**
 * The HCL and POSIX shell quoting of the shared code writer, proved with the real readers: the HCL
 * strings through HashiCorp's HCL parser (@cdktf/hcl2json, see terraform-check.ts), the shell words
 * through bash itself (`printf '%s\0'` prints every argument exactly as bash passes it to a command).
 */
import { spawnSync } from 'node:child_process';
import { getExpressionAst } from '@cdktf/hcl2json';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hclHeredocLines, hclString, hclTemplate, shellQuote, shellWord, terraformStringValue, wellFormed } from '../src/writer/code-writer.ts';
import { decodeTemplate, interpolation, parseHcl, terraformHolds } from './terraform-check.ts';

const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.array(fc.constantFrom('$', '%', '{', '}', '${', '%{', '$${', '\\', '"', "'", '\n', '\r', '\t', 'x', 'é', 'e\u0301', '\u0000', '\ud800', '🚀'), { maxLength: 12 }).map((a) => a.join('')),
);

describe('hclString', () => {
  it('writes every string so that HCL reads back what Terraform holds (NFC, no lone surrogates)', async () => {
    const values = fc.sample(nasty, { numRuns: 3000, seed: 7 });
    const file = values.map((v, i) => `a${i} = ${hclString(v)}`).join('\n') + '\n';
    const parsed = (await parseHcl(file)) as Record<string, unknown>;
    const locals = parsed;
    values.forEach((v, i) => {
      expect(decodeTemplate(locals[`a${i}`] as string), JSON.stringify(v)).toBe(terraformHolds(v));
      expect(terraformStringValue(v)).toBe(terraformHolds(v));
    });
  });

  it('escapes interpolation and directive openers and nothing printable else', () => {
    expect(hclString('a${b}%{c}$d%e')).toBe('"a$${b}%%{c}$d%e"');
    expect(hclString('q"\\\n\t\u0001é')).toBe('"q\\"\\\\\\n\\t\\u0001é"');
  });
});

/** HCL quoted-string escapes (the AST gives a literal part as its source text). */
function unescapeSource(src: string): string {
  return src.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))|\$\$\{|%%\{/g, (m, u: string | undefined, U: string | undefined, c: string | undefined) => {
    if (m === '$${') return '${';
    if (m === '%%{') return '%{';
    if (u) return String.fromCharCode(parseInt(u, 16));
    if (U) return String.fromCodePoint(parseInt(U, 16));
    return ({ n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' } as Record<string, string>)[c as string] ?? `<bad escape ${c}>`;
  });
}

/** Evaluates hcl2json's expression AST: literal nodes (their source), nested templates, references. */
function evaluate(node: { type: string; meta: Record<string, unknown>; children: unknown[] }): string {
  if (node.type === 'literalValue') return unescapeSource(String(node.meta['value']));
  if (node.type === 'scopeTraversal') return interpolation(String(node.meta['fullAccessor']));
  if (node.type === 'template' || node.type === 'templateWrap') return (node.children as (typeof node)[]).map(evaluate).join('');
  throw new Error(`unexpected node ${node.type}`);
}

describe('hclTemplate', () => {
  it('interpolates expressions between literal parts, a literal $ before an interpolation included', async () => {
    const parts = fc.sample(fc.array(fc.oneof(nasty, fc.constantFrom({ expr: 'aws_x.y.arn' }, { expr: 'data.aws_partition.current.partition' })), { maxLength: 6 }), { numRuns: 300, seed: 3 });
    parts.push(['a$', { expr: 'aws_x.y.arn' }, '$', { expr: 'aws_x.y.arn' }, '$$']);
    for (const p of parts) {
      const ast = await getExpressionAst('main.tf', hclTemplate(p));
      // Literal sources are not normalized yet: compare with lone surrogates replaced only.
      const expected = p.map((x) => (typeof x === 'string' ? wellFormed(x) : interpolation(x.expr))).join('');
      expect(evaluate(ast as unknown as Parameters<typeof evaluate>[0]), JSON.stringify(p)).toBe(expected);
    }
  });
});

describe('hclHeredocLines', () => {
  it('holds JSON text (no backslash processing), escaping only ${ and %{', async () => {
    const docs = fc.sample(fc.array(nasty, { maxLength: 4 }), { numRuns: 300, seed: 5 });
    const file = docs.map((d, i) => [`h${i} = <<-EOT`, ...hclHeredocLines([JSON.stringify(d, null, 2)]).map((l) => '  ' + l), '  EOT'].join('\n')).join('\n') + '\n';
    const parsed = (await parseHcl(file)) as Record<string, unknown>;
    docs.forEach((d, i) => {
      const text = decodeTemplate(parsed[`h${i}`] as string);
      expect(JSON.parse(text), JSON.stringify(d)).toEqual(JSON.parse(terraformHolds(JSON.stringify(d))));
    });
  });

  it('refuses raw control characters and a line equal to the delimiter', () => {
    expect(() => hclHeredocLines(['a\u0001'])).toThrow();
    expect(() => hclHeredocLines(['x\nEOT\ny'])).toThrow();
  });
});

/** The arguments bash passes for `words`, read back NUL-separated. */
function bashArgs(prelude: string, words: string[]): string[] {
  const r = spawnSync('bash', ['-c', `${prelude}\nprintf '%s\\0' ${words.join(' ')}`], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.split('\0').slice(0, -1);
}
const noNul = (s: string) => !s.includes('\u0000');
const wellFormedUtf8 = (s: string) => terraformHolds(s) === s.normalize('NFC') && !/[\uD800-\uDFFF]/.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));

describe('shellQuote and shellWord', () => {
  it('passes every string (without NUL) to the command exactly', () => {
    const values = fc.sample(nasty.filter(noNul).filter(wellFormedUtf8), { numRuns: 2000, seed: 11 });
    values.push('', "'", "''", "a'b", '$HOME', '`id`', '$(id)', '!', '*', '~', '-n', '--x', ' ', '\n');
    expect(bashArgs('', values.map(shellQuote))).toEqual(values);
  });

  it('splices variables as "$VAR" between literal parts', () => {
    const words = fc.sample(fc.array(fc.oneof(nasty.filter(noNul).filter(wellFormedUtf8), fc.constant({ variable: 'V_1' })), { maxLength: 5 }), { numRuns: 500, seed: 13 });
    const value = "it's $x \"q\" `id`";
    const expected = words.map((w) => w.map((p) => (typeof p === 'string' ? p : value)).join(''));
    expect(bashArgs(`V_1=${shellQuote(value)}`, words.map(shellWord))).toEqual(expected);
  });

  it('refuses NUL (an argument cannot hold it) and bad variable names', () => {
    expect(() => shellQuote('a\u0000b')).toThrow();
    expect(() => shellWord([{ variable: '1x' }])).toThrow();
  });
});
