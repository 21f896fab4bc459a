#!/usr/bin/env node
// `pnpm bench`: measures, in one run, the model's renderers against aws-cdk-lib, keystroke latency,
// cold load and memory in Chromium, and the lifecycle simulator; prints a table and writes it as
// markdown to bench/results/<date>-<machine>.md and bench/results/latest.md. Timings are printed,
// never asserted. Options: --quick (small designs, few runs; for trying the script out),
// --skip-build (reuse bench/tmp/dist). The vite preview of the bench listens on BENCH_PORT (4205).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, hostname, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TSX = join(root, 'packages/model/node_modules/.bin/tsx');
const PORT = Number(process.env.BENCH_PORT ?? 4205);
const DIST = 'bench/tmp/dist';
const quick = process.argv.includes('--quick');
const skipBuild = process.argv.includes('--skip-build');
const started = Date.now();

const machine = {
  cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  load: loadavg().map((l) => l.toFixed(2)).join(' '),
  host: hostname(),
};
const log = (s) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${s}\n`);

function run(command, args, what) {
  log(what);
  const r = spawnSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 2 ** 20 });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status})`);
  return r.stdout;
}

const lastJsonLine = (out) => JSON.parse(out.trim().split('\n').at(-1));

async function waitForServer(url, child) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${url}`);
}

// ---- measure --------------------------------------------------------------------------------
const model = lastJsonLine(run(TSX, ['packages/model/bench/render.bench.ts', ...(quick ? ['--quick'] : [])], 'model renderers vs aws-cdk-lib'));
const simulatorOut = run(TSX, ['packages/model/bench/simulate.bench.ts'], 'simulator, 10,000 images x 20 rules');

if (!skipBuild) run('npx', ['--no-install', 'vite', 'build', '--outDir', DIST, '--emptyOutDir'], `vite build -> ${DIST}`);
const url = `http://127.0.0.1:${PORT}`;
const server = spawn('npx', ['--no-install', 'vite', 'preview', '--outDir', DIST, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
  cwd: root,
  stdio: 'ignore',
  detached: true,
});
let browser;
try {
  await waitForServer(url, server);
  const env = { ...process.env, ...(quick ? { BENCH_KEYSTROKES: '40' } : {}) };
  log('Chromium: cold load, keystrokes, heap');
  const r = spawnSync(TSX, ['bench/browser.ts', url, DIST], { cwd: root, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`browser bench failed (exit ${r.status})`);
  browser = lastJsonLine(r.stdout);
} finally {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

// ---- report ---------------------------------------------------------------------------------
const ms = (x) => (x === undefined || Number.isNaN(x) ? '–' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const timing = (t) => (t && 'median' in t ? `${ms(t.median)} / ${ms(t.p95)}` : t ? `n/a (${t.unavailable})` : '–');
const ratio = (ours, theirs) => (ours > 0 ? `${Math.round(theirs / ours).toLocaleString('en-US')}×` : '–');
const kB = (b) => `${(b / 1000).toFixed(1)} kB`;
const targetIds = [...new Set(model.sizes.flatMap((s) => Object.keys(s.targets)))];
const lines = [];
const date = new Date(started).toISOString();
lines.push(`# Benchmark ${date.slice(0, 16).replace('T', ' ')} UTC`, '');
lines.push(
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, Chromium ${browser.chromium}; load average at start ${machine.load} (the machine is shared: read the figures as orders of magnitude).`,
  '',
);
lines.push('## 1. Rendering: the model vs aws-cdk-lib', '');
lines.push(
  'Milliseconds per render of a fresh deep copy of the design (so nothing comes from the renderers\' memo caches; what one keystroke costs is section 2), `median / p95`, on seeded designs (`packages/model/bench/designs.ts`: every repository with grants, a resource policy statement, an event rule to a topic and tags; all valid, and aws-cdk-lib synthesizes each to the byte-identical template). Runs per cell: as many as fit in 400 ms, at least 5, at most 200.',
  '',
);
lines.push(`| repos × rules | resources | ${targetIds.join(' | ')} | validateDesign |`);
lines.push(`| --- | ---: | ${targetIds.map(() => '---:').join(' | ')} | ---: |`);
for (const s of model.sizes) {
  lines.push(`| ${s.repositories} × ${s.rules} | ${s.resources} | ${targetIds.map((id) => timing(s.targets[id])).join(' | ')} | ${timing(s.validate)} |`);
}
lines.push('');
lines.push(
  'The same designs synthesized by aws-cdk-lib 2.276.0: in this process, warm (the oracle harness, `synthesizeStack`; at least 3 runs, up to 3 s), and in a fresh `node` process running the generated app (transpiled once with esbuild; what `cdk synth` runs, without the CLI; built-in CloudFormation validation on, as a user gets it; 2 runs, 1 for 50 repositories). Ratio: their median / our CloudFormation YAML median.',
  '',
);
lines.push('| repos × rules | template | ours: cfn-yaml | aws-cdk-lib warm | ratio | fresh node | ratio |');
lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const s of model.sizes) {
  const ours = s.targets['cfn-yaml']?.median;
  lines.push(
    `| ${s.repositories} × ${s.rules} | ${kB(s.templateBytes)} | ${ms(ours)} | ${timing(s.cdkInProcess)} | ${ratio(ours, s.cdkInProcess.median)} | ${ms(s.cdkFreshNode.median)} (${s.cdkFreshNode.runs}) | ${ratio(ours, s.cdkFreshNode.median)} |`,
  );
}
lines.push('');
lines.push(
  'error' in model.cdkCli
    ? `Real \`cdk synth\` (CLI): failed: ${model.cdkCli.error}`
    : `Real \`npx cdk synth\` (aws-cdk CLI, tsx, validation on) of the ${model.cdkCli.repositories} × ${model.cdkCli.rules} design, once: ${ms(model.cdkCli.ms)} ms.`,
  '',
);
const p50p95 = (t) => `p50 ${ms(t.median)} ms, p95 ${ms(t.p95)} ms`;
// Event Timing reports only interactions of 16 ms or more; shorter ones are counted as 0.
const below16 = (x) => (x < 16 ? 'under 16 ms' : `${ms(x)} ms`);
const nextPaint = (t) => `p50 ${below16(t.median)}, p95 ${below16(t.p95)}; ${t.over16} of ${t.runs} keystrokes took 16 ms or more`;
const kt = (t) =>
  'skipped' in t
    ? `skipped: ${t.skipped}`
    : `to the preview text ${p50p95(t.preview)}; then React re-rendering the form ${p50p95(t.form)}; to the next frame presented ${nextPaint(t.frame)} (${t.preview.runs} keystrokes${t.preview.missed ? `, ${t.preview.missed} without a preview update within 5 s` : ''})`;
lines.push('## 2. Keystroke to preview (Chromium)', '');
lines.push(
  `Design of 20 repositories × 100 rules; ${browser.keystrokes} characters typed one at a time into the first rule's description (CloudFormation YAML tab). Timed from the keydown event (its timeStamp: waiting for a busy main thread counts) to the preview editor's model holding the new text (budget: p95 < 16 ms), and to the next frame presented (the form re-rendered, style, layout and paint done), as Chromium's Event Timing API measures interactions for INP (in 8 ms steps; it reports only those of 16 ms or more).`,
  '',
);
lines.push(`- preview only: ${kt(browser.typing)}`);
lines.push(`- for scale, the same keystrokes into a bare \`<input>\` on an empty page (no script): next frame presented ${nextPaint(browser.floor)}`);
const simImages = 'images' in browser.typingWithSimulator ? `${browser.typingWithSimulator.images.toLocaleString('en-US')} synthetic images (100 pushes a day on average for 100 days; the rows of its verdict table)` : '10,000 synthetic images';
lines.push(`- with the Simulate view open on ${simImages}, typing into the first rule's amount instead (a digit appended, then removed: every key runs the simulation again; a description does not): ${kt(browser.typingWithSimulator)}`, '');
lines.push('## 3. Cold load (empty cache, vite preview)', '');
lines.push(
  `- JavaScript before the form is interactive: ${kB(browser.cold.initialJsGzip)} gzip in ${browser.cold.initialChunks} chunk(s) (budget 150 kB, enforced by e2e/layout.spec.ts)`,
  `- first interactive form: ${ms(browser.cold.interactiveMs)} ms; first preview text: ${ms(browser.cold.previewMs)} ms (from navigation start)`,
  '',
);
lines.push('## 4. Simulator (`packages/model/bench/simulate.bench.ts`)', '', '```', ...simulatorOut.trim().split('\n'), '```', '');
lines.push('## 5. Memory', '');
lines.push(`- JS heap after loading the ${browser.heap.repositories} × ${browser.heap.rules} design (after GC, CDP Runtime.getHeapUsage): ${browser.heap.usedMB.toFixed(1)} MB used of ${browser.heap.totalMB.toFixed(1)} MB`, '');
lines.push(`Whole bench: ${((Date.now() - started) / 1000).toFixed(0)} s${quick ? ' (--quick)' : ''}.`, '');

const markdown = lines.join('\n');
process.stdout.write(markdown);
const tag = `${machine.host.replace(/[^A-Za-z0-9-]/g, '').slice(0, 12) || 'host'}-${machine.cores}c`;
mkdirSync(join(root, 'bench/results'), { recursive: true });
const file = `bench/results/${date.slice(0, 10)}-${tag}.md`;
writeFileSync(join(root, file), markdown);
writeFileSync(join(root, 'bench/results/latest.md'), markdown);
log(`wrote ${file} and bench/results/latest.md`);
