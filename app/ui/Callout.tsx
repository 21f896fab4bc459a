import Box from '@mui/material/Box';
import { alpha } from '@mui/material/styles';
import type { Severity } from '@ecr-designer/model';
import { SEVERITY_ICONS, SEVERITY_LABELS } from './severity.ts';
import { visuallyHidden } from './visuallyHidden.ts';

export interface CalloutProps {
  severity: Severity;
  title?: React.ReactNode;
  children: React.ReactNode;
  'data-diagnostic-code'?: string;
}

/** A tinted box with a severity icon, for messages about a whole thing (a rule, a repository). Not a live region. */
export function Callout({ severity, title, children, ...rest }: CalloutProps) {
  const Icon = SEVERITY_ICONS[severity];
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
      <Box sx={{ minWidth: 0, position: 'relative' }}>
        <Box component="span" sx={visuallyHidden}>
          {SEVERITY_LABELS[severity]}:{' '}
        </Box>
        {title && <Box sx={{ fontWeight: 600, mb: 0.25 }}>{title}</Box>}
        {children}
      </Box>
    </Box>
  );
}
