/** Dialogs, loaded on first use. */
import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { describeField, emptyDesign, repository as repositorySchema } from '@ecr-designer/model';
import { Field } from '../fields/Field.tsx';
import { replaceDesign, updateRepository } from '../store/actions.ts';
import { notify } from '../store/uiStore.ts';

export function NewDesignDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog open onClose={onClose} aria-labelledby="new-design-title" aria-describedby="new-design-text">
      <DialogTitle id="new-design-title">Start a new design?</DialogTitle>
      <DialogContent>
        <DialogContentText id="new-design-text">
          This replaces the current stack and all its repositories with an empty design. You can still get it back with Undo.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          Keep editing
        </Button>
        <Button
          color="error"
          variant="contained"
          onClick={() => {
            replaceDesign(emptyDesign());
            onClose();
            notify('Started a new design.', 'info', true);
          }}
        >
          Discard and start new
        </Button>
      </DialogActions>
    </Dialog>
  );
}

export function RenameDialog({ index, id, onClose }: { index: number; id: string; onClose: () => void }) {
  const [value, setValue] = useState(id);
  const save = () => {
    if (value !== id) updateRepository(index, { id: value });
    onClose();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="rename-title">
      <DialogTitle id="rename-title">Rename construct ID</DialogTitle>
      <DialogContent>
        <Field
          autoFocus
          label="Construct ID"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && save()}
          helperText={describeField(repositorySchema, 'id')}
          sx={{ mt: 1 }}
          inputAttributes={{ spellCheck: false, style: { fontFamily: 'var(--mono-font)' } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={save}>
          Rename
        </Button>
      </DialogActions>
    </Dialog>
  );
}
