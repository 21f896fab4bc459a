/**
 * Which built chunks hold the simulator. Minified chunks do not name their modules, but string
 * literals survive minification: each simulator module (the model's `src/simulate/` and the app's
 * `app/simulate/`) is recognised by its literals of 16 characters or more that no other source file
 * of the app or the model contains. A module is in a chunk when one of its markers is.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const SIMULATOR_DIRS = ['packages/model/src/simulate', 'app/simulate'];
const OTHER_DIRS = ['packages/model/src', 'app'];
const SOURCE = /\.(ts|tsx)$/;
const TEST = /\.test\.tsx?$/;
/** A literal a minifier keeps as written: no quote, backslash or newline, long enough to be telling. */
const PLAIN = /^[^'"`\\\n]{16,}$/;
/** Module specifiers (import paths) are not in the built code. */
const SPECIFIER = /^[\w.@-]*(\/[\w.@-]+)+$/;
/** What precedes a `/` that starts a regular expression rather than a division. */
const BEFORE_REGEX = /(^|[(,=:[!&|?{};+\-*%<>~^]|\b(return|typeof|case|of|in))$/;

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => SOURCE.test(f) && !TEST.test(f))
    .map((f) => join(dir, f));
}

/**
 * The string literals of a TypeScript file and the static parts of its template literals: a small
 * lexer that skips comments and regular expressions (enough for this code base's own sources).
 */
export function literals(code: string): string[] {
  const out: string[] = [];
  let i = 0;
  const readString = (quote: string): void => {
    let text = '';
    i++;
    while (i < code.length && code[i] !== quote) {
      if (code[i] === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else text += code[i++];
    }
    i++;
    out.push(text);
  };
  const readTemplate = (): void => {
    let text = '';
    i++;
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (code[i] === '$' && code[i + 1] === '{') {
        out.push(text);
        text = '';
        i += 2;
        scan('}');
        i++;
      } else text += code[i++];
    }
    i++;
    out.push(text);
  };
  const skipRegex = (): void => {
    let inClass = false;
    i++;
    while (i < code.length && (code[i] !== '/' || inClass)) {
      if (code[i] === '\\') i++;
      else if (code[i] === '[') inClass = true;
      else if (code[i] === ']') inClass = false;
      i++;
    }
    i++;
  };
  const scan = (until?: string): void => {
    let depth = 0;
    while (i < code.length) {
      const c = code[i] as string;
      if (until !== undefined && c === until && depth === 0) return;
      if (c === '{') depth++;
      else if (c === '}') depth--;
      if (c === '/' && code[i + 1] === '/') {
        const end = code.indexOf('\n', i);
        i = end === -1 ? code.length : end;
      } else if (c === '/' && code[i + 1] === '*') i = code.indexOf('*/', i + 2) + 2;
      else if (c === "'" || c === '"') readString(c);
      else if (c === '`') readTemplate();
      else if (c === '/' && BEFORE_REGEX.test(code.slice(Math.max(0, i - 8), i).trimEnd())) skipRegex();
      else i++;
    }
  };
  scan();
  return out.filter((l) => PLAIN.test(l) && !SPECIFIER.test(l));
}

export interface SimulatorModule {
  file: string;
  markers: string[];
}

/** The simulator's modules with their markers (a module without literals of its own has none). */
export function simulatorModules(root = '.'): SimulatorModule[] {
  const own = SIMULATOR_DIRS.flatMap((d) => sources(join(root, d)));
  const ownSet = new Set(own);
  const elsewhere = OTHER_DIRS.flatMap((d) => sources(join(root, d)))
    .filter((f) => !ownSet.has(f))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  return own.map((file) => ({
    file: relative(root, file),
    markers: [...new Set(literals(readFileSync(file, 'utf8')))].filter((l) => !elsewhere.includes(l)),
  }));
}

/** The chunks (file names in `<dist>/assets`) that contain a marker of `module`. */
export function chunksWith(dist: string, module: SimulatorModule): string[] {
  const assets = join(dist, 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .filter((f) => {
      const code = readFileSync(join(assets, f), 'utf8');
      return module.markers.some((m) => code.includes(m));
    });
}
