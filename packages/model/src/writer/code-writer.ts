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
