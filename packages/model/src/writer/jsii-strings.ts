/**
 * String literals of the jsii languages (Python, Java, C#, Go): each function returns a literal
 * that evaluates to exactly `value`. Printable non-ASCII stays literal (the files are UTF-8);
 * everything a lexer could take for the end of the literal or of the line, or refuse in a source
 * file (quotes, backslashes, controls, C1 controls, line and paragraph separators, a BOM, lone
 * surrogates), is escaped. (Kept apart from code-writer.ts, which the Terraform and shell targets
 * extend at the same time.)
 */

function hex(code: number, width: number): string {
  return code.toString(16).toUpperCase().padStart(width, '0');
}

/** Code units that no target writes literally. */
function special(c: number): boolean {
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}

type Escape = (c: number) => string;

function quote(value: string, escapeUnit: Escape, lone: Escape): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const ch = value[i] as string;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (special(c)) out += escapeUnit(c);
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += ch + (value[i + 1] as string);
        i++;
      } else out += lone(c);
    } else if (c >= 0xdc00 && c <= 0xdfff) out += lone(c);
    else out += ch;
  }
  return out + '"';
}

const pyEscape: Escape = (c) => (c <= 0xff ? '\\x' + hex(c, 2) : '\\u' + hex(c, 4));
const uEscape: Escape = (c) => '\\u' + hex(c, 4);

/** A Python double-quoted str literal (Python strings can hold lone surrogates: `\udXXX`). */
export function pyString(value: string): string {
  return quote(value, pyEscape, pyEscape);
}

/**
 * A Java string literal. Java turns `\uXXXX` into characters before it lexes, so a `\u000A` in a
 * literal would end the line: controls are written as octal escapes, which are lexed inside the
 * literal. Other escapes (U+2028, U+FEFF, lone surrogates) may use `\uXXXX`.
 */
export function javaString(value: string): string {
  const literal = quote(
    value,
    (c) => (c <= 0xff ? '\\' + c.toString(8).padStart(3, '0') : '\\u' + hex(c, 4)),
    (c) => '\\u' + hex(c, 4),
  );
  // javac (17) misreads a backslash right after a high-surrogate `\uD8xx` escape (it looks for the
  // low half there): such a backslash is written in octal, `\134`.
  return literal.replace(/(\\uD[89AB][0-9A-F]{2})\\\\/g, '$1\\134');
}

/** A C# regular string literal (`\uXXXX` for controls and lone surrogates; never the variable-length `\x`). */
export function csString(value: string): string {
  return quote(value, uEscape, uEscape);
}

/**
 * A Go interpreted string literal. Go strings are UTF-8 bytes, and jsii passes strings to the
 * JavaScript runtime as UTF-8: a lone surrogate cannot be represented and becomes U+FFFD (what
 * Go's own conversion of invalid UTF-8 gives).
 */
export function goString(value: string): string {
  return quote(
    value,
    (c) => (c < 0x80 ? '\\x' + hex(c, 2) : '\\u' + hex(c, 4)),
    () => '\uFFFD',
  );
}

/** The string a Go program holds for `value` (lone surrogates replaced by U+FFFD). */
export function goStringValue(value: string): string {
  return value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\uFFFD');
}
