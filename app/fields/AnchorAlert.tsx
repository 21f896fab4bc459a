import Box from '@mui/material/Box';
import { Callout } from '../ui/Callout.tsx';
import { fieldId } from './fieldId.ts';
import { useFieldDiagnostics } from './useFieldDiagnostics.ts';

/**
 * Diagnostics about a whole thing rather than one field (a repository, a rule, the rule list):
 * shown as alerts where that thing is. Renders nothing when there are none.
 */
export function AnchorAlert({ path, withPaths }: { path: string; /** Title each message with the path it is about. */ withPaths?: boolean }) {
  const diagnostics = useFieldDiagnostics(path);
  if (diagnostics.length === 0) return null;
  return (
    <Box id={fieldId(path)} tabIndex={-1} sx={{ display: 'flex', flexDirection: 'column', gap: 1, outline: 'none' }}>
      {diagnostics.map((d, i) => (
        <Callout key={i} severity={d.severity} title={withPaths ? d.path : undefined} data-diagnostic-code={d.code}>
          {d.message}
        </Callout>
      ))}
    </Box>
  );
}
