import { createTheme, type Theme } from '@mui/material/styles';
import type { ThemeMode } from './store/uiStore.ts';

export const MONO_FONT = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace';

export function createAppTheme(mode: ThemeMode): Theme {
  return createTheme({
    palette: {
      mode,
      primary: { main: mode === 'dark' ? '#90caf9' : '#1565c0' },
      background: mode === 'dark' ? { default: '#121417', paper: '#181b1f' } : { default: '#f6f7f9', paper: '#ffffff' },
    },
    shape: { borderRadius: 6 },
    typography: { fontSize: 14, button: { textTransform: 'none', fontWeight: 600 } },
    components: {
      MuiTextField: { defaultProps: { size: 'small' } },
      MuiButton: { defaultProps: { disableElevation: true } },
      MuiTooltip: { defaultProps: { arrow: true, enterDelay: 400 } },
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
