import Box from '@mui/material/Box';
import { type AccessNote, accessNotes } from '@ecr-designer/model';
import { Callout } from '../ui/Callout.tsx';

/** The model's explanations of surprising CDK behaviour that apply to an entry, as info callouts. */
export function Notes({ notes }: { notes: readonly AccessNote[] }) {
  if (notes.length === 0) return null;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      {notes.map((note) => (
        <Callout key={note} severity="info" data-note={note}>
          {accessNotes[note]}
        </Callout>
      ))}
    </Box>
  );
}
