import { helperFor } from './DiagnosticMessages.tsx';
import { Field } from './Field.tsx';
import { fieldId } from './fieldId.ts';
import { hasError, useFieldDiagnostics } from './useFieldDiagnostics.ts';

export interface TextInputProps {
  /** Design path of the field: diagnostics at this path show here, and it names the undo step. */
  path: string;
  label: string;
  value: string | undefined;
  /** Called with `undefined` when the field is emptied and `emptyIsUnset` is set. */
  onChange: (value: string | undefined, path: string) => void;
  help?: React.ReactNode;
  /** An empty field means "not set" (the property is removed) rather than an empty string. */
  emptyIsUnset?: boolean;
  placeholder?: string;
  monospace?: boolean;
  required?: boolean;
  multiline?: boolean;
}

export function TextInput({ path, label, value, onChange, help, emptyIsUnset, placeholder, monospace, required, multiline }: TextInputProps) {
  const diagnostics = useFieldDiagnostics(path);
  return (
    <Field
      id={fieldId(path)}
      label={label}
      value={value ?? ''}
      onChange={(e) => onChange(emptyIsUnset && e.target.value === '' ? undefined : e.target.value, path)}
      error={hasError(diagnostics)}
      helperText={helperFor(diagnostics, help)}
      placeholder={placeholder}
      required={required}
      multiline={multiline}
      inputAttributes={{ spellCheck: false, autoComplete: 'off', style: monospace ? { fontFamily: 'var(--mono-font)' } : undefined }}
    />
  );
}
