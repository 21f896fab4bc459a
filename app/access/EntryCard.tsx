import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import Box from '@mui/material/Box';
import { AnchorAlert } from '../fields/AnchorAlert.tsx';
import { Hint } from '../fields/Hint.tsx';
import { IconAction } from '../ui/IconAction.tsx';

export interface EntryCardProps {
  /** Design path of the entry: diagnostics about the whole entry show at its top. */
  path: string;
  title: React.ReactNode;
  /** Accessible name of the remove button, e.g. "Remove principal CiRole". */
  removeLabel: string;
  onRemove: () => void;
  children: React.ReactNode;
}

/** One entry of a list editor (a principal, a grant, a rule): a bordered card with a remove button. */
export function EntryCard({ path, title, removeLabel, onRemove, children }: EntryCardProps) {
  return (
    <Box role="group" aria-label={typeof title === 'string' ? title : undefined} data-path={path} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Box sx={{ flex: 1, minWidth: 0, typography: 'body2', fontWeight: 600, fontFamily: 'var(--mono-font)', overflowWrap: 'anywhere' }}>{title}</Box>
        <Hint title={removeLabel}>
          <IconAction aria-label={removeLabel} size="small" onClick={onRemove}>
            <DeleteOutline fontSize="small" />
          </IconAction>
        </Hint>
      </Box>
      <AnchorAlert path={path} />
      {children}
    </Box>
  );
}

/** "No entries yet" text of an empty list. */
export function EmptyList({ children }: { children: React.ReactNode }) {
  return <Box sx={{ typography: 'body2', color: 'text.secondary' }}>{children}</Box>;
}
