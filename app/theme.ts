import { createTheme, type Theme } from '@mui/material/styles';
import type { ThemeMode } from './store/uiStore.ts';

export const MONO_FONT = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace';

/** Honours the system's "reduce motion" setting: menus, dialogs and snackbars appear without animation. */
function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function createAppTheme(mode: ThemeMode): Theme {
  return createTheme({
    ...(prefersReducedMotion() ? { transitions: { create: () => 'none', duration: { shortest: 0, shorter: 0, short: 0, standard: 0, complex: 0, enteringScreen: 0, leavingScreen: 0 } } } : {}),
    palette: {
      mode,
      primary: { main: mode === 'dark' ? '#90caf9' : '#1565c0' },
      background: mode === 'dark' ? { default: '#121417', paper: '#181b1f' } : { default: '#f6f7f9', paper: '#ffffff' },
    },
    shape: { borderRadius: 6 },
    typography: {
      fontSize: 14,
      // The system's UI font: nothing to download (the app makes no requests beyond its own files).
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
      button: { textTransform: 'none', fontWeight: 600 },
    },
    components: {
      MuiTextField: { defaultProps: { size: 'small' } },
      MuiButton: { defaultProps: { disableElevation: true } },
      // Menus and popovers open inside the main landmark (the form they belong to), not at the end
      // of <body> where their content would sit outside every landmark.
      MuiPopover: { defaultProps: { container: () => document.querySelector('main') ?? document.body } },
      MuiFormHelperText: { styleOverrides: { root: { marginTop: 4 } } },
      MuiCssBaseline: { styleOverrides: { ':root': { '--mono-font': MONO_FONT } } },
    },
  });
}

/** Two columns when the form column is wide enough (a container query: the form sits in a resizable column). */
export const twoColumns = {
  display: 'grid',
  gap: 2,
  gridTemplateColumns: 'minmax(0, 1fr)',
  '@container form (min-width: 560px)': { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)' },
} as const;
