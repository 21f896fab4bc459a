/**
 * The structure of CDK code in a jsii language, for comparing our printers with jsii-rosetta's
 * translation of our TypeScript: the string literals (construct ids, names, values) in order, and
 * the member names used (props, struct fields, methods, classes), not the text or the layout.
 */
import { type JsiiLanguage, stringLiterals } from './jsii-lexers.ts';
import { renderPolicyDocument } from '../src/lifecycle/policy.ts';
import { planRepository } from '../src/cdk/plan.ts';
import { snakeCase, upperFirst } from '../src/targets/jsii-names.ts';
import type { CorpusCase } from './corpus.ts';

export interface Structure {
  literals: string[];
  members: Set<string>;
}

const MEMBER: Record<JsiiLanguage, RegExp[]> = {
  // keyword arguments, method calls and classes (`ecr.Repository(`)
  python: [/\b([a-z_][a-z0-9_]*)=(?!=)/g, /\.([A-Za-z_][A-Za-z0-9_]*)\(/g, /\b([A-Z]\w*)\(/g],
  // builder calls, methods, `new X(`
  java: [/\.([A-Za-z_]\w*)\(/g, /\bnew ([A-Z]\w*)\(/g],
  // initializer members, methods, `new X(`
  csharp: [/\b([A-Z]\w*) = /g, /\.([A-Z]\w*)\(/g, /\bnew ([A-Z]\w*)\(/g],
  // struct fields, functions and methods (`awsecr.NewRepository(`, `repo.GrantPull(`)
  go: [/\b([A-Z]\w*): /g, /\.([A-Z]\w*)\(/g],
};

export function structure(lang: JsiiLanguage, source: string): Structure {
  return { literals: stringLiterals(lang, source), members: memberNames(lang, source) };
}

/** The member names only (no literal is decoded). */
export function memberNames(lang: JsiiLanguage, source: string): Set<string> {
  const code = source.replace(/"(?:[^"\\\n]|\\.)*"/g, '""').replace(lang === 'python' ? /#.*$/gm : /\/\/.*$/gm, '');
  const members = new Set<string>();
  for (const re of MEMBER[lang]) for (const m of code.matchAll(re)) members.add(m[1] as string);
  return members;
}

const STACK_PROPS = ['description', 'env', 'stackName', 'tags', 'notificationArns', 'synthesizer', 'terminationProtection', 'analyticsReporting', 'crossRegionReferences', 'permissionsBoundary', 'suppressTemplateIndentation', 'propertyInjectors'];
const OURS_STACK: Record<JsiiLanguage, string[]> = {
  python: ['setdefault', 'super', '__init__'],
  java: ['getDescription', 'getTemplateOptions', 'setDescription'],
  csharp: ['Description'],
  go: ['NewStack', 'NewApp', 'Synth', 'Close', 'Description'],
};

/** Every string of the lifecycle policies written through the escape hatch (keys and values), and their texts. */
function hatchStrings(c: CorpusCase): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        out.add(k);
        walk(x);
      }
  };
  for (const repo of c.design.repositories) {
    if (!planRepository(repo).lifecycleEscapeHatch) continue;
    const doc = renderPolicyDocument(repo.lifecycleRules ?? []);
    walk(doc);
    out.add(JSON.stringify(doc));
  }
  return out;
}

function memberForms(name: string): string[] {
  return [name, snakeCase(name), upperFirst(name)];
}

/** Both structures without the accepted differences (A1-A7 above). */
export function accepted(lang: JsiiLanguage, c: CorpusCase, ros: Structure, ours: Structure): { ros: Structure; ours: Structure } {
  const hatch = hatchStrings(c);
  const dropMembers = new Set<string>([...STACK_PROPS.flatMap(memberForms), ...OURS_STACK[lang]]);
  if (hatch.size > 0) for (const s of [...hatch, 'stringify', 'rules', 'of', 'builder', 'build', 'Map']) for (const f of memberForms(s)) dropMembers.add(f);
  // A1: rosetta's Java builds the description into `StackProps.builder()...build()`.
  if (lang === 'java' && c.design.description !== undefined) for (const m of ['builder', 'build']) if (!ours.members.has(m)) dropMembers.add(m);
  // A4, A5 (Go reads properties with getter methods: `key.KeyArn()`; rosetta writes `key.KeyArn`).
  if (lang === 'go') ['Boolean', 'Bool', 'Node', 'DefaultChild', 'KeyArn'].forEach((m) => dropMembers.add(m));
  // A8: Go numbers inside free-form maps (and the policy of A2) are plain values in `map[string]interface{}`; rosetta makes them `jsii.Number` pointers.
  const freeForm = hatch.size > 0 || c.design.repositories.some((r) => r.resourcePolicyStatements?.some((st) => st.conditions) || r.eventRules?.some((e) => e.eventPattern?.detail));
  if (lang === 'go' && freeForm && !ours.members.has('Number')) dropMembers.add('Number');
  for (const m of [...ros.members, ...ours.members]) {
    // A5: L1 property setters (ours) and getters (rosetta's Java, assigned to).
    if (/^(set|get|Set)[A-Z]/.test(m) && (lang === 'java' || lang === 'go') && /^(EncryptionConfiguration|LifecyclePolicy|State)$/.test(m.replace(/^(set|get|Set)/, ''))) dropMembers.add(m);
  }
  const hatchSnake = new Set([...hatch].map(snakeCase));
  const dropLiterals = (s: string) =>
    hatch.has(s) ||
    hatchSnake.has(s) ||
    (lang === 'go' && s.startsWith('github.com/')) ||
    (lang === 'python' && s === 'description' && c.design.description !== undefined);
  let rosLiterals = ros.literals.filter((s) => !dropLiterals(s));
  let ourLiterals = ours.literals.filter((s) => !dropLiterals(s));
  // A1: the stack id in Go's main.
  if (lang === 'go' && ourLiterals.at(-1) === c.design.stackName) ourLiterals = ourLiterals.slice(0, -1);
  // A6: rosetta's snake_cased keys of free-form maps in Python.
  if (lang === 'python') {
    const snake = new Set(ourLiterals.map(snakeCase));
    rosLiterals = rosLiterals.map((s, i) => (s !== ourLiterals[i] && snake.has(s) && snakeCase(ourLiterals[i] ?? '') === s ? (ourLiterals[i] as string) : s));
  }
  // A7: rosetta's C# members made of free-form map keys.
  if (lang === 'csharp') {
    for (const m of ros.members) {
      if (ours.members.has(m)) continue;
      const key = m.charAt(0).toLowerCase() + m.slice(1);
      const at = ourLiterals.indexOf(key);
      if (at >= 0 && !rosLiterals.includes(key)) {
        ourLiterals = ourLiterals.filter((_, i) => i !== at);
        dropMembers.add(m);
      }
    }
  }
  const keep = (set: Set<string>) => new Set([...set].filter((m) => !dropMembers.has(m)));
  return { ros: { literals: rosLiterals, members: keep(ros.members) }, ours: { literals: ourLiterals, members: keep(ours.members) } };
}

/** What differs between rosetta's translation and ours beyond the accepted differences (empty: the same structure). */
export function compareWithRosetta(lang: JsiiLanguage, c: CorpusCase, theirs: string, oursText: string, onSkippedLiterals: () => void): string[] {
  const problems: string[] = [];
  let ros: Structure;
  try {
    ros = structure(lang, theirs);
  } catch {
    // A7: a literal rosetta escaped in a way the language does not read; compare the members only.
    if (lang !== 'csharp') return [`${c.name}: rosetta's ${lang} is unreadable:\n${theirs}`];
    ros = { literals: [], members: memberNames(lang, theirs) };
    onSkippedLiterals();
  }
  const a = accepted(lang, c, ros, structure(lang, oursText));
  const onlyTheirs = [...a.ros.members].filter((m) => !a.ours.members.has(m));
  const onlyOurs = [...a.ours.members].filter((m) => !a.ros.members.has(m));
  if (onlyTheirs.length || onlyOurs.length) problems.push(`${c.name} (${lang}): members only rosetta writes ${JSON.stringify(onlyTheirs)}, only we write ${JSON.stringify(onlyOurs)}`);
  if (ros.literals.length > 0 && JSON.stringify(a.ros.literals) !== JSON.stringify(a.ours.literals)) {
    problems.push(`${c.name} (${lang}): literals differ\n  rosetta ${JSON.stringify(a.ros.literals)}\n  ours    ${JSON.stringify(a.ours.literals)}`);
  }
  return problems;
}
