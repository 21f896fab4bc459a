import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import WarningAmber from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import type { Diagnostic, Severity } from '@ecr-designer/model';

const ICONS = { error: ErrorOutline, warning: WarningAmber, info: InfoOutlined } as const;
const ICON_COLORS = { error: 'error.main', warning: 'warning.main', info: 'info.main' } as const;
const LABELS: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

/**
 * Diagnostics as helper text: one line per message with a severity icon. Inline (spans) so it can sit
 * inside FormHelperText's paragraph. Text stays in readable colors; the icon carries the severity.
 */
export function DiagnosticMessages({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  return (
    <>
      {diagnostics.map((d, i) => {
        const Icon = ICONS[d.severity];
        return (
          <Box
            component="span"
            key={i}
            data-diagnostic-code={d.code}
            sx={{ position: 'relative', display: 'flex', gap: 0.5, alignItems: 'flex-start', whiteSpace: 'pre-line', overflowWrap: 'anywhere', color: d.severity === 'error' ? 'error.main' : 'text.secondary' }}
          >
            <Icon aria-hidden sx={{ fontSize: 16, mt: '1px', color: ICON_COLORS[d.severity], flexShrink: 0 }} />
            <span>
              <Box component="span" sx={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
                {LABELS[d.severity]}:{' '}
              </Box>
              {d.message}
            </span>
          </Box>
        );
      })}
    </>
  );
}

/** Helper text for a field: its diagnostics when it has any, otherwise its help text. */
export function helperFor(diagnostics: readonly Diagnostic[], help: React.ReactNode): React.ReactNode {
  return diagnostics.length > 0 ? <DiagnosticMessages diagnostics={diagnostics} /> : help;
}
