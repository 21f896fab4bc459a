/**
 * Benchmark of validation per keystroke (not a test; timings are never asserted):
 *   npx tsx packages/model/bench/validate.bench.ts [repositories] [rules] [runs]
 * Defaults: benchDesign(20, 100), 100 runs. Prints the median and p95 of
 *  - validateDesign after a one-field edit (a rule's description) of one repository, made with
 *    structural sharing the way the app's store makes it, the previous design validated before
 *    (warm caches: what a keystroke costs);
 *  - the same for a repository-level field (the repository name) and a stack-level field
 *    (the description);
 *  - validateDesign of a deep copy (cold caches: the first validation of a loaded design),
 *    with its parts (cdkChecks, deployChecks, the resource count) on fresh copies too.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { type Design, type Repository, renderTemplate, validateDesign } from '../src/index.ts';
import { countResourceTypes, resourceTypeCounts } from '../src/cfn/template.ts';
import { jsonTextLength } from '../src/cfn/template-size.ts';
import { cdkChecks } from '../src/validate/cdk-checks.ts';
import { deployChecks } from '../src/validate/deploy-checks.ts';
import { benchDesign } from './designs.ts';
import { summarize, time } from './stats.ts';

const REPOSITORIES = Number(process.argv[2] ?? 20);
const RULES = Number(process.argv[3] ?? 100);
const RUNS = Math.max(50, Number(process.argv[4] ?? 100));

function withRepository(design: Design, index: number, repo: Repository): Design {
  const repositories = [...design.repositories];
  repositories[index] = repo;
  return { ...design, repositories };
}

/** Typing one character into the description of rule `k` of repository `i`. */
function typeInRule(design: Design, step: number): Design {
  const i = step % design.repositories.length;
  const repo = design.repositories[i] as Repository;
  const rules = [...(repo.lifecycleRules ?? [])];
  const k = (step * 7) % rules.length;
  const rule = rules[k];
  if (!rule) return design;
  rules[k] = { ...rule, description: `${rule.description ?? ''}${String.fromCharCode(97 + (step % 26))}` };
  return withRepository(design, i, { ...repo, lifecycleRules: rules });
}

/** Typing one character into the name of repository `i`. */
function typeInName(design: Design, step: number): Design {
  const i = step % design.repositories.length;
  const repo = design.repositories[i] as Repository;
  return withRepository(design, i, { ...repo, repositoryName: `${repo.repositoryName ?? 'r'}${String.fromCharCode(97 + (step % 26))}` });
}

function typeInDescription(design: Design, step: number): Design {
  return { ...design, description: `${design.description ?? ''}${String.fromCharCode(97 + (step % 26))}` };
}

/** validateDesign of each edit of a sequence, the previous design validated (untimed) first. */
function keystrokes(start: Design, edit: (design: Design, step: number) => Design): ReturnType<typeof summarize> {
  let design = start;
  validateDesign(design);
  const ms: number[] = [];
  for (let step = 0; step < RUNS + 5; step++) {
    const next = edit(design, step);
    const t = performance.now();
    validateDesign(next);
    const d = performance.now() - t;
    if (step >= 5) ms.push(d);
    design = next;
  }
  return summarize(ms);
}

const design = benchDesign(REPOSITORIES, RULES);
const errors = validateDesign(design).filter((d) => d.severity === 'error');
if (errors.length > 0) throw new Error(`the bench design has errors: ${JSON.stringify(errors.slice(0, 3))}`);

const fmt = (t: ReturnType<typeof summarize>) => `median ${t.median.toFixed(3)} ms, p95 ${t.p95.toFixed(3)} ms (${t.runs} runs)`;
const cold = { minRuns: Math.min(RUNS, 30), maxRuns: RUNS, budgetMs: 3000, setup: () => structuredClone(design) };
console.log(`validateDesign, benchDesign(${REPOSITORIES}, ${RULES}); node ${process.version}, load ${loadavg()[0]?.toFixed(2)}`);
console.log(`  keystroke in a rule description:   ${fmt(keystrokes(design, typeInRule))}`);
console.log(`  keystroke in a repository name:    ${fmt(keystrokes(design, typeInName))}`);
console.log(`  keystroke in the stack description: ${fmt(keystrokes(design, typeInDescription))}`);
console.log(`  cold (deep copy), whole:           ${fmt(time((d: Design) => validateDesign(d), cold))}`);
console.log(`  cold, cdkChecks (resource count excluded): ${fmt(time((d: Design) => cdkChecks(d, () => ({})), cold))}`);
console.log(`  cold, deployChecks:                ${fmt(time((d: Design) => deployChecks(d), cold))}`);
console.log(`  cold, resource count:               ${fmt(time((d: Design) => resourceTypeCounts(d), cold))}`);
console.log(`  (cold, countResourceTypes(renderTemplate): ${fmt(time((d: Design) => countResourceTypes(renderTemplate(d)), cold))})`);
console.log(`  cold, template size (render + measure): ${fmt(time((d: Design) => jsonTextLength(renderTemplate(d), 1), cold))}`);
