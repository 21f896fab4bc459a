import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';

export interface TagProps {
  children: React.ReactNode;
  /** `error` is always filled (white on a red that keeps its contrast in both themes). */
  tone?: 'default' | 'primary' | 'error';
  /** Filled with the primary color. */
  filled?: boolean;
  sx?: SxProps<Theme>;
  tabIndex?: number;
  'aria-describedby'?: string;
  [data: `data-${string}`]: unknown;
}

/** A small static label (a priority, a count). */
const errorFill = (t: Theme) => (t.palette.mode === 'dark' ? t.palette.error.dark : t.palette.error.main);

export function Tag({ children, tone = 'default', filled, sx, ...rest }: TagProps) {
  const color = tone === 'default' ? 'text.primary' : `${tone}.main`;
  return (
    <Box
      component="span"
      {...rest}
      sx={[
        {
          display: 'inline-flex',
          alignItems: 'center',
          height: 24,
          px: 1,
          borderRadius: 12,
          border: 1,
          borderColor: tone === 'default' ? 'divider' : tone === 'error' ? errorFill : color,
          color: tone === 'error' ? '#fff' : filled ? 'primary.contrastText' : color,
          bgcolor: tone === 'error' ? errorFill : filled ? 'primary.main' : 'transparent',
          fontSize: '0.8125rem',
          whiteSpace: 'nowrap',
        },
        ...(Array.isArray(sx) ? sx : [sx]),
      ]}
    >
      {children}
    </Box>
  );
}
