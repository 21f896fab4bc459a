/**
 * Diagnostics of a design, computed once per design object (the store replaces the design on every
 * edit, so identity is the cache key) and grouped by the place the editor shows them.
 */
import {
  type Design,
  type Diagnostic,
  type Severity,
  countBySeverity,
  editorAnchors,
  placeDiagnostics,
  repositoryIndexOf,
  validateDesign,
} from '@ecr-designer/model';

export interface DesignDiagnostics {
  all: Diagnostic[];
  /** Diagnostics by the anchor path they are shown at ('' = the design as a whole). */
  placed: Map<string, Diagnostic[]>;
  counts: Record<Severity, number>;
  /** Counts per repository index. */
  perRepository: Map<number, Record<Severity, number>>;
  /** The error `cdk synth` (or, without CDK errors, the deployment) would fail on first. */
  firstError: Diagnostic | undefined;
}

const cache = new WeakMap<Design, DesignDiagnostics>();

function validate(design: Design): Diagnostic[] {
  try {
    return validateDesign(design);
  } catch (e) {
    // A bug in a check must not take the editor down; say so where the user looks.
    return [{ path: '', severity: 'error', code: 'ValidationFailed', source: 'designer', message: `Validation failed unexpectedly: ${String(e)}` }];
  }
}

export function diagnosticsOf(design: Design): DesignDiagnostics {
  const cached = cache.get(design);
  if (cached) return cached;
  const all = validate(design);
  const perRepository = new Map<number, Record<Severity, number>>();
  for (const d of all) {
    const i = repositoryIndexOf(d.path);
    if (i === undefined) continue;
    const counts = perRepository.get(i) ?? { error: 0, warning: 0, info: 0 };
    counts[d.severity]++;
    perRepository.set(i, counts);
  }
  const errors = all.filter((d) => d.severity === 'error');
  const result: DesignDiagnostics = {
    all,
    placed: placeDiagnostics(all, editorAnchors(design)),
    counts: countBySeverity(all),
    perRepository,
    firstError: errors.find((d) => d.source === 'cdk') ?? errors[0],
  };
  cache.set(design, result);
  return result;
}
