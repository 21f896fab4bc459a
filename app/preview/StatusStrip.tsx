import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlineOutlined';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useDiagnostics } from '../derived/diagnostics.ts';
import { goToDiagnostic } from '../diagnostics/navigate.ts';
import { useDesign } from '../store/designStore.ts';
import { ActionButton } from '../ui/ActionButton.tsx';

/**
 * One line above the preview saying whether CDK would synthesize the design. Always present with the
 * same height, so the editor does not jump when the first error appears or goes away.
 */
export function StatusStrip() {
  const design = useDesign();
  const { checked, counts, firstError: error } = useDiagnostics((d) => d);
  const refusal = error?.source === 'cdk' ? 'CDK would refuse to synthesize this design' : 'This design would fail to deploy';
  return (
    <Box
      role="status"
      data-testid="synth-status"
      data-state={error ? 'error' : 'ok'}
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 1,
        pl: 2,
        pr: 1,
        height: 40,
        flexShrink: 0,
        borderBottom: 1,
        borderColor: 'divider',
        bgcolor: (t) => (error ? (t.palette.mode === 'dark' ? t.palette.error.dark : t.palette.error.main) : 'transparent'),
        color: error ? '#fff' : 'text.secondary',
      }}
    >
      {error ? <ErrorOutline fontSize="small" aria-hidden /> : <CheckCircleOutline fontSize="small" color="success" aria-hidden />}
      <Typography variant="body2" noWrap title={error?.message} sx={{ flex: 1, minWidth: 0 }}>
        {error ? (
          <>
            <strong>{refusal}</strong>
            {counts.error > 1 ? ` (${counts.error} errors)` : ''}: {error.message.split('\n')[0]} The preview below is a best effort.
          </>
        ) : !checked ? (
          'Checking the design…'
        ) : (
          <>
            Ready: <code>cdk synth</code> produces this output{counts.warning > 0 ? `; ${counts.warning} warning${counts.warning > 1 ? 's' : ''} to review` : ''}.
          </>
        )}
      </Typography>
      {error && (
        <ActionButton size="small" color="inherit" variant="outlined" onClick={() => goToDiagnostic(design, error)} sx={{ flexShrink: 0, py: 0 }}>
          Show error
        </ActionButton>
      )}
    </Box>
  );
}
