/**
 * The simulator off the main thread: a same-origin module worker (no blob:, no eval, so a
 * Content-Security-Policy of `script-src 'self'` allows it). It keeps one session, so the images
 * of the last input are read once and a slider move does not replay the policy again.
 */
import { SimulationSession } from '@ecr-designer/model';
import { type FromSimulator, type ToSimulator, serve } from './protocol.ts';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<ToSimulator>) => void): void;
  postMessage(message: FromSimulator): void;
}

const scope = self as unknown as WorkerScope;
const session = new SimulationSession();
let newest = 0;

scope.addEventListener('message', (event) => {
  const request = event.data;
  newest = Math.max(newest, request.id);
  if (request.id < newest) return;
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
  serve(session, request, (message) => scope.postMessage(message), () => request.id === newest);
});
