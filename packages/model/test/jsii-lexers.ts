/**
 * Reads the string literals back out of generated Python, Java, C# and Go source: a small lexer per
 * language that skips comments and decodes double-quoted literals by the language's own escape
 * rules (written from the language specifications, independently of src/writer/jsii-strings.ts).
 * The real compilers' parsers check the same files (cdk-languages.test.ts); this reads the values.
 */

export type JsiiLanguage = 'python' | 'java' | 'csharp' | 'go';

const isHex = (s: string) => /^[0-9A-Fa-f]+$/.test(s);

class LiteralError extends Error {}

/** Decodes the body of a literal starting after the opening quote; returns value and end index (after the closing quote). */
function decode(lang: JsiiLanguage, src: string, start: number): { value: string; end: number } {
  let out = '';
  const bytes: number[] = []; // Go: escapes \x and \ooo are bytes
  const flushBytes = () => {
    if (bytes.length) out += new TextDecoder('utf-8').decode(new Uint8Array(bytes.splice(0)));
  };
  let i = start;
  for (;;) {
    if (i >= src.length) throw new LiteralError(`unterminated literal at ${start}`);
    const ch = src[i] as string;
    if (ch === '"') {
      flushBytes();
      return { value: out, end: i + 1 };
    }
    if (ch === '\n' || ch === '\r') throw new LiteralError(`line break in a literal at ${i}`);
    if (ch !== '\\') {
      flushBytes();
      out += ch;
      i++;
      continue;
    }
    const e = src[i + 1] ?? '';
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', '"': '"', b: '\b', f: '\f' };
    if (lang !== 'java') Object.assign(simple, { a: '\u0007', v: '\u000b' });
    if (lang !== 'go') simple["'"] = "'";
    if (lang === 'java') simple['s'] = ' ';
    if (e in simple) {
      flushBytes();
      out += simple[e] as string;
      i += 2;
      continue;
    }
    if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      if (lang === 'java' && e === 'U') throw new LiteralError('\\U in Java');
      let j = i + 2;
      if (lang === 'java') while (src[j] === 'u') j++;
      const digits = src.slice(j, j + n);
      if (digits.length !== n || !isHex(digits)) throw new LiteralError(`bad \\${e} escape at ${i}`);
      const cp = parseInt(digits, 16);
      if (lang === 'go' && cp >= 0xd800 && cp <= 0xdfff) throw new LiteralError('surrogate escape in Go');
      flushBytes();
      out += String.fromCodePoint(cp);
      i = j + n;
      continue;
    }
    if (e === 'x') {
      if (lang === 'java') throw new LiteralError('\\x in Java');
      const m = /^[0-9A-Fa-f]{1,4}/.exec(src.slice(i + 2, i + 2 + (lang === 'csharp' ? 4 : 2)));
      const digits = m?.[0] ?? '';
      if ((lang === 'csharp' && digits.length < 1) || (lang !== 'csharp' && digits.length !== 2)) throw new LiteralError(`bad \\x at ${i}`);
      if (lang === 'go') bytes.push(parseInt(digits, 16));
      else out += String.fromCharCode(parseInt(digits, 16));
      i += 2 + digits.length;
      continue;
    }
    if (/[0-7]/.test(e)) {
      if (lang === 'csharp') {
        if (e !== '0') throw new LiteralError(`bad escape \\${e}`);
        out += '\0';
        i += 2;
        continue;
      }
      const max = lang === 'go' ? 3 : lang === 'java' && e > '3' ? 2 : 3;
      const m = new RegExp(`^[0-7]{1,${max}}`).exec(src.slice(i + 1));
      const digits = m?.[0] ?? '';
      if (lang === 'go' && digits.length !== 3) throw new LiteralError('Go octal escapes have 3 digits');
      const code = parseInt(digits, 8);
      if (lang === 'go') bytes.push(code);
      else {
        flushBytes();
        out += String.fromCharCode(code);
      }
      i += 1 + digits.length;
      continue;
    }
    throw new LiteralError(`unknown escape \\${e} at ${i}`);
  }
}

/**
 * The values of every double-quoted string literal in `source`, in order. Comments are skipped;
 * single-quoted Python strings and Java/C# char literals are not expected in generated code and
 * fail the read.
 */
export function stringLiterals(lang: JsiiLanguage, source: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    if ((lang === 'python' && ch === '#') || (lang !== 'python' && ch === '/' && source[i + 1] === '/')) {
      const nl = source.indexOf('\n', i);
      i = nl < 0 ? source.length : nl;
      continue;
    }
    if (lang !== 'python' && ch === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      if (end < 0) throw new LiteralError('unterminated comment');
      i = end + 2;
      continue;
    }
    if (ch === "'" || ch === '`') throw new LiteralError(`unexpected ${ch} at ${i}: ${source.slice(i, i + 40)}`);
    if (ch === '"') {
      const { value, end } = decode(lang, source, i + 1);
      out.push(value);
      i = end;
      continue;
    }
    i++;
  }
  return out;
}
