import { useState } from 'react';
import { Field } from './Field.tsx';
import type { Diagnostic } from '@ecr-designer/model';
import { helperFor } from './DiagnosticMessages.tsx';
import { fieldId } from './fieldId.ts';
import { hasError, useFieldDiagnostics } from './useFieldDiagnostics.ts';

export interface NumberInputProps {
  path: string;
  label: string;
  value: number | undefined;
  /** Receives a number, or undefined when the field is emptied. Never called with text that is not a number. */
  onChange: (value: number | undefined, path: string) => void;
  help?: React.ReactNode;
  placeholder?: string;
  endAdornment?: string;
  autoFocus?: boolean;
}

const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;

/** What the user typed, and the stored value it was typed over (a different stored value, e.g. after undo, wins). */
interface Draft {
  text: string;
  over: number | undefined;
}

/**
 * A number field that never loses what the user typed: text that is not (yet) a number stays in the
 * field with a message and is not committed; numbers are committed as they are typed, and the model
 * judges them (whole number, at least 1, ...).
 */
export function NumberInput({ path, label, value, onChange, help, placeholder, endAdornment, autoFocus }: NumberInputProps) {
  const diagnostics = useFieldDiagnostics(path);
  const [draft, setDraft] = useState<Draft | undefined>(undefined);
  const activeDraft = draft && Object.is(draft.over, value) ? draft : undefined;
  const text = activeDraft ? activeDraft.text : value === undefined ? '' : String(value);
  const notANumber = text.trim() !== '' && !NUMBER.test(text);
  const local: Diagnostic[] = notANumber
    ? [{ path, severity: 'error', code: 'NotANumber', source: 'designer', message: `'${text}' is not a number; it is kept here but not used until it is one.` }]
    : [];

  const handleChange = (next: string) => {
    if (next.trim() === '') {
      setDraft(undefined);
      onChange(undefined, path);
    } else if (NUMBER.test(next)) {
      const n = Number(next);
      setDraft(String(n) === next ? undefined : { text: next, over: n });
      onChange(n, path);
    } else {
      setDraft({ text: next, over: value });
    }
  };

  const shown = notANumber ? local : diagnostics;
  return (
    <Field
      id={fieldId(path)}
      label={label}
      value={text}
      onChange={(e) => handleChange(e.target.value)}
      error={hasError(shown)}
      helperText={helperFor(shown, help)}
      placeholder={placeholder}
      autoFocus={autoFocus}
      inputAttributes={{ inputMode: 'decimal', autoComplete: 'off' }}
      endAdornment={endAdornment ? <span style={{ opacity: 0.75, whiteSpace: 'nowrap' }}>{endAdornment}</span> : undefined}
    />
  );
}
