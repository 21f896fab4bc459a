import { useEffect, useMemo } from 'react';
import Box from '@mui/material/Box';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { DiagnosticsSync } from './derived/diagnostics.ts';
import { UnplacedDiagnostics } from './diagnostics/UnplacedDiagnostics.tsx';
import { RepositoryList } from './layout/RepositoryList.tsx';
import { TopBar } from './layout/TopBar.tsx';
import { Notices } from './layout/Messages.tsx';
import { useUndoShortcuts } from './layout/useUndoShortcuts.ts';
import { RepositoryForm } from './repository/RepositoryForm.tsx';
import { useSelectedIndex } from './store/designStore.ts';
import { useUiStore } from './store/uiStore.ts';
import { createAppTheme } from './theme.ts';
import { prefetchLazyParts } from './lazyParts.ts';
import { PreviewColumn } from './preview/PreviewColumn.tsx';

/**
 * Three columns on a wide window (repositories | form | preview), each scrolling on its own; one
 * scrolling column on a narrow one.
 */
export function App() {
  const mode = useUiStore((s) => s.themeMode);
  const theme = useMemo(() => createAppTheme(mode), [mode]);
  const selected = useSelectedIndex();
  useUndoShortcuts();
  useEffect(prefetchLazyParts, []);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
        <DiagnosticsSync />
        <TopBar />
        <Box
          component="main"
          sx={{
            flex: 1,
            minHeight: 0,
            display: 'grid',
            gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: '224px minmax(0, 1fr) minmax(0, 1.15fr)' },
            overflow: { xs: 'auto', md: 'hidden' },
          }}
        >
          <Box sx={{ overflow: { md: 'auto' }, borderRight: { md: 1 }, borderBottom: { xs: 1, md: 0 }, borderColor: 'divider', bgcolor: 'background.paper' }}>
            <RepositoryList />
          </Box>
          <Box
            aria-label="Repository settings"
            role="region"
            sx={{ overflow: { md: 'auto' }, p: 2, containerType: 'inline-size', containerName: 'form' }}
          >
            <UnplacedDiagnostics />
            <RepositoryForm key={selected} />
          </Box>
          <Box sx={{ borderLeft: { md: 1 }, borderTop: { xs: 1, md: 0 }, borderColor: 'divider', bgcolor: 'background.paper', minHeight: { xs: 560, md: 0 }, display: 'flex', flexDirection: 'column' }}>
            <PreviewColumn />
          </Box>
          <Notices />
        </Box>
      </Box>
    </ThemeProvider>
  );
}
