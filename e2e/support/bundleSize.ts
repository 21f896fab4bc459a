/**
 * What the browser must download before the form is interactive: the entry script of dist/index.html
 * and every chunk it imports statically (transitively); dynamic import() chunks are lazy and left out.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface BundleReport {
  initial: ChunkSize[];
  initialGzip: number;
  lazy: ChunkSize[];
  monaco: ChunkSize[];
  monacoGzip: number;
  /** The chunks that contain Monaco's code (by `MONACO_MARKERS`), and those of them in `initial`. */
  withMonaco: string[];
  initialWithMonaco: string[];
}

/**
 * Literals only Monaco's editor core contains, which survive minification: a CSS class it puts on
 * every editor and the prefix of its command ids.
 */
export const MONACO_MARKERS = ['monaco-editor-background', 'editor.action.'];

const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([\w.-]+\.js)["']/g;

function size(dist: string, file: string): ChunkSize {
  const content = readFileSync(join(dist, 'assets', file));
  return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

function sum(list: ChunkSize[]): number {
  return list.reduce((total, chunk) => total + chunk.gzip, 0);
}

export function measureBundle(dist: string): BundleReport {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /<script type="module" crossorigin src="\/assets\/([\w.-]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error('No entry script in dist/index.html');
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, 'assets', file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(m[1] as string);
  }
  const all = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const initial = [...seen].map((f) => size(dist, f));
  const lazy = all.filter((f) => !seen.has(f)).map((f) => size(dist, f));
  // Monaco: the lazy editor chunk (with its CSS), the language chunks and the editor worker.
  const monaco = readdirSync(join(dist, 'assets'))
    .filter((f) => /^(CodeView|editor\.worker|yaml|typescript)-.*\.(js|css)$/.test(f))
    .map((f) => size(dist, f));
  const withMonaco = all.filter((f) => {
    const code = readFileSync(join(dist, 'assets', f), 'utf8');
    return MONACO_MARKERS.every((marker) => code.includes(marker));
  });
  return { initial, initialGzip: sum(initial), lazy, monaco, monacoGzip: sum(monaco), withMonaco, initialWithMonaco: withMonaco.filter((f) => seen.has(f)) };
}
