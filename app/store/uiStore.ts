/**
 * State of the screen that is not part of the design: theme, the active preview, messages.
 * Not undoable, not saved with the design (the theme is saved on its own).
 */
import { create } from 'zustand';
import type { UnreadableState } from './persistence.ts';

export type ThemeMode = 'light' | 'dark';
export const THEME_KEY = 'ecr-designer.theme';

export interface Notice {
  id: number;
  message: string;
  severity: 'success' | 'info' | 'error';
  /** An undo offer ("Deleted rule 2. Undo"). */
  undoable?: boolean;
}

/** What the right-hand column shows: the outputs or the lifecycle simulator. */
export type PreviewView = 'preview' | 'simulate';

export interface UiState {
  themeMode: ThemeMode;
  previewTarget: string;
  previewView: PreviewView;
  notice: Notice | undefined;
  unreadable: UnreadableState | undefined;
}

function initialTheme(): ThemeMode {
  try {
    const saved = localStorage.getItem(THEME_KEY);
    if (saved === 'light' || saved === 'dark') return saved;
  } catch {
    // storage unavailable: fall through to the system preference
  }
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export const useUiStore = create<UiState>()(() => ({
  themeMode: initialTheme(),
  previewTarget: 'cfn-yaml',
  previewView: 'preview',
  notice: undefined,
  unreadable: undefined,
}));

export function toggleTheme(): void {
  const themeMode: ThemeMode = useUiStore.getState().themeMode === 'dark' ? 'light' : 'dark';
  useUiStore.setState({ themeMode });
  try {
    localStorage.setItem(THEME_KEY, themeMode);
  } catch {
    // not persisted; the toggle still works for this session
  }
}

let noticeId = 0;
export function notify(message: string, severity: Notice['severity'] = 'success', undoable = false): void {
  useUiStore.setState({ notice: { id: ++noticeId, message, severity, undoable } });
}
export const dismissNotice = () => useUiStore.setState({ notice: undefined });
export const setPreviewTarget = (previewTarget: string) => useUiStore.setState({ previewTarget });
export const setPreviewView = (previewView: PreviewView) => useUiStore.setState({ previewView });
export const reportUnreadable = (unreadable: UnreadableState | undefined) => useUiStore.setState({ unreadable });
