/**
 * The differential check shared by the corpus and random-design oracle tests: render a design's CDK
 * code, synthesize it with the real aws-cdk-lib, and compare with the model.
 */
import { checkDesign, renderCdkTsProject, renderTemplate, type Design, type Diagnostic } from '../../src/index.ts';
import { synthesizeStack, type SynthResult } from './synth.ts';

/** The code the model uses for a CDK error: its `name`, or ours for the constructs library's plain Errors. */
export function cdkCodeOf(error: { name: string; message: string }): string {
  if (error.name !== 'Error') return error.name;
  if (error.message.startsWith('There is already a Construct with name')) return 'DuplicateConstructId';
  if (error.message === 'Only root constructs may have an empty ID') return 'EmptyConstructId';
  return 'Error';
}

/**
 * CDK prints a token inside a message as `${Token[TOKEN.<n>]}`, with a number no one can predict
 * (it counts every token the process made); the model names the token instead. Both become `${Token}`.
 */
export function withoutTokenNumbers(message: string): string {
  return message.replace(/\$\{Token\[[^\]]*\]\}/g, '${Token}');
}

/** The ids of the warnings CDK annotated the constructs with (`[Annotation::<id>] ...` lines of the report). */
export function cdkWarningIds(warnings: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const w of warnings) {
    const m = /^\[Annotation::([^\]]+)\]/.exec(w);
    if (m) ids.add(m[1] as string);
  }
  return [...ids].sort();
}

export interface Comparison {
  /** Empty when model and CDK agree. */
  problems: string[];
  synth: SynthResult;
  diagnostics: Diagnostic[];
}

export function compareWithCdk(design: Design, options: { validate?: boolean } = {}): Comparison {
  const { diagnostics } = checkDesign(design);
  const cdkErrors = diagnostics.filter((d) => d.source === 'cdk' && d.severity === 'error');
  const project = renderCdkTsProject(design);
  const synth = synthesizeStack({
    stackSource: project.stackFile.content,
    stackClassName: project.stackClassName,
    stackId: design.stackName,
    validate: options.validate ?? false,
  });
  const problems: string[] = [];
  const first = cdkErrors[0];
  if (synth.ok) {
    if (first) problems.push(`model reports CDK error ${first.code} at ${first.path} (${first.message}) but CDK synthesized`);
    else {
      const ours = JSON.stringify(renderTemplate(design));
      const theirs = JSON.stringify(synth.template);
      if (ours !== theirs) problems.push(`template differs\n  model: ${ours}\n  cdk:   ${theirs}`);
      const modelWarnings = [...new Set(diagnostics.filter((d) => d.source === 'cdk' && d.severity === 'warning').map((d) => d.code))].sort();
      const cdkWarnings = cdkWarningIds(synth.warnings);
      if (JSON.stringify(modelWarnings) !== JSON.stringify(cdkWarnings)) {
        problems.push(`CDK warnings differ\n  model: ${modelWarnings.join(', ') || 'none'}\n  cdk:   ${cdkWarnings.join(', ') || 'none'}`);
      }
    }
  } else if (!first) {
    problems.push(`CDK threw ${synth.error.name} (${synth.error.phase}): ${synth.error.message} but the model reports no CDK error`);
  } else {
    const code = cdkCodeOf(synth.error);
    if (code !== first.code) problems.push(`CDK threw ${code}: ${synth.error.message}; model's first CDK error is ${first.code}: ${first.message}`);
    else if (withoutTokenNumbers(synth.error.message) !== withoutTokenNumbers(first.message)) problems.push(`same code ${code}, different message\n  model: ${first.message}\n  cdk:   ${synth.error.message}`);
    else if (synth.error.phase !== first.phase) problems.push(`${code}: CDK raises it at ${synth.error.phase} time, the model says ${first.phase}`);
  }
  return { problems, synth, diagnostics };
}
