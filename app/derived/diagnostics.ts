/**
 * Diagnostics of the design, grouped by the place the editor shows them.
 *
 * Validation can take a while on a large design, so it never delays typing: DiagnosticsSync
 * validates the design after each edit has been painted (a deferred value, so a burst of keystrokes
 * is validated once) and publishes the result in a small store that fields subscribe to one path at
 * a time. Validation itself is loaded lazily: until it has arrived, nothing is `checked`.
 */
import { useDeferredValue, useEffect } from 'react';
import { create } from 'zustand';
import { type Design, type Diagnostic, type Severity, countBySeverity, placeDiagnosticsIn, repositoryIndexOf } from '@ecr-designer/model';
import { useDesign } from '../store/designStore.ts';
import { useLoaded, validation } from '../lazyParts.ts';
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

/** The diagnostics of `design`, computed once per design object (every edit makes a new one). */
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
    placed: placeDiagnosticsIn(design, all),
    counts: countBySeverity(all),
    perRepository,
    firstError: errors.find((d) => d.source === 'cdk') ?? errors[0],
  };
  cache.set(design, result);
  return result;
}

const useDiagnosticsStore = create<{ current: DesignDiagnostics }>()(() => ({ current: NOT_CHECKED }));

/** Selects from the diagnostics of the design; re-renders only when the selected value changes. */
export function useDiagnostics<T>(select: (diagnostics: DesignDiagnostics) => T): T {
  return useDiagnosticsStore((s) => select(s.current));
}

/** Validates the design after each edit has been painted and publishes the diagnostics. Render once, at the root. */
export function DiagnosticsSync() {
  const design = useDeferredValue(useDesign());
  const loaded = useLoaded(validation);
  useEffect(() => {
    // After the next frame has been painted (a task queued from its animation frame callback): the
    // keystroke and the preview are on screen first. A newer design arriving meanwhile cancels this run.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => useDiagnosticsStore.setState({ current: diagnosticsOf(design, loaded) }));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [design, loaded]);
  return null;
}
