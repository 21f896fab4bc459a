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
    }
  } else if (!first) {
    problems.push(`CDK threw ${synth.error.name} (${synth.error.phase}): ${synth.error.message} but the model reports no CDK error`);
  } else {
    const code = cdkCodeOf(synth.error);
    if (code !== first.code) problems.push(`CDK threw ${code}: ${synth.error.message}; model's first CDK error is ${first.code}: ${first.message}`);
    else if (synth.error.message !== first.message) problems.push(`same code ${code}, different message\n  model: ${first.message}\n  cdk:   ${synth.error.message}`);
    else if (synth.error.phase !== first.phase) problems.push(`${code}: CDK raises it at ${synth.error.phase} time, the model says ${first.phase}`);
  }
  return { problems, synth, diagnostics };
}
