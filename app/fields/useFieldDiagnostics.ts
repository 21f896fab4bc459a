import { useRef } from 'react';
import type { Diagnostic } from '@ecr-designer/model';
import { useDiagnostics } from '../derived/diagnostics.ts';

const NONE: Diagnostic[] = [];

const sameDiagnostic = (a: Diagnostic, b: Diagnostic) =>
  a.path === b.path && a.severity === b.severity && a.code === b.code && a.message === b.message && a.source === b.source && a.phase === b.phase;

/**
 * The diagnostics shown at `path` (see the model's editorAnchors). Each validation makes new
 * diagnostic objects: while they say the same, the field keeps the previous array and does not
 * re-render.
 */
export function useFieldDiagnostics(path: string): Diagnostic[] {
  const last = useRef<Diagnostic[]>(NONE);
  return useDiagnostics((d) => {
    const next = d.placed.get(path) ?? NONE;
    const previous = last.current;
    if (next.length === previous.length && next.every((x, i) => sameDiagnostic(x, previous[i] as Diagnostic))) return previous;
    last.current = next;
    return next;
  });
}

export function hasError(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
