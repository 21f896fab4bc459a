/**
 * The importer off the main thread: the YAML parser and the importers run here, so a 50 MB paste
 * or a hostile document never blocks the page (the model bounds the work; this keeps the typing and
 * the dialog responsive while it runs). A same-origin module worker: `worker-src 'self'` allows it.
 */
import { importText, summarizeImport } from '@ecr-designer/model';
import type { ImportAnswer, ImportRequest } from './protocol.ts';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportRequest>) => void): void;
  postMessage(message: ImportAnswer): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  const { id, text } = event.data;
  const result = importText(text);
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
  scope.postMessage({ id, result, summary: summarizeImport(result) });
});
