import Close from '@mui/icons-material/Close';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';

export interface RemovableChipProps {
  label: string;
  error?: boolean;
  onRemove: () => void;
}

/** An entry of a chip list, with its own remove button (named "Remove <entry>"). */
export function RemovableChip({ label, error, onRemove }: RemovableChipProps) {
  return (
    <Box
      component="span"
      data-chip={label}
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        maxWidth: '100%',
        height: 24,
        my: 0.25,
        mr: 0.5,
        pl: 1,
        borderRadius: 12,
        border: 1,
        borderColor: error ? 'error.main' : 'divider',
        // An entry in error loses its fill: red text keeps its contrast on the plain background only.
        color: (t) => (error ? (t.palette.mode === 'dark' ? t.palette.error.light : t.palette.error.dark) : t.palette.text.primary),
        bgcolor: error ? 'transparent' : 'action.selected',
        fontFamily: 'var(--mono-font)',
        fontSize: '0.8125rem',
      }}
    >
      <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
        {label}
      </Box>
      <ButtonBase
        aria-label={`Remove ${label}`}
        onClick={onRemove}
        sx={{ ml: 0.25, width: 22, height: 22, borderRadius: '50%', color: 'text.secondary', '&:hover, &.Mui-focusVisible': { bgcolor: 'action.hover', color: 'text.primary' } }}
      >
        <Close sx={{ fontSize: 14 }} />
      </ButtonBase>
    </Box>
  );
}
