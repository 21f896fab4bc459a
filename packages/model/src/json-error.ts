/**
 * Where and why a text is not JSON. JSON.parse's messages differ between engines and often lack a
 * position (V8: "Unexpected token '}', ..."), so this scanner finds the first offending character
 * itself, to report "line L, column C: expected a value" at the exact spot.
 */

export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

const MAX_DEPTH = 10_000;

export function locateJsonError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (message: string): JsonSyntaxError => {
    const before = text.slice(0, i);
    const line = before.split('\n').length;
    return { line, column: i - before.lastIndexOf('\n'), message };
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const describe = () => (i >= text.length ? 'the end of the text' : `'${text[i]}'`);

  // Iterative scan with an explicit stack of open containers.
  const stack: ('{' | '[')[] = [];
  type State = 'value' | 'afterValue' | 'key' | 'firstKeyOrEnd' | 'firstValueOrEnd';
  let state: State = 'value';
  for (;;) {
    ws();
    if (state === 'value' || state === 'firstValueOrEnd') {
      if (state === 'firstValueOrEnd' && text[i] === ']') {
        i++;
        stack.pop();
        state = 'afterValue';
        continue;
      }
      const c = text[i];
      if (c === '{' || c === '[') {
        if (stack.length >= MAX_DEPTH) return fail('nested too deeply');
        stack.push(c);
        i++;
        state = c === '{' ? 'firstKeyOrEnd' : 'firstValueOrEnd';
        continue;
      }
      if (c === '"') {
        const e = scanString();
        if (e) return e;
      } else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
        const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!m) return fail(`expected a number, found ${describe()}`);
        i += m[0].length;
      } else if (text.startsWith('true', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else if (text.startsWith('null', i)) i += 4;
      else return fail(`expected a value, found ${describe()}`);
      state = 'afterValue';
      continue;
    }
    if (state === 'key' || state === 'firstKeyOrEnd') {
      if (state === 'firstKeyOrEnd' && text[i] === '}') {
        i++;
        stack.pop();
        state = 'afterValue';
        continue;
      }
      if (text[i] !== '"') return fail(`expected a property name in double quotes, found ${describe()}`);
      const e = scanString();
      if (e) return e;
      ws();
      if (text[i] !== ':') return fail(`expected ':' after the property name, found ${describe()}`);
      i++;
      state = 'value';
      continue;
    }
    // afterValue
    const top = stack[stack.length - 1];
    if (top === undefined) {
      if (i < text.length) return fail(`unexpected ${describe()} after the end of the document`);
      return undefined;
    }
    if (text[i] === ',') {
      i++;
      state = top === '{' ? 'key' : 'value';
    } else if ((top === '{' && text[i] === '}') || (top === '[' && text[i] === ']')) {
      i++;
      stack.pop();
    } else return fail(`expected ',' or '${top === '{' ? '}' : ']'}', found ${describe()}`);
  }

  function scanString(): JsonSyntaxError | undefined {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c < 0x20) return fail('control character inside a string (newlines must be written \\n)');
      if (c === 0x5c) {
        const n = text[i + 1];
        if (n === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail('invalid \\u escape');
          i += 6;
        } else if (n !== undefined && '"\\/bfnrt'.includes(n)) i += 2;
        else return fail(`invalid escape '\\${n ?? ''}'`);
      } else i++;
    }
    return fail('unterminated string');
  }
}
