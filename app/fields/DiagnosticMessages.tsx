import Box from '@mui/material/Box';
import type { Diagnostic } from '@ecr-designer/model';
import { SEVERITY_ICONS, SEVERITY_LABELS } from '../ui/severity.ts';
import { visuallyHidden } from '../ui/visuallyHidden.ts';

/**
 * Diagnostics as helper text: one line per message with a severity icon. Inline (spans) so it can sit
 * inside FormHelperText's paragraph. Text stays in readable colors; the icon carries the severity.
 */
export function DiagnosticMessages({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  return (
    <>
      {diagnostics.map((d, i) => {
        const Icon = SEVERITY_ICONS[d.severity];
        return (
          <Box
            component="span"
            key={i}
            data-diagnostic-code={d.code}
            sx={{ position: 'relative', display: 'flex', gap: 0.5, alignItems: 'flex-start', whiteSpace: 'pre-line', overflowWrap: 'anywhere', color: d.severity === 'error' ? 'error.main' : 'text.secondary' }}
          >
            <Icon aria-hidden sx={{ fontSize: 16, mt: '1px', color: `${d.severity}.main`, flexShrink: 0 }} />
            <span>
              <Box component="span" sx={visuallyHidden}>
                {SEVERITY_LABELS[d.severity]}:{' '}
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
