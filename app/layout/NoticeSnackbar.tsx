import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { undo } from '../store/actions.ts';
import { dismissNotice, useUiStore } from '../store/uiStore.ts';

/** Short confirmations ("Copied template.yaml"), with an Undo button after destructive edits. */
export default function NoticeSnackbar() {
  const notice = useUiStore((s) => s.notice);
  return (
    <Snackbar
      key={notice?.id}
      open={notice !== undefined}
      autoHideDuration={notice?.undoable ? 6000 : 3000}
      onClose={(_, reason) => reason !== 'clickaway' && dismissNotice()}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert
        severity={notice?.severity ?? 'success'}
        variant="filled"
        onClose={dismissNotice}
        action={
          notice?.undoable ? (
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                undo();
                dismissNotice();
              }}
            >
              Undo
            </Button>
          ) : undefined
        }
        sx={{ alignItems: 'center' }}
      >
        {notice?.message}
      </Alert>
    </Snackbar>
  );
}
