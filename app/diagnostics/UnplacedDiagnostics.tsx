import Box from '@mui/material/Box';
import { Callout } from '../ui/Callout.tsx';
import { fieldId } from '../fields/fieldId.ts';
import { useFieldDiagnostics } from '../fields/useFieldDiagnostics.ts';

/** Diagnostics about the design as a whole, or about something the form has no field for. */
export function UnplacedDiagnostics() {
  const diagnostics = useFieldDiagnostics('');
  if (diagnostics.length === 0) return null;
  return (
    <Box id={fieldId('')} tabIndex={-1} data-testid="unplaced-diagnostics" sx={{ display: 'flex', flexDirection: 'column', gap: 1, mb: 2, outline: 'none' }}>
      {diagnostics.map((d, i) => (
        <Callout key={i} severity={d.severity} title={d.path || 'Design'} data-diagnostic-code={d.code}>
          {d.message}
        </Callout>
      ))}
    </Box>
  );
}
