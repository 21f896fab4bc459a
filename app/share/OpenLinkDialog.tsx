/**
 * Opening a share link: the design it carries is decoded without trusting it (the model's
 * decodeShareFragment). A broken link is explained and nothing else happens; a design is opened at
 * once when that loses no work, and otherwise shown and opened only if the user says so.
 */
import { useEffect, useId, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { type Design, type ShareLinkDecoded, decodeShareFragment, replacingLosesWork, sameDesign } from '@ecr-designer/model';
import { replaceDesign } from '../store/actions.ts';
import { currentDesign } from '../store/designStore.ts';
import { notify } from '../store/uiStore.ts';

function repositories(n: number): string {
  return `${n} ${n === 1 ? 'repository' : 'repositories'}`;
}

function open(design: Design): void {
  if (sameDesign(currentDesign(), design)) return;
  replaceDesign(design);
  notify(`Opened the shared design “${design.stackName}” (${repositories(design.repositories.length)}).`, 'success', true);
}

export default function OpenLinkDialog({ fragment, onDone }: { fragment: string; onDone: () => void }) {
  const [decoded, setDecoded] = useState<ShareLinkDecoded | undefined>(undefined);
  const titleId = useId();
  const textId = useId();
  useEffect(() => {
    let cancelled = false;
    void decodeShareFragment(fragment).then((result) => {
      if (cancelled) return;
      if (result.ok && !replacingLosesWork(currentDesign(), result.design)) {
        open(result.design);
        onDone();
      } else setDecoded(result);
    });
    return () => {
      cancelled = true;
    };
  }, [fragment, onDone]);

  if (!decoded) return null;
  if (!decoded.ok) {
    return (
      <Dialog open onClose={onDone} aria-labelledby={titleId} aria-describedby={textId} data-testid="link-error">
        <DialogTitle id={titleId}>This link cannot be opened</DialogTitle>
        <DialogContent>
          <DialogContentText id={textId}>
            {decoded.message} Your design is unchanged.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={onDone} autoFocus>
            OK
          </Button>
        </DialogActions>
      </Dialog>
    );
  }
  const { design, diagnostics } = decoded;
  const current = currentDesign();
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return (
    <Dialog open onClose={onDone} fullWidth maxWidth="sm" aria-labelledby={titleId} aria-describedby={textId} data-testid="open-link">
      <DialogTitle id={titleId}>Open the shared design?</DialogTitle>
      <DialogContent>
        <DialogContentText id={textId}>
          The link carries the stack “{design.stackName}” with {repositories(design.repositories.length)}
          {errors > 0 ? `, shared as work in progress (${errors} validation ${errors === 1 ? 'error' : 'errors'})` : ''}. Opening it replaces your
          current design, “{current.stackName}” with {repositories(current.repositories.length)}; Undo brings yours back.
        </DialogContentText>
        <Box component="ul" sx={{ mt: 1.5, mb: 0, pl: 2.5 }} aria-label="Repositories in the link">
          {design.repositories.map((r, i) => (
            <li key={i}>
              <Typography variant="body2" component="span" sx={{ fontFamily: 'var(--mono-font)' }}>
                {r.id}
              </Typography>
              {r.repositoryName !== undefined && (
                <Typography variant="body2" component="span" color="text.secondary">
                  {` — ${r.repositoryName}`}
                </Typography>
              )}
            </li>
          ))}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onDone} autoFocus>
          Keep my design
        </Button>
        <Button
          variant="contained"
          onClick={() => {
            open(design);
            onDone();
          }}
        >
          Open the shared design
        </Button>
      </DialogActions>
    </Dialog>
  );
}
