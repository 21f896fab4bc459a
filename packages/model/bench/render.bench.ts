/**
 * Part 1 of `pnpm bench`: the model's renderers (every target of the registry) and validateDesign
 * on the bench designs, against aws-cdk-lib synthesizing the same designs in this process (warm)
 * and in a fresh `node` process running the generated CDK app, plus one real `cdk synth`.
 * Prints one JSON object on stdout (scripts/bench.mjs makes the table).
 *   tsx packages/model/bench/render.bench.ts [--quick]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { transformSync } from 'esbuild';
import { type Design, RenderError, checkDesign, renderCdkTsProject, renderTemplate, targets, validateDesign } from '../src/index.ts';
import { renderCdkProjectFiles } from '../src/targets/cdk-project.ts';
import { synthesizeStack } from '../test/oracle/synth.ts';
import { cdkCliSynth } from '../test/oracle/cli-synth.ts';
import { CDK_INIT_CONTEXT, ORACLE_CONTEXT_OVERRIDES } from '../test/oracle/feature-flags.ts';
import { SIZES, benchDesign } from './designs.ts';
import { type Timing, summarize, time } from './stats.ts';

const here = dirname(fileURLToPath(import.meta.url));
const MODEL_NODE_MODULES = resolve(here, '../node_modules');
const TMP = resolve(here, '../../../bench/tmp/model');
const quick = process.argv.includes('--quick');

export interface SizeResult {
  repositories: number;
  rules: number;
  resources: number;
  templateBytes: number;
  targets: Record<string, Timing | { unavailable: string }>;
  validate: Timing;
  cdkInProcess: Timing;
  cdkFreshNode: Timing;
}

/** Runs the generated app (transpiled like `tsc` would) in a fresh node process, as the CDK CLI would, minus the CLI. */
function freshNodeSynth(files: Record<string, string>, dir: string): number {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, content] of Object.entries(files)) {
    if (!path.endsWith('.ts')) continue;
    const js = transformSync(content, { loader: 'ts', format: 'cjs', target: 'node20' }).code;
    const out = join(dir, path.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, js);
  }
  // CommonJS, as `cdk init` writes it (no "type" in package.json).
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  const bin = Object.keys(files).find((f) => /^bin\/.*\.ts$/.test(f)) as string;
  const outdir = join(dir, 'cdk.out');
  const env = {
    ...process.env,
    NODE_PATH: MODEL_NODE_MODULES,
    CDK_OUTDIR: outdir,
    CDK_CONTEXT_JSON: JSON.stringify({ ...CDK_INIT_CONTEXT, ...ORACLE_CONTEXT_OVERRIDES }),
  };
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(dir, bin.replace(/\.ts$/, '.js'))], { env, encoding: 'utf8' });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`fresh node synth failed (${r.status}): ${r.stderr}`);
  return ms;
}

function main(): void {
  const sizes = quick ? SIZES.filter((s) => s.repositories <= 10) : SIZES;
  const results: SizeResult[] = [];
  for (const size of sizes) {
    const design = benchDesign(size.repositories, size.rules);
    // The designs must be valid and identical to what aws-cdk-lib makes of them, or the ratio means nothing.
    const errors = checkDesign(design).diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) throw new Error(`bench design ${size.repositories}x${size.rules} has errors: ${errors[0]?.code}`);
    const project = renderCdkTsProject(design);
    const synthOnce = () =>
      synthesizeStack({ stackSource: project.stackFile.content, stackClassName: project.stackClassName, stackId: design.stackName });
    const synth = synthOnce();
    if (!synth.ok) throw new Error(`aws-cdk-lib refused bench design ${size.repositories}x${size.rules}: ${synth.error.message}`);
    if (JSON.stringify(synth.template) !== JSON.stringify(renderTemplate(design))) {
      throw new Error(`bench design ${size.repositories}x${size.rules}: the model's template differs from aws-cdk-lib's`);
    }
    const timings: SizeResult['targets'] = {};
    for (const target of targets) {
      const options = target.id === 'lifecycle-json' ? { repository: design.repositories[0]?.id ?? '' } : {};
      try {
        target.render(design, options);
      } catch (e) {
        timings[target.id] = { unavailable: e instanceof RenderError ? e.code : String(e) };
        continue;
      }
      // Every run renders a fresh deep copy: the renderers memoize by object identity, and a
      // keystroke's work is measured in the browser part.
      timings[target.id] = time((d: Design) => target.render(d, options), { budgetMs: quick ? 100 : 400, setup: () => structuredClone(design) });
    }
    const validate = time((d: Design) => validateDesign(d), { budgetMs: quick ? 100 : 400, setup: () => structuredClone(design) });
    const cdkInProcess = time(synthOnce, { minRuns: 3, maxRuns: 50, budgetMs: quick ? 1000 : 3000, warmup: 1 });
    const fresh: number[] = [];
    const files = renderCdkProjectFiles(design);
    const freshRuns = quick ? 1 : size.repositories >= 50 ? 1 : 2;
    for (let i = 0; i < freshRuns; i++) fresh.push(freshNodeSynth(files, join(TMP, `${size.repositories}x${size.rules}`)));
    results.push({
      ...size,
      resources: Object.keys(renderTemplate(design).Resources).length,
      templateBytes: synth.templateText.length,
      targets: timings,
      validate,
      cdkInProcess,
      cdkFreshNode: summarize(fresh),
    });
    process.stderr.write(`model: ${size.repositories} x ${size.rules} done\n`);
  }
  // The real CLI once, on the mid-size design (10 x 20), as a user runs it (validation on).
  let cdkCli: { repositories: number; rules: number; ms: number } | { error: string };
  try {
    const mid = benchDesign(10, 20);
    const out = cdkCliSynth({ files: renderCdkProjectFiles(mid), stackId: mid.stackName, validate: true });
    cdkCli = { repositories: 10, rules: 20, ms: out.ms };
  } catch (e) {
    cdkCli = { error: e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e) };
  }
  rmSync(TMP, { recursive: true, force: true });
  process.stdout.write(JSON.stringify({ sizes: results, cdkCli }) + '\n');
}

main();
