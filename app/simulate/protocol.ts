/** Messages between the app and the simulator (its Web Worker, or the inline stand-in). */
import type { ReplayAnswer, SimulationAnswer, SimulationRequest } from '@ecr-designer/model';

export type ToSimulator = SimulationRequest;

export type FromSimulator =
  | { kind: 'evaluation'; answer: SimulationAnswer }
  | { kind: 'replay'; answer: ReplayAnswer }
  | { kind: 'failed'; id: number; message: string };

/**
 * Runs one request on `session`: the evaluation at once, the replay (slower) in a later task and
 * only while no newer request has come in (`isNewest`).
 */
export function serve(
  session: { evaluate(r: SimulationRequest): SimulationAnswer; replay(r: SimulationRequest): ReplayAnswer },
  request: SimulationRequest,
  post: (message: FromSimulator) => void,
  isNewest: () => boolean,
): void {
  try {
    post({ kind: 'evaluation', answer: session.evaluate(request) });
  } catch (e) {
    post({ kind: 'failed', id: request.id, message: e instanceof Error ? e.message : String(e) });
    return;
  }
  setTimeout(() => {
    if (!isNewest()) return;
    try {
      post({ kind: 'replay', answer: session.replay(request) });
    } catch (e) {
      post({ kind: 'failed', id: request.id, message: e instanceof Error ? e.message : String(e) });
    }
  }, 0);
}
