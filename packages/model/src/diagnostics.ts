/**
 * Diagnostics: what validation says about a design.
 *
 * `path` points at the field concerned, in the form `repositories[0].lifecycleRules[1].maxImageCount`
 * (keys that are not plain identifiers are written `tags["cost center"]`). The empty path means the
 * design as a whole. The app matches paths to form fields; the CLI prints `path: CODE: message`.
 */

export type Severity = 'error' | 'warning' | 'info';

/**
 * Who enforces the rule:
 * - `cdk`: aws-cdk-lib throws (construct or synth time); `code` and `message` are CDK's own.
 * - `cloudformation`: the resource schema rejects it (aws-cdk-lib's built-in validation with
 *   `@aws-cdk/core:validateAgainstDefaultRules`, or CloudFormation at deploy time).
 * - `ecr`: the ECR service rejects it at deploy time (or it misbehaves there).
 * - `iam`, `sns`, `events`, `lambda`: that service rejects it at deploy time (a policy IAM refuses, an
 *   SNS endpoint, an event pattern) or it does not work there as the design intends.
 * - `designer`: ECR Designer's own rule (naming of constructs, things we cannot render faithfully).
 * - `schema`: the design file has the wrong shape.
 */
export type DiagnosticSource = 'cdk' | 'cloudformation' | 'ecr' | 'iam' | 'sns' | 'events' | 'lambda' | 'designer' | 'schema';

export interface Diagnostic {
  path: string;
  severity: Severity;
  code: string;
  message: string;
  source: DiagnosticSource;
  /**
   * For `cdk` diagnostics: when aws-cdk-lib raises it. `construct` errors are thrown while the
   * stack's constructor runs, `synth` errors only by `app.synth()`. Within a phase, diagnostics are
   * listed in the order CDK evaluates them, so the first `cdk` error is the one `cdk synth` shows.
   */
  phase?: 'construct' | 'synth';
}

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENT.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) out[d.severity]++;
  return out;
}

/** True when `diagnosticPath` is `fieldPath` itself or lies inside it. */
export function pathWithin(diagnosticPath: string, fieldPath: string): boolean {
  if (fieldPath === '') return true;
  if (!diagnosticPath.startsWith(fieldPath)) return false;
  const rest = diagnosticPath.slice(fieldPath.length);
  return rest === '' || rest.startsWith('.') || rest.startsWith('[');
}
