/**
 * Undo history, independent of what it holds. Edits that share a coalescing key and follow each
 * other within COALESCE_MS (typing in one field) become one step.
 */
export const HISTORY_LIMIT = 200;
export const COALESCE_MS = 500;

export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** Key and time of the last committed edit, for coalescing. */
  lastKey?: string | undefined;
  lastAt: number;
}

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastAt: 0 };
}

export function commit<T>(history: History<T>, next: T, key: string | undefined, now: number): History<T> {
  if (next === history.present) return history;
  if (key !== undefined && key === history.lastKey && now - history.lastAt < COALESCE_MS) {
    return { ...history, present: next, future: [], lastAt: now };
  }
  return { past: [...history.past, history.present].slice(-HISTORY_LIMIT), present: next, future: [], lastKey: key, lastAt: now };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], lastAt: 0 };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest, lastAt: 0 };
}
