/**
 * jsii-rosetta, the translator AWS uses for the CDK's own docs, translates our TypeScript stack
 * (renderCdkStack) into Python, Java, C# and Go, using aws-cdk-lib's jsii assembly (resolved
 * through node_modules/aws-cdk-lib/.jsii, a redirect to the gzipped .jsii.gz) and its types. Its
 * STRUCTURE must equal our printers' output for the same design: the string literals (construct
 * ids, names, values) in order, and the member names (props and struct fields in each language's
 * case, methods, classes). Text and layout are not compared.
 *
 * Designs: the smallest subset of the golden corpus (chosen greedily) that uses every member name
 * our four printers write for the whole corpus, so every prop, struct, class and method is
 * translated at least once. ROSETTA_ALL=1 runs the whole corpus (152 designs took 110 s here,
 * 58 s of which is TypeScript loading aws-cdk-lib's types, once per batch).
 *
 * Accepted differences, each removed from both sides before comparing (`accepted()` below):
 * A1 the stack class itself: rosetta keeps TypeScript's `props` and spreads them into the
 *    constructor signature (Python `env=`, `tags=`...); ours are `cdk init`'s (Python
 *    `**kwargs` + `setdefault("description", ...)`, Java/C# `TemplateOptions.Description`, Go
 *    `NewStack`/`NewApp`/`Synth`/`jsii.Close` and `main` with the stack id).
 * A2 the lifecycle escape hatch: TypeScript passes `JSON.stringify({ rules: [...] })`; rosetta
 *    translates it into a call of a `JSON.stringify` no other language has, with the policy as a
 *    dict/Map/struct (Python and C# even rename its keys); we write the policy TEXT that call
 *    returns, one string literal (byte-identical to CDK's, see cdk-languages.test.ts).
 * A3 Go import paths: rosetta writes `github.com/aws/aws-cdk-go/awscdk` without `/v2` and one
 *    path for every module; ours are the real v2 module paths.
 * A4 Go: rosetta writes `jsii.Boolean(...)`; jsii-runtime-go's function is `jsii.Bool`.
 * A5 L1 properties set through `(x.node.defaultChild as CfnX).prop = v`: rosetta writes an
 *    assignment to a getter in Java (`getProp() = v`) and field access in Go; we call the
 *    setters (`setProp(v)`, `.Node().DefaultChild().(awsecr.CfnRepository).SetProp(v)`).
 * A6 Python free-form maps (event pattern `detail`, conditions): rosetta snake_cases their keys
 *    (`request_parameters`), which would change the event pattern; we keep them as written.
 * A8 Go numbers in free-form maps: plain values in `map[string]interface{}` (ours) or `jsii.Number`
 *    pointers (rosetta); both reach JavaScript as numbers.
 * A7 C#: rosetta writes identifier keys of nested free-form maps as members (`Nested = ...`), and
 *    some strings with escapes C# does not have; we write `Dictionary<string, object>` entries
 *    and C#-escaped literals (the literals of such a design are not compared; members are).
 */
import { describe, expect, it } from 'vitest';
import * as rosetta from 'jsii-rosetta';
import { fileURLToPath } from 'node:url';
import { getTarget, renderCdkStack } from '../src/index.ts';
import { corpus, type CorpusCase } from './corpus.ts';
import type { JsiiLanguage } from './jsii-lexers.ts';
import { compareWithRosetta, structure } from './rosetta-structure.ts';

type Visitor = Parameters<rosetta.SnippetTranslator['renderUsing']>[0];

const LANGS: { lang: JsiiLanguage; target: string; visitor: () => Visitor }[] = [
  { lang: 'python', target: 'cdk-python', visitor: () => new rosetta.PythonVisitor() },
  { lang: 'java', target: 'cdk-java', visitor: () => new rosetta.JavaVisitor() },
  { lang: 'csharp', target: 'cdk-csharp', visitor: () => new rosetta.CSharpVisitor() },
  { lang: 'go', target: 'cdk-go', visitor: () => new rosetta.GoVisitor() },
];

function render(target: string, c: CorpusCase): string {
  const t = getTarget(target);
  if (!t) throw new Error(`no target ${target}`);
  return t.render(c.design);
}

/** The smallest (greedy) subset of the corpus whose outputs use every member name the whole corpus uses. */
function representative(cases: CorpusCase[]): CorpusCase[] {
  const features = cases.map((c) => new Set(LANGS.flatMap(({ lang, target }) => [...structure(lang, render(target, c)).members].map((m) => `${lang}:${m}`))));
  const missing = new Set(features.flatMap((f) => [...f]));
  const chosen: number[] = [];
  while (missing.size > 0) {
    let best = -1;
    let gain = 0;
    features.forEach((f, i) => {
      const g = [...f].filter((x) => missing.has(x)).length;
      if (g > gain) [best, gain] = [i, g];
    });
    chosen.push(best);
    for (const x of features[best] as Set<string>) missing.delete(x);
  }
  return chosen.sort((a, b) => a - b).map((i) => cases[i] as CorpusCase);
}

const cases = process.env['ROSETTA_ALL'] ? corpus : representative(corpus);

describe('jsii-rosetta translates our TypeScript into the structure our printers write', () => {
  it(`for ${cases.length} designs of the corpus (${process.env['ROSETTA_ALL'] ? 'all' : 'every member name covered'})`, { timeout: 600_000 }, () => {
    const cwd = fileURLToPath(new URL('..', import.meta.url));
    const snippets = cases.map((c, i) => rosetta.typeScriptSnippetFromCompleteSource(renderCdkStack(c.design), { api: { api: 'file', fileName: `stack${i}.ts` } }, false));
    const batch = new rosetta.BatchSnippetTranslator(snippets, { includeCompilerDiagnostics: false, compilationDirectory: cwd });
    const problems: string[] = [];
    let i = 0;
    let literalsSkipped = 0;
    for (const [, translator] of batch) {
      const c = cases[i++] as CorpusCase;
      for (const { lang, target, visitor } of LANGS) {
        problems.push(...compareWithRosetta(lang, c, translator.renderUsing(visitor()), render(target, c), () => literalsSkipped++));
      }
    }
    expect(i).toBe(cases.length);
    expect(problems).toEqual([]);
    expect(literalsSkipped).toBeLessThanOrEqual(cases.length);
  });
});
