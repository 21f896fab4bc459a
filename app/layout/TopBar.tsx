import { Suspense, useState } from 'react';
import DarkMode from '@mui/icons-material/DarkModeOutlined';
import LightMode from '@mui/icons-material/LightModeOutlined';
import NoteAdd from '@mui/icons-material/NoteAddOutlined';
import Redo from '@mui/icons-material/Redo';
import Undo from '@mui/icons-material/Undo';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { ProblemsButton } from '../diagnostics/ProblemsButton.tsx';
import { Hint } from '../fields/Hint.tsx';
import { LazyNewDesignDialog } from '../lazyParts.ts';
import { redo, undo } from '../store/actions.ts';
import { useCanRedo, useCanUndo } from '../store/designStore.ts';
import { toggleTheme, useUiStore } from '../store/uiStore.ts';
import { UnreadableNotice } from './Messages.tsx';
import { ShareLinkOpener } from '../share/ShareLinkOpener.tsx';
import { TransferButtons } from '../share/TransferButtons.tsx';
import { StackNameField } from './StackNameField.tsx';
import { ActionButton } from '../ui/ActionButton.tsx';
import { IconAction } from '../ui/IconAction.tsx';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

export function TopBar() {
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();
  const dark = useUiStore((s) => s.themeMode === 'dark');
  const [confirmNew, setConfirmNew] = useState(false);
  return (
    <Box component="header" sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, px: { xs: 2, sm: 3 }, minHeight: 60, flexWrap: { xs: 'wrap', md: 'nowrap' }, py: { xs: 1, md: 0 } }}>
        <Box component="img" src="/favicon.svg" alt="" sx={{ width: 24, height: 24 }} />
        <Typography variant="h6" component="h1" sx={{ fontSize: '1.05rem', fontWeight: 700, whiteSpace: 'nowrap', mr: 1 }}>
          ECR Designer
        </Typography>
        <StackNameField />
        <Box sx={{ flex: 1 }} />
        <Hint title={`Undo (${MOD}Z)`}>
          <IconAction aria-label="Undo" onClick={undo} disabled={!canUndo}>
            <Undo />
          </IconAction>
        </Hint>
        <Hint title={`Redo (${isMac ? '⇧⌘Z' : 'Ctrl+Y'})`}>
          <IconAction aria-label="Redo" onClick={redo} disabled={!canRedo}>
            <Redo />
          </IconAction>
        </Hint>
        <Hint title="Start a new, empty design">
          <ActionButton color="inherit" startIcon={<NoteAdd />} onClick={() => setConfirmNew(true)}>
            New design
          </ActionButton>
        </Hint>
        <TransferButtons />
        <Box aria-hidden sx={{ alignSelf: 'stretch', my: 1.5, borderLeft: 1, borderColor: 'divider' }} />
        <ProblemsButton />
        <Hint title={dark ? 'Switch to the light theme' : 'Switch to the dark theme'}>
          <IconAction aria-label={dark ? 'Use light theme' : 'Use dark theme'} onClick={toggleTheme}>
            {dark ? <LightMode /> : <DarkMode />}
          </IconAction>
        </Hint>
      </Box>
      <UnreadableNotice />
      <ShareLinkOpener />
      {confirmNew && (
        <Suspense fallback={null}>
          <LazyNewDesignDialog onClose={() => setConfirmNew(false)} />
        </Suspense>
      )}
    </Box>
  );
}
