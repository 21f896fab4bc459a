/** An entry of the left column (the stack resources, a repository): a full-width button that shows which is open. */
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import type { SxProps, Theme } from '@mui/material/styles';
import { plural } from '../diagnostics/plural.ts';
import { Tag } from '../ui/Tag.tsx';

export interface NavItemProps {
  /** Whether this entry is the one the form shows. */
  current: boolean;
  onClick: () => void;
  /** Padding, border: what differs between entries. */
  sx: SxProps<Theme>;
  children: React.ReactNode;
}

export function NavItem({ current, onClick, sx, children }: NavItemProps) {
  return (
    <ButtonBase
      onClick={onClick}
      aria-current={current ? 'true' : undefined}
      sx={[
        {
          display: 'block',
          width: '100%',
          textAlign: 'left',
          borderRadius: 1,
          py: 1,
          bgcolor: current ? 'action.selected' : 'transparent',
          '&:hover': { bgcolor: current ? 'action.selected' : 'action.hover' },
          '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
        },
        ...(Array.isArray(sx) ? sx : [sx]),
      ]}
    >
      {children}
    </ButtonBase>
  );
}

/** The errors and warnings of an entry, as tags under it (nothing when there are none). */
export function ProblemCounts({ errors, warnings }: { errors: number; warnings: number }) {
  if (errors === 0 && warnings === 0) return null;
  return (
    <Box component="span" sx={{ display: 'flex', gap: 0.5, mt: 0.5 }}>
      {errors > 0 && <Tag tone="error">{plural(errors, 'error')}</Tag>}
      {warnings > 0 && <Tag>{plural(warnings, 'warning')}</Tag>}
    </Box>
  );
}
