/**
 * Diagnostics of a design, computed once per design object (the store replaces the design on every
 * edit, so identity is the cache key) and grouped by the place the editor shows them. Validation is
 * loaded lazily: until it has arrived, a design has no diagnostics (and `checked` is false).
 */
import { type Design, type Diagnostic, type Severity, countBySeverity, editorAnchors, placeDiagnostics, repositoryIndexOf } from '@ecr-designer/model';
import { useDesignStore } from '../store/designStore.ts';
import { type Preloadable, useLoaded, validation } from '../lazyParts.ts';
import type * as ValidationModule from './validation.ts';

type Validation = typeof ValidationModule;

export interface DesignDiagnostics {
  /** False until the validation code has loaded. */
  checked: boolean;
  all: Diagnostic[];
  /** Diagnostics by the anchor path they are shown at ('' = the design as a whole). */
  placed: Map<string, Diagnostic[]>;
  counts: Record<Severity, number>;
  /** Counts per repository index. */
  perRepository: Map<number, Record<Severity, number>>;
  /** The error `cdk synth` (or, without CDK errors, the deployment) would fail on first. */
  firstError: Diagnostic | undefined;
}

const NOT_CHECKED: DesignDiagnostics = {
  checked: false,
  all: [],
  placed: new Map(),
  counts: { error: 0, warning: 0, info: 0 },
  perRepository: new Map(),
  firstError: undefined,
};

const cache = new WeakMap<Design, DesignDiagnostics>();

function validate(design: Design, { validateDesign }: Validation): Diagnostic[] {
  try {
    return validateDesign(design);
  } catch (e) {
    // A bug in a check must not take the editor down; say so where the user looks.
    return [{ path: '', severity: 'error', code: 'ValidationFailed', source: 'designer', message: `Validation failed unexpectedly: ${String(e)}` }];
  }
}

export function diagnosticsOf(design: Design, loaded: Validation | undefined): DesignDiagnostics {
  if (!loaded) return NOT_CHECKED;
  const cached = cache.get(design);
  if (cached) return cached;
  const all = validate(design, loaded);
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
    checked: true,
    all,
    placed: placeDiagnostics(all, editorAnchors(design)),
    counts: countBySeverity(all),
    perRepository,
    firstError: errors.find((d) => d.source === 'cdk') ?? errors[0],
  };
  cache.set(design, result);
  return result;
}

const validationModule: Preloadable<Validation> = validation;

/** Selects from the diagnostics of the current design; re-renders when they change or validation arrives. */
export function useDiagnostics<T>(select: (diagnostics: DesignDiagnostics) => T): T {
  const loaded = useLoaded(validationModule);
  return useDesignStore((s) => select(diagnosticsOf(s.history.present, loaded)));
}

/** The diagnostics of the current design, for code outside React (navigation, test hooks). */
export function currentDiagnostics(design: Design): DesignDiagnostics {
  return diagnosticsOf(design, validationModule.current());
}
