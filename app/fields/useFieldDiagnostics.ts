import type { Diagnostic } from '@ecr-designer/model';
import { useDiagnostics } from '../derived/diagnostics.ts';

const NONE: Diagnostic[] = [];

/** The diagnostics shown at `path` (see the model's editorAnchors). */
export function useFieldDiagnostics(path: string): Diagnostic[] {
  return useDiagnostics((d) => d.placed.get(path) ?? NONE);
}

export function hasError(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
