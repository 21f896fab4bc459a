import { ChoiceToggle } from './ChoiceToggle.tsx';
import { helperFor } from './DiagnosticMessages.tsx';
import { fieldId } from './fieldId.ts';
import { hasError, useFieldDiagnostics } from './useFieldDiagnostics.ts';

export interface TriStateToggleProps {
  path: string;
  label: string;
  value: boolean | undefined;
  onChange: (value: boolean | undefined) => void;
  help?: React.ReactNode;
  /** What "Not set" means for this property (shown as its tooltip). */
  unsetMeaning: string;
  labels?: { true: string; false: string };
}

type Choice = 'unset' | 'true' | 'false';

/** A boolean that distinguishes "not set" (CDK default, property omitted) from an explicit true or false. */
export function TriStateToggle({ path, label, value, onChange, help, unsetMeaning, labels = { true: 'On', false: 'Off' } }: TriStateToggleProps) {
  const diagnostics = useFieldDiagnostics(path);
  const choice: Choice = value === undefined ? 'unset' : value ? 'true' : 'false';
  return (
    <ChoiceToggle<Choice>
      id={fieldId(path)}
      label={label}
      value={choice}
      options={{ unset: 'Not set', true: labels.true, false: labels.false }}
      hints={{ unset: `Not set: ${unsetMeaning}` }}
      onChange={(next) => onChange(next === 'unset' ? undefined : next === 'true')}
      helperText={helperFor(diagnostics, help)}
      error={hasError(diagnostics)}
    />
  );
}
