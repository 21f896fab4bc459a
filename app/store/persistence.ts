/**
 * The design in the browser's localStorage: saved shortly after every change, restored on start.
 * A saved state that cannot be read (not JSON, wrong shape, a newer format) is never deleted: it is
 * moved to a key of its own so nothing is lost, and the app starts with an empty design.
 */
import { type Design, emptyDesign, parseDesignText } from '@ecr-designer/model';

export const DESIGN_KEY = 'ecr-designer.design';
export const SET_ASIDE_PREFIX = 'ecr-designer.design.unreadable.';
export const SAVE_DELAY_MS = 300;

export interface UnreadableState {
  /** Why the saved state could not be opened. */
  reason: string;
  /** Where the saved text was set aside (undefined when even that failed). */
  setAsideKey: string | undefined;
  /** The saved text, so the user can download it. */
  text: string;
}

export interface LoadedDesign {
  design: Design;
  unreadable?: UnreadableState;
}

function describeProblem(diagnostics: { path: string; message: string }[]): string {
  const first = diagnostics[0];
  if (!first) return 'The saved design could not be read.';
  const more = diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more problem${diagnostics.length > 2 ? 's' : ''})` : '';
  return `${first.path ? `${first.path}: ` : ''}${first.message}${more}`;
}

export function loadDesign(storage: Storage, now: Date = new Date()): LoadedDesign {
  let text: string | null;
  try {
    text = storage.getItem(DESIGN_KEY);
  } catch {
    return { design: emptyDesign() };
  }
  if (text === null) return { design: emptyDesign() };
  const result = parseDesignText(text);
  if (result.design) return { design: result.design };

  let setAsideKey: string | undefined = SET_ASIDE_PREFIX + now.toISOString();
  try {
    storage.setItem(setAsideKey, text);
    storage.removeItem(DESIGN_KEY);
  } catch {
    setAsideKey = undefined;
  }
  return { design: emptyDesign(), unreadable: { reason: describeProblem(result.diagnostics), setAsideKey, text } };
}

/** Returns false when the browser refused to store it (storage full or disabled). */
export function saveDesign(storage: Storage, design: Design): boolean {
  try {
    storage.setItem(DESIGN_KEY, JSON.stringify(design));
    return true;
  } catch {
    return false;
  }
}

/**
 * Saves `SAVE_DELAY_MS` after the last change, and at once when the page is hidden or closed.
 * Returns a function that stops autosaving.
 */
export function startAutosave(
  subscribe: (listener: (design: Design) => void) => () => void,
  getDesign: () => Design,
  storage: Storage,
  onSaveFailed: () => void,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saved = getDesign();
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const design = getDesign();
    if (design === saved) return;
    saved = design;
    if (!saveDesign(storage, design)) onSaveFailed();
  };
  const unsubscribe = subscribe(() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, SAVE_DELAY_MS);
  });
  const onHide = () => flush();
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    flush();
    unsubscribe();
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onHide);
  };
}
