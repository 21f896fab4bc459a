import type { Diagnostic } from '@ecr-designer/model';
import { diagnosticsOf } from '../derived/diagnostics.ts';
import { useDesignStore } from '../store/designStore.ts';

const NONE: Diagnostic[] = [];

/** The diagnostics shown at `path` (see the model's editorAnchors). */
export function useFieldDiagnostics(path: string): Diagnostic[] {
  return useDesignStore((s) => diagnosticsOf(s.history.present).placed.get(path) ?? NONE);
}

export function hasError(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
