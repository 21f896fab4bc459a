/**
 * Hostile strings in every text field of a design (quotes, backslashes, line breaks, `*\/`,
 * `${...}`, HTML, YAML indicators, control characters, lone surrogates, non-ASCII) must give outputs
 * that still parse and carry the exact string, for every target of the registry.
 *
 * The text fields are found from the design's JSON Schema (every `string` that is not an enum or
 * a constant, every key of a free-form map, every string inside free-form JSON), so a field added
 * to the format is covered without touching this file. Each target has a reader: JSON and YAML are
 * parsed (YAML both with the yaml package, as `cdk synth` users would, and with the model's own
 * importer), `LifecyclePolicyText` and other embedded JSON is parsed in turn, and the CDK
 * TypeScript is transpiled with esbuild and run against recording stand-ins for aws-cdk-lib, which
 * collect every value the code passes to CDK. A target without a reader fails the test.
 *
 * Strings containing CDK's own token markers (`${Token[...]}`) are not used: CDK reports them as
 * errors, and so does the model (src/cdk/tokens.ts).
 */
import { transformSync } from 'esbuild';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { type Design, RenderError, type Target, checkDesign, design as designSchema, parseImportText, renderCdkProjectFiles, renderCdkTsProject, targets } from '../src/index.ts';
import { aliasName } from '../src/cfn/template.ts';
import { validDesignArb } from './arbitraries.ts';
import { stringLiterals } from './jsii-lexers.ts';
import { goStringValue } from '../src/writer/jsii-strings.ts';
import { decodeTemplate, parseHcl, terraformHolds } from './terraform-check.ts';
import { runScript } from './aws-stub.ts';

const HOSTILE = [
  "it's",
  '"double"',
  '`tick`',
  'back\\slash\\',
  '\\u0041 \\n not escapes',
  'line\nbreak',
  'crlf\r\nend',
  'tab\there',
  '*/ end of comment',
  '/* open comment',
  '// line comment',
  '${x}',
  '${process.exit(1)}',
  '#{y}',
  '<script>alert(1)</script>',
  '<b>&amp;</b>',
  ' leading and trailing ',
  '',
  'ünïcödé',
  '日本語',
  '🚀 rocket',
  'עברית',
  '\u2028\u2029',
  '\u0000nul\u0007bell\u001b',
  '\u007f\u0085\u00a0',
  '\ud800 lone high',
  'lone low \udc00',
  '\ufeffbom',
  'yes',
  'null',
  '~',
  '0x1F',
  '012',
  '1e3',
  '.inf',
  '2026-01-01',
  '- dash',
  '? question',
  ': colon',
  'a: b',
  '#hash',
  '&anchor',
  '*alias',
  '!tag',
  '!Ref Repo',
  '|',
  '>',
  '%YAML',
  '@at',
  '<<',
  '---',
  '...',
  '[x]',
  '{y: z}',
  "'",
  '"',
  '\\',
];

const noTokens = (s: string) => !s.includes('Token[') && !s.includes('e+289');
const hostileString = fc
  .oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 2, arbitrary: fc.array(fc.constantFrom(...HOSTILE), { minLength: 2, maxLength: 4 }).map((parts) => parts.join('')) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 8 }) },
  )
  .filter(noTokens);

type JsonSchema = { [key: string]: unknown };
type Segment = string | number;
interface TextField {
  path: Segment[];
  value: string;
}

/**
 * A copy of `design` whose every text (per its JSON Schema) is replaced by `make(n)`, `n` numbering
 * the distinct original strings: equal strings stay equal, so references between ids still hold.
 */
function replaceTexts(design: Design, make: (n: number) => string): { design: Design; texts: TextField[]; count: number } {
  const replacements = new Map<string, string>();
  const texts: TextField[] = [];
  const replace = (s: string, path: Segment[]): string => {
    let r = replacements.get(s);
    if (r === undefined) {
      r = make(replacements.size);
      replacements.set(s, r);
    }
    texts.push({ path, value: r });
    return r;
  };
  const freeForm = (v: unknown, path: Segment[]): unknown => {
    if (typeof v === 'string') return replace(v, path);
    if (Array.isArray(v)) return v.map((x, i) => freeForm(x, [...path, i]));
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, freeForm(x, [...path, k])]));
    return v;
  };
  const walk = (v: unknown, schema: JsonSchema, path: Segment[]): unknown => {
    if (Array.isArray(schema['oneOf'])) {
      const branch = (schema['oneOf'] as JsonSchema[]).find((b) => {
        const props = (b['properties'] ?? {}) as Record<string, JsonSchema>;
        return Object.entries(props).every(([k, p]) => !('const' in p) || (v as Record<string, unknown>)[k] === p['const']);
      });
      return branch ? walk(v, branch, path) : v;
    }
    if (typeof v === 'string') return schema['type'] !== 'string' || 'enum' in schema || 'const' in schema ? v : replace(v, path);
    if (Array.isArray(v)) {
      const items = schema['items'] as JsonSchema | undefined;
      return items ? v.map((x, i) => walk(x, items, [...path, i])) : freeForm(v, path);
    }
    if (v !== null && typeof v === 'object') {
      const props = schema['properties'] as Record<string, JsonSchema> | undefined;
      const additional = schema['additionalProperties'];
      if (props) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, props[k] ? walk(x, props[k], [...path, k]) : x]));
      if (additional && typeof additional === 'object' && (additional as JsonSchema)['type'] === 'string') {
        // A map of texts (tags): keys and values are both text.
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [replace(k, [...path, '(key)']), walk(x, additional as JsonSchema, [...path, k])]));
      }
      return freeForm(v, path);
    }
    return v;
  };
  const out = walk(design, designSchema.json, []) as Design;
  return { design: out, texts, count: replacements.size };
}

/**
 * The hostile version of `design` and, per target, the texts it must carry. Which texts a target
 * renders as they are (not construct ids, which become logical IDs; not a stack name that becomes a
 * class name; not an import nothing refers to) is found by rendering the design with plain unique
 * markers first: every marker found as a whole string in that output is a text the target carries,
 * so its hostile counterpart must be there too. (An alias is carried with `alias/` in front.)
 */
const marker = (n: number) => `qq${n}qq`;

function hostile(design: Design, pool: string[]): { design: Design; expected(target: Target): Promise<string[]> } {
  // The suffix keeps the hostile strings distinct, even reduced to their alphanumerics as logical IDs are.
  const bad = (n: number) => `${pool[n % pool.length] ?? ''}Z${n}Z`;
  const marked = replaceTexts(design, marker).design;
  const result = replaceTexts(design, bad);
  return {
    design: result.design,
    async expected(target) {
      let output: string;
      try {
        output = target.render(marked);
      } catch (e) {
        if (e instanceof RenderError) return [];
        throw e;
      }
      const carried = (await READERS[target.id]?.read(output)) ?? new Set<string>();
      const out: string[] = [];
      for (let n = 0; n < result.count; n++) {
        const m = marker(n);
        if (carried.has(m)) out.push(bad(n));
        else if (carried.has(aliasName(m))) out.push(aliasName(bad(n)));
      }
      return out;
    },
  };
}

/** Every string in parsed data, and in JSON embedded in its strings (LifecyclePolicyText). */
function stringsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    out.add(value);
    if (/^\s*[[{]/.test(value)) {
      try {
        stringsIn(JSON.parse(value), out);
      } catch {
        // not JSON: just a string
      }
    }
  } else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      stringsIn(v, out);
    }
  }
  return out;
}

/**
 * Runs generated CDK TypeScript against stand-ins for aws-cdk-lib and constructs that record every
 * value passed to them (constructor and method arguments, assigned properties).
 */
function evaluateCdkTs(source: string, run: (exports: Record<string, unknown>, scope: unknown) => void): Set<string> {
  const recorded: unknown[] = [];
  const standIn = (): unknown =>
    new Proxy(function standInTarget() {}, {
      get: (_t, prop) => (prop === Symbol.toPrimitive ? () => 'stand-in' : standIn()),
      set: (_t, _prop, value) => {
        recorded.push(value);
        return true;
      },
      apply: (_t, _this, args) => {
        recorded.push(args);
        return standIn();
      },
      construct: (_t, args) => {
        recorded.push(args);
        return standIn() as object;
      },
    });
  // A module whose every export is a stand-in (esbuild copies `import * as` namespaces, so the
  // lookups go through the prototype).
  const moduleStandIn = () => Object.create(new Proxy({}, { get: () => standIn() })) as object;
  const { code } = transformSync(source, { loader: 'ts', format: 'cjs', target: 'es2022' });
  // (A hashbang line is only valid at the start of a file, not in a function body.)
  const body = code.replace(/^#!.*\n/, '');
  const module = { exports: {} as Record<string, unknown> };
  // oxlint-disable-next-line typescript/no-implied-eval -- running generated code is the point of this test
  new Function('require', 'module', 'exports', body)(moduleStandIn, module, module.exports);
  run(module.exports, standIn());
  const strings = new Set<string>();
  const collect = (v: unknown): void => {
    if (typeof v === 'function') return; // a stand-in
    if (typeof v === 'string') stringsIn(v, strings);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        strings.add(k);
        collect(x);
      }
    }
  };
  recorded.forEach(collect);
  return strings;
}

function instantiateStack(exports: Record<string, unknown>, scope: unknown): void {
  const Stack = Object.values(exports).find((v) => typeof v === 'function') as new (scope: unknown, id: string) => unknown;
  const stack = new Stack(scope, 'Stack');
  expect(stack).toBeDefined();
}

interface Reader {
  /** The strings the output carries (a promise for readers that load a parser). */
  read(output: string): Set<string> | Promise<Set<string>>;
  /** The string the target can hold for a text. */
  normalize?(text: string): string;
}

/**
 * Strings of parsed HCL (hcl2json), keys and values decoded from Terraform's template escapes, each
 * also as Terraform holds it (policy documents keep non-NFC text exactly, plain attributes cannot).
 */
function hclStrings(value: unknown, out = new Set<string>()): Set<string> {
  const add = (s: string) => {
    const found = stringsIn(decodeTemplate(s));
    for (const x of found) out.add(x).add(terraformHolds(x));
  };
  if (typeof value === 'string') add(value);
  else if (Array.isArray(value)) for (const v of value) hclStrings(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      add(k);
      hclStrings(v, out);
    }
  }
  return out;
}

/** Strings of the JSON requests the AWS CLI script passes (run by bash against a recording aws, aws-stub.ts). */
function awsCliStrings(script: string): Set<string> {
  const r = runScript(script);
  expect(r.status, r.stderr).toBe(0);
  const out = new Set<string>();
  for (const call of r.calls) {
    const at = call.argv.indexOf('--cli-input-json');
    if (at >= 0) stringsIn(JSON.parse(call.argv[at + 1] as string), out);
  }
  return out;
}

const READERS: Record<string, Reader> = {
  'cfn-json': { read: (out) => stringsIn(JSON.parse(out)) },
  'cfn-yaml': {
    read: (out) => {
      const viaYamlPackage = stringsIn(parseYaml(out, { schema: 'yaml-1.1' }));
      const viaImporter = parseImportText(out);
      if (!viaImporter.ok) throw new Error(JSON.stringify(viaImporter.problems));
      expect(stringsIn(viaImporter.value)).toEqual(viaYamlPackage);
      return viaYamlPackage;
    },
  },
  'lifecycle-json': { read: (out) => stringsIn(JSON.parse(out)) },
  'cdk-ts': { read: (out) => evaluateCdkTs(out, instantiateStack) },
  // The jsii languages: their string literals, decoded by each language's escape rules (jsii-lexers.ts).
  'cdk-python': { read: (out) => stringsIn(stringLiterals('python', out)) },
  'cdk-java': { read: (out) => stringsIn(stringLiterals('java', out)) },
  'cdk-csharp': { read: (out) => stringsIn(stringLiterals('csharp', out)) },
  // (Lone surrogates survive in JSON text as `\udXXX` escapes, so both sides are compared normalized.)
  'cdk-go': { read: (out) => new Set([...stringsIn(stringLiterals('go', out))].map(goStringValue)), normalize: goStringValue },
  // Terraform stores strings in NFC and cannot write lone surrogates.
  terraform: { read: async (out) => hclStrings(await parseHcl(out)), normalize: terraformHolds },
  'aws-cli': { read: awsCliStrings },
};

/** What each target must carry at least (so the marker probe cannot silently find nothing). */
const MUST_CARRY: Record<string, (d: Design) => number> = {
  'cfn-json': (d) => d.repositories.filter((r) => r.repositoryName !== undefined).length,
  'cfn-yaml': (d) => d.repositories.filter((r) => r.repositoryName !== undefined).length,
  'cdk-ts': (d) => d.repositories.length,
  'cdk-python': (d) => d.repositories.length,
  'cdk-java': (d) => d.repositories.length,
  'cdk-csharp': (d) => d.repositories.length,
  'cdk-go': (d) => d.repositories.length,
  'lifecycle-json': () => 0,
  terraform: (d) => d.repositories.filter((r) => r.repositoryName !== undefined && r.repositoryName !== '').length,
  'aws-cli': (d) => d.repositories.filter((r) => r.repositoryName !== undefined && r.repositoryName !== '').length,
};

const RUNS = Number(process.env['FIDELITY_RUNS'] ?? 150);

describe('hostile strings in every text field', () => {
  it('every target of the registry has a reader here', () => {
    expect(targets.map((t) => t.id).filter((id) => !READERS[id])).toEqual([]);
  });

  for (const target of targets) {
    it(`${target.id}: the output parses and carries every text exactly`, async () => {
      await fc.assert(
        fc.asyncProperty(validDesignArb, fc.array(hostileString, { minLength: 1, maxLength: 20 }), async (base, pool) => {
          const { design, expected } = hostile(base, pool);
          let output: string;
          try {
            output = target.render(design);
          } catch (e) {
            if (e instanceof RenderError) return; // nothing to show for this design (no lifecycle rules)
            throw e;
          }
          const reader = READERS[target.id] as Reader;
          const carried = await reader.read(output);
          const wanted = (await expected(target)).map((s) => reader.normalize?.(s) ?? s);
          expect(wanted.length).toBeGreaterThanOrEqual(MUST_CARRY[target.id]?.(design) ?? 0);
          expect(wanted.filter((s) => !carried.has(s)), `${target.id}:\n${output}`).toEqual([]);
        }),
        // The AWS CLI reader runs bash and a stand-in aws for each call: fewer runs.
        { numRuns: target.id === 'aws-cli' ? Math.ceil(RUNS / 10) : RUNS },
      );
    });
  }

  it('the CDK app file carries the stack name, and every file of the CDK project that is JSON parses', () => {
    fc.assert(
      fc.property(validDesignArb, fc.array(hostileString, { minLength: 1, maxLength: 5 }), (base, pool) => {
        const { design } = hostile(base, pool);
        const app = renderCdkTsProject(design);
        const carried = evaluateCdkTs(app.appFile.content, () => undefined);
        expect(carried.has(design.stackName)).toBe(true);
        for (const [path, content] of Object.entries(renderCdkProjectFiles(design))) {
          if (path.endsWith('.json')) expect(() => JSON.parse(content), path).not.toThrow();
          if (path.endsWith('.ts')) expect(() => transformSync(content, { loader: 'ts' }), path).not.toThrow();
        }
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('a token marker in a text is reported as the CDK error it causes (why the pool above has none)', () => {
    const design: Design = { version: 1, stackName: 'S', repositories: [{ id: 'R', description: 'x', repositoryName: 'repo-${Token[X.1]}' } as Design['repositories'][number]] };
    delete (design.repositories[0] as Record<string, unknown>)['description'];
    expect(checkDesign(design).diagnostics.filter((d) => d.source === 'cdk').map((d) => d.code)).toContain('UnrecognizedTokenKey');
  });
});
