/** Messages between the import dialog and the importer (its Web Worker, or the inline stand-in). */
import type { ImportResult, ImportSummary } from '@ecr-designer/model';

export interface ImportRequest {
  id: number;
  text: string;
}

export interface ImportAnswer {
  id: number;
  result: ImportResult;
  summary: ImportSummary;
}
