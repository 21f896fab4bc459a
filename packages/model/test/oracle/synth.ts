// In-process CDK synthesis: the "oracle" that says what aws-cdk-lib 2.276.0 makes of the CDK code we render.
//
// One aws-cdk-lib instance is loaded per process (through `nodeRequire` below, shared by every synthesized module),
// so after the first call (~0.3 s, loading aws-cdk-lib) a synth costs milliseconds. The generated TypeScript module is
// transpiled with esbuild (no type check: see typecheck.ts) and evaluated as CommonJS with a `require` that only hands
// out aws-cdk-lib(/*) and constructs, the packages a `cdk init` project has.
//
// The App mirrors `cdk synth --no-path-metadata --no-version-reporting` of a `cdk init` project:
//  - context = the generated cdk init feature flags + the context that CLI invocation adds (feature-flags.ts),
//  - `analyticsReporting: false` (no CDKMetadata resource),
//  - the stack is created like the init bin file does (`new Cls(app, stackId)`), plus
//    `synthesizer: new DefaultStackSynthesizer({ generateBootstrapVersionRule: false })` (no BootstrapVersion
//    parameter/rule: the one difference from a real project, noise unrelated to the design),
//  - `builtinCloudFormationValidation: validate` (default false: the WASM validator costs ~3 s to load and
//    ~10-150 ms per synth).
import { transformSync } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Cdk from 'aws-cdk-lib';
import { CDK_INIT_CONTEXT, ORACLE_CONTEXT_OVERRIDES } from './feature-flags.ts';
import { isRecord, OracleHarnessError } from './harness.ts';

const nodeRequire = createRequire(import.meta.url);

export interface SynthesizeOptions {
  /** A TypeScript module importing from aws-cdk-lib, aws-cdk-lib/* and constructs that exports a Stack subclass. */
  stackSource: string;
  /** Name of the exported Stack subclass; it is constructed as `new Cls(app, stackId, { synthesizer })`. */
  stackClassName: string;
  stackId: string;
  /**
   * Run aws-cdk-lib's built-in CloudFormation validation (schema + default rules). The cdk init flags contain
   * `@aws-cdk/core:validateAgainstDefaultRules: true`, so rule violations of severity error fail the synth (as in
   * `cdk synth`). Default false.
   */
  validate?: boolean;
}

/** One violation from aws-cdk-lib's validation report (`validation-report.json` in the cloud assembly). */
export interface ValidationViolation {
  /** Acknowledgeable rule id as CDK prints it, e.g. `CloudFormation-Validate::F3031`, `Annotation::x:y`. */
  ruleId: string;
  /** `error` | `fatal` | `warning` | `info`, as reported. */
  severity: string;
  /** The violation text, byte-exact from the report, e.g. `RepositoryName: length 0 is below minimum 2`. */
  description: string;
  /** Construct paths of the violating constructs, e.g. `Stack/Repo/Resource`. */
  constructPaths: string[];
}

export interface SynthError {
  /**
   * `error.name` as thrown: aws-cdk-lib ValidationErrors carry their stable code here (e.g. `InvalidRepositoryName`),
   * plain errors say `Error`. Failed built-in validation / error annotations give `ValidationFailed` (the code
   * aws-cdk-lib itself throws for them).
   */
  name: string;
  /**
   * The thrown message with CDK's token-resolution decoration removed: every `Resolution error: <msg>.` wrapper added
   * by `DefaultTokenResolver.resolveToken` (one per nesting level; the CDK source is
   * `e.message = \`Resolution error: ${e.message}.\``) is undone, i.e. the leading `Resolution error: ` and the one
   * trailing `.` it added are stripped, repeatedly. Nothing else is touched, so the core message is byte-exact.
   * For `ValidationFailed` the message is one line per failing violation: `[<ruleId>] <description> (at <paths>)`.
   */
  message: string;
  /** 'construct': while evaluating the module or constructing the stack; 'synth': inside `app.synth()`. */
  phase: 'construct' | 'synth';
  /** Only for `ValidationFailed`: the failed plugin reports' violations of severity error/fatal (all, if none is). */
  violations?: ValidationViolation[];
}

export type SynthResult =
  | {
      ok: true;
      /** The stack template (parsed `<artifact>.template.json`). */
      template: Record<string, unknown>;
      /** The template file text exactly as aws-cdk-lib wrote it (`JSON.stringify(template, undefined, 1)`). */
      templateText: string;
      /**
       * Non-failing violations of the validation report, `[<ruleId>] <description> (at <paths>)`: CloudFormation
       * validation warnings (validate: true) and warning annotations (`@aws-cdk/core:annotationsInValidationReport`
       * is on in the cdk init flags, so these are reported even with validate: false).
       */
      warnings: string[];
      /**
       * The stack's info annotations (`Annotations.addInfo`; the validation report leaves them out), their text
       * as annotated, from the cloud assembly's metadata.
       */
      infos: string[];
    }
  | { ok: false; error: SynthError };

const ALLOWED_IMPORT = /^(?:aws-cdk-lib(?:\/[a-z0-9-]+)*|constructs)$/;

let cdkLib: typeof Cdk | undefined;

/** Loads aws-cdk-lib once per process; every synthesized module gets this same instance through `nodeRequire`. */
function loadCdk(): typeof Cdk {
  cdkLib ??= nodeRequire('aws-cdk-lib') as typeof Cdk;
  return cdkLib;
}

function moduleRequire(id: string): unknown {
  if (!ALLOWED_IMPORT.test(id)) {
    throw new OracleHarnessError(`stack source imports '${id}'; only aws-cdk-lib, aws-cdk-lib/* and constructs are available`);
  }
  return nodeRequire(id);
}

/** Transpiles and evaluates the stack module (CommonJS) and returns its exports. */
function evaluateModule(source: string): Record<string, unknown> {
  let code: string;
  try {
    code = transformSync(source, { loader: 'ts', format: 'cjs', target: 'node20', sourcefile: 'stack.ts' }).code;
  } catch (e) {
    throw new OracleHarnessError(`esbuild cannot transpile the stack source: ${e instanceof Error ? e.message : String(e)}`);
  }
  const module: { exports: Record<string, unknown> } = { exports: {} };
  // Evaluated in this realm (not node:vm) so the module shares our aws-cdk-lib instance and `instanceof` works. Like
  // tsc without verbatimModuleSyntax (the cdk init tsconfig), esbuild drops imports that are only used as types.
  const run = new Function('require', 'module', 'exports', code) as (
    require: (id: string) => unknown,
    module: { exports: Record<string, unknown> },
    exports: Record<string, unknown>,
  ) => void;
  run(moduleRequire, module, module.exports);
  return module.exports;
}

const RESOLUTION_PREFIX = 'Resolution error: ';

/** Undoes `Resolution error: ${message}.` wrappers (see SynthError.message). */
export function stripResolutionWrappers(message: string): string {
  let m = message;
  while (m.startsWith(RESOLUTION_PREFIX) && m.endsWith('.')) {
    m = m.slice(RESOLUTION_PREFIX.length, -1);
  }
  return m;
}

function toSynthError(e: unknown, phase: SynthError['phase']): SynthError {
  if (e instanceof OracleHarnessError) throw e;
  if (e instanceof Error) return { name: e.name, message: stripResolutionWrappers(e.message), phase };
  return { name: typeof e, message: String(e), phase };
}

function asString(x: unknown, what: string): string {
  if (typeof x !== 'string') throw new OracleHarnessError(`validation-report.json: ${what} is not a string`);
  return x;
}

function asArray(x: unknown, what: string): unknown[] {
  if (!Array.isArray(x)) throw new OracleHarnessError(`validation-report.json: ${what} is not an array`);
  return x;
}

interface PluginReport {
  failed: boolean;
  violations: ValidationViolation[];
}

/** The rule id CDK prints after "Acknowledge with" (core/lib/validation/private/validation-id.js). */
function ruleIdOf(pluginName: string, ruleName: string): string {
  if (ruleName.includes('::')) return ruleName;
  const namespace = pluginName === 'Construct Annotations' ? 'Annotation' : pluginName.replace(/ /g, '-');
  return `${namespace}::${ruleName}`;
}

/** Reads `validation-report.json` (written only when some validation plugin ran) into plugin reports. */
function readValidationReport(outdir: string): PluginReport[] {
  let text: string;
  try {
    text = readFileSync(join(outdir, 'validation-report.json'), 'utf8');
  } catch {
    return [];
  }
  const report: unknown = JSON.parse(text);
  if (!isRecord(report)) throw new OracleHarnessError('validation-report.json is not an object');
  return asArray(report.pluginReports, 'pluginReports').map((p): PluginReport => {
    if (!isRecord(p)) throw new OracleHarnessError('validation-report.json: plugin report is not an object');
    const pluginName = asString(p.pluginName, 'pluginName');
    return {
      failed: asString(p.conclusion, 'conclusion') === 'failure',
      violations: asArray(p.violations, 'violations').map((v): ValidationViolation => {
        if (!isRecord(v)) throw new OracleHarnessError('validation-report.json: violation is not an object');
        return {
          ruleId: ruleIdOf(pluginName, asString(v.ruleName, 'ruleName')),
          severity: asString(v.severity, 'severity'),
          description: asString(v.description, 'description'),
          constructPaths: asArray(v.violatingConstructs, 'violatingConstructs').map((c) =>
            isRecord(c) ? asString(c.constructPath, 'constructPath') : '?',
          ),
        };
      }),
    };
  });
}

function formatViolation(v: ValidationViolation): string {
  return `[${v.ruleId}] ${v.description} (at ${v.constructPaths.join(', ')})`;
}

const isErrorSeverity = (v: ValidationViolation): boolean => v.severity === 'error' || v.severity === 'fatal';

export function synthesizeStack(opts: SynthesizeOptions): SynthResult {
  const cdk = loadCdk();
  const outdir = mkdtempSync(join(tmpdir(), 'ecr-oracle-synth-'));
  try {
    let app: Cdk.App;
    let stack: Cdk.Stack;
    try {
      app = new cdk.App({
        context: { ...CDK_INIT_CONTEXT, ...ORACLE_CONTEXT_OVERRIDES },
        analyticsReporting: false,
        outdir,
        autoSynth: false,
        builtinCloudFormationValidation: opts.validate ?? false,
      });
      const exported = evaluateModule(opts.stackSource)[opts.stackClassName];
      if (typeof exported !== 'function') {
        throw new OracleHarnessError(`stack source does not export a class named '${opts.stackClassName}'`);
      }
      const StackClass = exported as new (scope: Cdk.App, id: string, props?: Cdk.StackProps) => unknown;
      const created = new StackClass(app, opts.stackId, {
        synthesizer: new cdk.DefaultStackSynthesizer({ generateBootstrapVersionRule: false }),
      });
      if (!cdk.Stack.isStack(created)) {
        throw new OracleHarnessError(`'${opts.stackClassName}' is not a subclass of aws-cdk-lib Stack`);
      }
      stack = created;
    } catch (e) {
      return { ok: false, error: toSynthError(e, 'construct') };
    }

    let templateText: string;
    let infos: string[];
    try {
      const assembly = app.synth();
      const artifact = assembly.getStackArtifact(stack.artifactId);
      templateText = readFileSync(artifact.templateFullPath, 'utf8');
      infos = artifact.messages.filter((m) => m.level === 'info').map((m) => String(m.entry.data));
    } catch (e) {
      return { ok: false, error: toSynthError(e, 'synth') };
    }

    const reports = readValidationReport(outdir);
    const violations = reports.flatMap((r) => r.violations);
    const failedReports = reports.filter((r) => r.failed);
    if (failedReports.length > 0) {
      // CDK fails the synth when a plugin report concludes `failure`; its error/fatal violations say why.
      const failedViolations = failedReports.flatMap((r) => r.violations);
      const errors = failedViolations.filter(isErrorSeverity);
      const failing = errors.length > 0 ? errors : failedViolations;
      return {
        ok: false,
        error: { name: 'ValidationFailed', message: failing.map(formatViolation).join('\n'), phase: 'synth', violations: failing },
      };
    }
    const template: unknown = JSON.parse(templateText);
    if (!isRecord(template)) throw new OracleHarnessError('stack template is not a JSON object');
    return { ok: true, template, templateText, warnings: violations.filter((v) => !isErrorSeverity(v)).map(formatViolation), infos };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
