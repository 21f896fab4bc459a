import { useEffect, useRef, useState } from 'react';
import type { ReplayAnswer, SimulationAnswer, SimulationRequest } from '@ecr-designer/model';
import { type SimulationClient, createSimulationClient } from './simulationClient.ts';

export interface SimulationState {
  answer: SimulationAnswer | undefined;
  /** The replay of the same rules, images and date as `answer` (absent while it is computed). */
  replay: ReplayAnswer | undefined;
  /** A request is with the simulator and its evaluation has not come back yet. */
  running: boolean;
  failure: string | undefined;
}

type Request = Omit<SimulationRequest, 'id'>;

/** Requests that differ only in the slider's day share their replay. */
const sameReplay = (a: Request | undefined, b: Request | undefined) => a !== undefined && b !== undefined && a.rules === b.rules && a.source === b.source && a.at === b.at;

/**
 * Runs `request` (when defined) whenever it changes, off the main thread, and returns the answers
 * of the newest request; until they arrive, the previous ones stay on screen.
 */
export function useSimulation(request: Request | undefined): SimulationState {
  const [state, setState] = useState<SimulationState>({ answer: undefined, replay: undefined, running: false, failure: undefined });
  const client = useRef<SimulationClient | undefined>(undefined);
  const sent = useRef(new Map<number, Request>());

  useEffect(() => {
    const requests = sent.current;
    const c = createSimulationClient({
      evaluation: (answer) =>
        setState((s) => ({
          ...s,
          answer,
          replay: s.replay && sameReplay(requests.get(s.replay.id), requests.get(answer.id)) ? s.replay : undefined,
          running: false,
          failure: undefined,
        })),
      replay: (replay) => setState((s) => ({ ...s, replay })),
      failed: (failure) => setState((s) => ({ ...s, running: false, failure })),
    });
    client.current = c;
    return () => {
      c.dispose();
      client.current = undefined;
    };
  }, []);

  useEffect(() => {
    if (!request || !client.current) return;
    setState((s) => (s.running ? s : { ...s, running: true }));
    const id = client.current.run(request);
    const requests = sent.current;
    requests.set(id, request);
    // Only the last few can still be answered or shown.
    for (const old of requests.keys()) if (old < id - 8) requests.delete(old);
  }, [request]);

  return state;
}
