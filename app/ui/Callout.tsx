import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import WarningAmber from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import { alpha } from '@mui/material/styles';
import type { Severity } from '@ecr-designer/model';

const ICONS = { error: ErrorOutline, warning: WarningAmber, info: InfoOutlined } as const;

export interface CalloutProps {
  severity: Severity;
  title?: React.ReactNode;
  children: React.ReactNode;
  'data-diagnostic-code'?: string;
}

/** A tinted box with a severity icon, for messages about a whole thing (a rule, a repository). Not a live region. */
export function Callout({ severity, title, children, ...rest }: CalloutProps) {
  const Icon = ICONS[severity];
  return (
    <Box
      {...rest}
      sx={{
        display: 'flex',
        gap: 1,
        px: 1.5,
        py: 1,
        borderRadius: 1,
        borderLeft: 4,
        borderColor: `${severity}.main`,
        bgcolor: (t) => alpha(t.palette[severity].main, t.palette.mode === 'dark' ? 0.16 : 0.08),
        typography: 'body2',
        whiteSpace: 'pre-line',
        overflowWrap: 'anywhere',
      }}
    >
      <Icon aria-hidden fontSize="small" sx={{ color: `${severity}.main`, mt: '1px' }} />
      <Box sx={{ minWidth: 0 }}>
        {title && <Box sx={{ fontWeight: 600, mb: 0.25 }}>{title}</Box>}
        {children}
      </Box>
    </Box>
  );
}
