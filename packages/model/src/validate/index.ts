/**
 * Validation: a design in, diagnostics out; never throws.
 *
 * `checkDesign` accepts anything (parsed JSON of unknown shape): it first checks the structure
 * against the design schema, then, when the structure is sound, runs the domain checks: the ones
 * aws-cdk-lib makes (cdk-checks.ts, CDK's codes and wording, in CDK's order) followed by the ones
 * CloudFormation and ECR enforce at deploy time and the warnings (deploy-checks.ts).
 */
import { design as designSchema, type Design } from '../design.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { renderTemplate, resourceTypeCounts } from '../cfn/template.ts';
import { jsonTextBytes, jsonTextLength } from '../cfn/template-size.ts';
import { cdkChecks } from './cdk-checks.ts';
import { deployChecks } from './deploy-checks.ts';

/** Domain checks of a structurally valid design. */
export function validateDesign(design: Design): Diagnostic[] {
  // The template's size without writing it: the renderers and the measure keep what the previous
  // design shares with this one, so an edit costs its own part. CDK measures the file it writes
  // (indentation 1); CloudFormation gets template.json (indentation 2 and a final line break).
  let template: ReturnType<typeof renderTemplate> | undefined;
  const rendered = () => (template ??= renderTemplate(design));
  return [
    ...cdkChecks(design, () => resourceTypeCounts(design), () => jsonTextLength(rendered(), 1)),
    ...deployChecks(design, () => jsonTextBytes(rendered(), 2) + 1),
  ];
}

export interface CheckResult {
  /** The design, when its structure is sound (it may still have domain errors). */
  design?: Design;
  diagnostics: Diagnostic[];
}

/** Structure first, then (if the structure is sound) the domain checks. */
export function checkDesign(input: unknown): CheckResult {
  const diagnostics: Diagnostic[] = [];
  if (!designSchema.check(input, [], diagnostics)) return { diagnostics };
  return { design: input, diagnostics: validateDesign(input) };
}
