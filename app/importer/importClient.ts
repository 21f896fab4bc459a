/**
 * Runs imports for the dialog in a Web Worker (the yaml parser and the importers never load on the
 * page itself).
 * Only the newest text matters: a worker still busy with an older text is terminated and replaced,
 * so a slow document can never hold up the next one, and a worker that does not answer within
 * `timeoutMs` is stopped with a message instead of leaving the dialog waiting.
 */
import type { ImportAnswer, ImportRequest } from './protocol.ts';

export type Analyze = (text: string) => Promise<ImportAnswer>;

export class ImportTimeout extends Error {}

function startWorker(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'importer' });
}

export interface ImportClient {
  analyze: Analyze;
  dispose(): void;
}

export function createImportClient(timeoutMs = 20_000): ImportClient {
  if (typeof Worker !== 'function') {
    // Every browser the app supports has workers; component tests pass their own `analyze`.
    return { analyze: () => Promise.reject(new Error('This browser cannot run the importer (it has no Web Workers).')), dispose: () => undefined };
  }
  let worker: Worker | undefined;
  let pending: { id: number; reject: (e: Error) => void } | undefined;
  let lastId = 0;
  const stop = () => {
    worker?.terminate();
    worker = undefined;
  };
  return {
    analyze(text) {
      if (pending) {
        // An older text is still being read: it no longer matters.
        stop();
        pending.reject(new Error('superseded'));
      }
      worker ??= startWorker();
      const current = worker;
      const id = ++lastId;
      return new Promise<ImportAnswer>((resolve, reject) => {
        const timer = setTimeout(() => {
          stop();
          pending = undefined;
          reject(new ImportTimeout(`Reading the text took longer than ${timeoutMs / 1000} s and was stopped.`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          current.removeEventListener('message', onMessage);
          current.removeEventListener('error', onError);
          if (pending?.id === id) pending = undefined;
        };
        const onMessage = (event: MessageEvent<ImportAnswer>) => {
          if (event.data.id !== id) return;
          done();
          resolve(event.data);
        };
        const onError = (event: ErrorEvent) => {
          done();
          stop();
          reject(new Error(event.message || 'The importer stopped.'));
        };
        current.addEventListener('message', onMessage);
        current.addEventListener('error', onError);
        pending = { id, reject: (e) => {
          done();
          reject(e);
        } };
        const request: ImportRequest = { id, text };
        // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
        current.postMessage(request);
      });
    },
    dispose() {
      pending?.reject(new Error('superseded'));
      pending = undefined;
      stop();
    },
  };
}
