/** "Copy link": makes the link, copies it, and shows it with its length (to copy by hand when the browser refuses). */
import { useEffect, useId, useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { type Design, shareLinkNote } from '@ecr-designer/model';
import { Field } from '../fields/Field.tsx';
import { copyText, shareLinkFor } from './transfer.ts';

type State = { state: 'making' } | { state: 'ready'; link: string; copied: boolean } | { state: 'failed'; message: string };

export default function CopyLinkDialog({ design, onClose }: { design: Design; onClose: () => void }) {
  const [state, setState] = useState<State>({ state: 'making' });
  const titleId = useId();
  useEffect(() => {
    let cancelled = false;
    shareLinkFor(design).then(
      async (link) => {
        if (cancelled) return;
        const copied = await copyText(link);
        if (!cancelled) setState({ state: 'ready', link, copied });
      },
      (e: unknown) => !cancelled && setState({ state: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      cancelled = true;
    };
  }, [design]);
  const title = state.state === 'ready' ? (state.copied ? 'Link copied' : 'Copy this link') : state.state === 'failed' ? 'No link' : 'Making the link…';
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        {state.state === 'ready' && (
          <>
            <DialogContentText data-testid="share-link-note" sx={{ mb: 2 }}>
              {state.copied ? 'The link is on the clipboard. ' : 'The browser did not allow copying to the clipboard: select the link and copy it. '}
              {shareLinkNote(state.link.length)}
            </DialogContentText>
            <Field
              label="Share link"
              value={state.link}
              readOnly
              inputAttributes={{ spellCheck: false, 'data-testid': 'share-link', onFocus: (e) => e.target.select(), style: { fontFamily: 'var(--mono-font)' } }}
            />
          </>
        )}
        {state.state === 'failed' && <DialogContentText>The link could not be made: {state.message}</DialogContentText>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          Done
        </Button>
      </DialogActions>
    </Dialog>
  );
}
