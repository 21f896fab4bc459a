import Box from '@mui/material/Box';
import { Field } from '../fields/Field.tsx';
import { DiagnosticMessages } from '../fields/DiagnosticMessages.tsx';
import { fieldId } from '../fields/fieldId.ts';
import { hasError, useFieldDiagnostics } from '../fields/useFieldDiagnostics.ts';
import { setStackName } from '../store/actions.ts';
import { useDesignStore } from '../store/designStore.ts';

/** The stack name in the app bar; its diagnostics float below it so the bar keeps its height. */
export function StackNameField() {
  const stackName = useDesignStore((s) => s.history.present.stackName);
  const diagnostics = useFieldDiagnostics('stackName');
  const describedBy = diagnostics.length ? 'stack-name-diagnostics' : undefined;
  return (
    <Box sx={{ position: 'relative', flex: { xs: '0 0 220px', sm: '0 1 300px' }, minWidth: { sm: 160 } }}>
      <Field
        id={fieldId('stackName')}
        label="Stack name"
        value={stackName}
        onChange={(e) => setStackName(e.target.value)}
        error={hasError(diagnostics)}
        labelPlacement="start"
        inputAttributes={{ spellCheck: false, autoComplete: 'off', 'aria-describedby': describedBy, style: { fontFamily: 'var(--mono-font)' } }}
      />
      {diagnostics.length > 0 && (
        <Box
          id="stack-name-diagnostics"
          sx={{ position: 'absolute', top: '100%', left: 0, mt: 0.5, width: 360, maxWidth: '90vw', zIndex: 1, p: 1, borderRadius: 1, boxShadow: 4, bgcolor: 'background.paper', typography: 'caption' }}
        >
          <DiagnosticMessages diagnostics={diagnostics} />
        </Box>
      )}
    </Box>
  );
}
