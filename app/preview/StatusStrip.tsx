import { memo } from 'react';
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlineOutlined';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import Box from '@mui/material/Box';
import { useDiagnostics } from '../derived/diagnostics.ts';
import { plural } from '../diagnostics/plural.ts';
import { goToDiagnostic } from '../diagnostics/navigate.ts';
import { currentDesign } from '../store/designStore.ts';
import { ActionButton } from '../ui/ActionButton.tsx';

const LINE = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

/**
 * Two lines above the preview saying whether CDK would synthesize the design, and if not, the error
 * it would stop at. Always the same height, so the editor does not jump when errors come and go.
 */
export const StatusStrip = memo(function StatusStrip() {
  const { checked, counts, firstError: error } = useDiagnostics((d) => d);
  let title: string;
  let detail: string;
  if (error) {
    title = error.source === 'cdk' ? 'CDK would refuse to synthesize this design' : 'This design would fail to deploy';
    const more = counts.error > 1 ? ` (first of ${plural(counts.error, 'error')}; the preview below is a best effort)` : ' (the preview below is a best effort)';
    detail = `${error.message.split('\n')[0]}${more}`;
  } else if (!checked) {
    title = 'Checking the design…';
    detail = 'The preview is shown meanwhile.';
  } else {
    title = 'Ready: cdk synth produces this output';
    detail = counts.warning > 0 ? `${plural(counts.warning, 'warning')} to review; it deploys as is.` : 'CDK, CloudFormation and ECR checks pass.';
  }
  return (
    <Box
      role="status"
      data-testid="synth-status"
      data-state={error ? 'error' : checked ? 'ok' : 'checking'}
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 1.25,
        pl: 2,
        pr: 1.5,
        height: 56,
        flexShrink: 0,
        borderBottom: 1,
        borderColor: 'divider',
        bgcolor: (t) => (error ? (t.palette.mode === 'dark' ? t.palette.error.dark : t.palette.error.main) : 'transparent'),
        color: error ? '#fff' : 'text.primary',
      }}
    >
      {error ? <ErrorOutline aria-hidden /> : <CheckCircleOutline aria-hidden color={checked ? 'success' : 'disabled'} />}
      <Box sx={{ flex: 1, minWidth: 0 }} title={error?.message}>
        <Box sx={{ ...LINE, typography: 'body2', fontWeight: 600 }}>{title}</Box>
        <Box sx={{ ...LINE, typography: 'body2', color: error ? 'inherit' : 'text.secondary' }}>{detail}</Box>
      </Box>
      {error && (
        <ActionButton size="small" color="inherit" variant="outlined" onClick={() => goToDiagnostic(currentDesign(), error)}>
          Show error
        </ActionButton>
      )}
    </Box>
  );
});
