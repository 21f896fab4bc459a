/**
 * The design in the browser's localStorage: saved shortly after every change, restored on start.
 *
 * Start-up reads the saved text with the model's schema alone (JSON plus the design's structure), so
 * the form shows the saved design at once. Text that does not pass is handed to the model's full
 * reader (`parseDesignText`, loaded with validation): it may migrate an older format; otherwise the
 * text is never deleted but moved to a key of its own, the user is told why, and the app keeps the
 * empty design it started with.
 */
import { type Design, type Diagnostic, design as designSchema, emptyDesign } from '@ecr-designer/model';

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

export type SavedDesign =
  /** Nothing saved, or a design that reads as is. */
  | { design: Design; unreadableText?: undefined }
  /** Saved text the quick read does not accept: see settleUnreadable. */
  | { design: Design; unreadableText: string };

/** Reads the saved design with the schema only; never throws. */
export function readSavedDesign(storage: Storage): SavedDesign {
  let text: string | null;
  try {
    text = storage.getItem(DESIGN_KEY);
  } catch {
    return { design: emptyDesign() };
  }
  if (text === null) return { design: emptyDesign() };
  try {
    const value: unknown = JSON.parse(text);
    if (designSchema.check(value, [], [])) return { design: value };
  } catch {
    // not JSON: the model's reader says where
  }
  return { design: emptyDesign(), unreadableText: text };
}

type ParseDesignText = (text: string) => { design?: Design; diagnostics: Diagnostic[] };

function describeProblem(diagnostics: readonly Diagnostic[]): string {
  const first = diagnostics[0];
  if (!first) return 'The saved design could not be read.';
  const more = diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more problem${diagnostics.length > 2 ? 's' : ''})` : '';
  return `${first.path ? `${first.path}: ` : ''}${first.message}${more}`;
}

/**
 * What to do with saved text the quick read refused, by the model's full reader: a design (an older
 * format, migrated), or the text set aside under a key of its own with the reason it is unreadable.
 */
export function settleUnreadable(
  storage: Storage,
  text: string,
  parseDesignText: ParseDesignText,
  now: Date = new Date(),
): { design: Design } | { unreadable: UnreadableState } {
  const result = parseDesignText(text);
  if (result.design) return { design: result.design };
  let setAsideKey: string | undefined = SET_ASIDE_PREFIX + now.toISOString();
  try {
    storage.setItem(setAsideKey, text);
    storage.removeItem(DESIGN_KEY);
  } catch {
    setAsideKey = undefined;
  }
  return { unreadable: { reason: describeProblem(result.diagnostics), setAsideKey, text } };
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
