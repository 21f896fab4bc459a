/**
 * The small code writer every renderer shares: lines with indentation, blank-line handling and
 * string-literal quoting per language. Renderers describe structure; this file owns whitespace and
 * escaping, so a quoting bug is fixed once for every target.
 */

export class CodeWriter {
  private readonly lines: string[] = [];
  private level = 0;

  constructor(private readonly indentUnit = '  ') {}

  /** Writes one line at the current indentation (an empty call writes an empty line). */
  line(text = ''): this {
    this.lines.push(text === '' ? '' : this.indentUnit.repeat(this.level) + text);
    return this;
  }

  /** Writes a blank line unless the previous line is already blank or nothing was written. */
  blank(): this {
    const last = this.lines[this.lines.length - 1];
    if (this.lines.length > 0 && last !== '') this.lines.push('');
    return this;
  }

  indent(): this {
    this.level++;
    return this;
  }

  dedent(): this {
    if (this.level === 0) throw new Error('CodeWriter: dedent below zero');
    this.level--;
    return this;
  }

  /** `open` line, indented body, `close` line. */
  block(open: string, body: () => void, close: string): this {
    this.line(open);
    this.indent();
    body();
    this.dedent();
    return this.line(close);
  }

  /** The text written so far, ending with exactly one newline. */
  toString(): string {
    const end = this.lines.length;
    let last = end;
    while (last > 0 && this.lines[last - 1] === '') last--;
    return this.lines.slice(0, last).join('\n') + '\n';
  }
}

function hex(code: number, width: number): string {
  return code.toString(16).toUpperCase().padStart(width, '0');
}

/**
 * A JavaScript/TypeScript single-quoted string literal. Printable non-ASCII stays literal (files
 * are UTF-8); quotes, backslashes, control characters, line and paragraph separators and lone
 * surrogates are escaped so the literal evaluates to exactly `value`.
 */
export function tsString(value: string): string {
  let out = "'";
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const ch = value[i] as string;
    if (ch === "'") out += "\\'";
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + hex(c, 2);
    else if (c === 0x2028 || c === 0x2029) out += '\\u' + hex(c, 4);
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += ch + (value[i + 1] as string);
        i++;
      } else out += '\\u' + hex(c, 4);
    } else if (c >= 0xdc00 && c <= 0xdfff) out += '\\u' + hex(c, 4);
    else out += ch;
  }
  return out + "'";
}

/** A number literal that evaluates to `value` (finite numbers only). */
export function tsNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  if (Object.is(value, -0)) return '-0';
  return String(value);
}

/** Replaces lone surrogates by U+FFFD (what a UTF-8 file, and Terraform, can hold). */
export function wellFormed(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += value.slice(i, i + 2);
        i++;
      } else out += '\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) out += '\ufffd';
    else out += value[i] as string;
  }
  return out;
}

/**
 * The string Terraform holds for `value`: HCL cannot write lone surrogates (they become U+FFFD
 * here), and Terraform normalizes every string to Unicode NFC (cty.StringVal).
 */
export function terraformStringValue(value: string): string {
  return wellFormed(value).normalize('NFC');
}

/** A part of an HCL template: literal text, or an expression interpolated as `${expr}`. */
export type HclTemplatePart = string | { expr: string };

/** Escapes literal text for an HCL quoted template: `\`, `"`, control characters, `${` and `%{`. */
function hclQuotedLiteral(text: string): string {
  let out = '';
  const s = wellFormed(text);
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const c = s.charCodeAt(i);
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    // Line separators stay escaped: editors and `terraform fmt` treat them as line breaks.
    else if (c < 0x20 || c === 0x7f || c === 0x85 || c === 0x2028 || c === 0x2029) out += '\\u' + hex(c, 4);
    else if ((ch === '$' || ch === '%') && s[i + 1] === '{') out += ch + ch;
    else out += ch;
  }
  return out;
}

/**
 * Literal text before an interpolation must not end with `$`: `$${` would read as an escaped `${`.
 * Such a `$` is written as the interpolation `${"$"}`.
 */
function hclTemplateBody(parts: readonly HclTemplatePart[], literal: (text: string) => string): string {
  let out = '';
  parts.forEach((part, i) => {
    if (typeof part !== 'string') {
      out += '${' + part.expr + '}';
      return;
    }
    const next = parts[i + 1];
    if (part.endsWith('$') && next !== undefined && typeof next !== 'string') out += literal(part.slice(0, -1)) + '${"$"}';
    else out += literal(part);
  });
  return out;
}

/**
 * An HCL quoted string literal whose value is exactly `value` (after Terraform's NFC
 * normalization, see `terraformStringValue`): `${` and `%{` are escaped as `$${` and `%%{`.
 */
export function hclString(value: string): string {
  return '"' + hclTemplateBody([value], hclQuotedLiteral) + '"';
}

/** An HCL quoted template: literal parts escaped as in `hclString`, expressions interpolated. */
export function hclTemplate(parts: readonly HclTemplatePart[]): string {
  return '"' + hclTemplateBody(parts, hclQuotedLiteral) + '"';
}

/** Heredoc literal text: no raw control characters; `${` and `%{` escaped. */
function heredocLiteral(text: string): string {
  const s = wellFormed(text);
  // oxlint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u0009\u000b-\u001f\u007f]/.test(s)) throw new Error('hclHeredocLines: raw control character');
  return s.replace(/([$%])\{/g, '$1$1{');
}

/**
 * The lines of an HCL heredoc template (`<<-EOT` ... `EOT`) holding `parts`, for text without line
 * breaks other than `\n` between lines (JSON from JSON.stringify). Heredocs do not process backslash
 * escapes; only `${` and `%{` are escaped. Throws when the text contains a raw control character
 * or a line equal to the delimiter (callers pass JSON, which has neither).
 */
export function hclHeredocLines(parts: readonly HclTemplatePart[], delimiter = 'EOT'): string[] {
  const lines = hclTemplateBody(parts, heredocLiteral).split('\n');
  if (lines.some((l) => l.trim() === delimiter)) throw new Error('hclHeredocLines: a line equals the delimiter');
  return lines;
}

/**
 * A POSIX shell word (single-quoted) whose value is exactly `value`: inside single quotes nothing is
 * special, and a `'` is written `'\''`. A NUL byte cannot be passed in an argument: it throws.
 */
export function shellQuote(value: string): string {
  if (value.includes('\u0000')) throw new Error('shellQuote: a shell argument cannot contain NUL');
  if (/^[A-Za-z0-9_.,:/=@%+-]+$/.test(value)) return value;
  return "'" + value.replace(/'/g, "'\\''") + "'";
}

/** A part of a shell word: literal text, or the value of a shell variable. */
export type ShellWordPart = string | { variable: string };

/** One shell word made of single-quoted literal text and double-quoted variable expansions ("$NAME"). */
export function shellWord(parts: readonly ShellWordPart[]): string {
  let out = '';
  let literal = '';
  const flush = () => {
    if (literal === '') return;
    if (literal.includes('\u0000')) throw new Error('shellWord: a shell argument cannot contain NUL');
    out += "'" + literal.replace(/'/g, "'\\''") + "'";
    literal = '';
  };
  for (const part of parts) {
    if (typeof part === 'string') {
      literal += part;
      continue;
    }
    flush();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(part.variable)) throw new Error(`shellWord: bad variable name ${part.variable}`);
    out += '"${' + part.variable + '}"';
  }
  flush();
  return out === '' ? "''" : out;
}
