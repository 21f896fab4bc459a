/**
 * Sends simulation requests to the simulator and hands back the answers of the newest request
 * only. At most one request is with the simulator at a time: while it works, newer requests
 * replace each other, and only the last is sent when it is done (typing in a rule never queues up
 * stale work). The simulator is a Web Worker where the browser has one, else it runs inline.
 */
import type { ReplayAnswer, SimulationAnswer, SimulationRequest } from '@ecr-designer/model';
import { type FromSimulator, serve } from './protocol.ts';

export interface SimulationListener {
  evaluation(answer: SimulationAnswer): void;
  replay(answer: ReplayAnswer): void;
  failed(message: string): void;
}

export interface SimulationClient {
  /** Sends (or queues) the request; returns its id. */
  run(request: Omit<SimulationRequest, 'id'>): number;
  dispose(): void;
}

interface Channel {
  post(request: SimulationRequest): void;
  close(): void;
}

function workerChannel(receive: (message: FromSimulator) => void): Channel {
  const worker = new Worker(new URL('./simulate.worker.ts', import.meta.url), { type: 'module', name: 'simulator' });
  worker.addEventListener('message', (event: MessageEvent<FromSimulator>) => receive(event.data));
  worker.addEventListener('error', (event) => receive({ kind: 'failed', id: -1, message: event.message || 'The simulator stopped.' }));
  return {
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker's postMessage has no target origin
    post: (request) => worker.postMessage(request),
    close: () => worker.terminate(),
  };
}

function inlineChannel(receive: (message: FromSimulator) => void): Channel {
  const session = import('./inlineSession.ts').then((m) => new m.SimulationSession());
  let newest = 0;
  let closed = false;
  return {
    post: (request) => {
      newest = request.id;
      void session.then((s) =>
        setTimeout(() => {
          if (!closed && request.id === newest) serve(s, request, (m) => !closed && receive(m), () => request.id === newest);
        }, 0),
      );
    },
    close: () => {
      closed = true;
    },
  };
}

export function createSimulationClient(listener: SimulationListener, useWorker = typeof Worker === 'function'): SimulationClient {
  let lastId = 0;
  let busy = false;
  let waiting: SimulationRequest | undefined;
  const receive = (message: FromSimulator) => {
    if (message.kind === 'failed') {
      busy = false;
      if (message.id === lastId || message.id === -1) listener.failed(message.message);
    } else if (message.kind === 'evaluation') {
      busy = false;
      if (message.answer.id === lastId) listener.evaluation(message.answer);
    } else if (message.answer.id === lastId) listener.replay(message.answer);
    if (!busy && waiting) send(waiting);
  };
  const channel = useWorker ? workerChannel(receive) : inlineChannel(receive);
  function send(request: SimulationRequest) {
    waiting = undefined;
    busy = true;
    channel.post(request);
  }
  return {
    run(partial) {
      const request = { ...partial, id: ++lastId };
      if (busy) waiting = request;
      else send(request);
      return request.id;
    },
    dispose: () => channel.close(),
  };
}
