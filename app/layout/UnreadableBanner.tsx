import Close from '@mui/icons-material/Close';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { downloadFile } from '../preview/download.ts';
import { reportUnreadable, useUiStore } from '../store/uiStore.ts';
import { ActionButton } from '../ui/ActionButton.tsx';
import { IconAction } from '../ui/IconAction.tsx';

/** Tells the user that the saved design could not be opened, where it was kept, and lets them download it. */
export default function UnreadableBanner() {
  const unreadable = useUiStore((s) => s.unreadable);
  if (!unreadable) return null;
  return (
    <Alert
      severity="warning"
      role="alert"
      data-testid="unreadable-banner"
      action={
        <>
          <ActionButton color="inherit" size="small" onClick={() => downloadFile('unreadable-design.json', unreadable.text, 'application/json')}>
            Download it
          </ActionButton>
          <IconAction size="small" color="inherit" aria-label="Close" onClick={() => reportUnreadable(undefined)} sx={{ color: 'inherit' }}>
            <Close />
          </IconAction>
        </>
      }
      sx={{ borderRadius: 0, alignItems: 'flex-start' }}
    >
      <AlertTitle>The saved design could not be opened</AlertTitle>
      {unreadable.reason}{' '}
      {unreadable.setAsideKey
        ? `It was kept in this browser's storage under “${unreadable.setAsideKey}”, and a new design was started.`
        : 'A new design was started; the saved text is still in this browser’s storage.'}
    </Alert>
  );
}
