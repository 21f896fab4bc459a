import { useState } from 'react';
import { type JsonValue, jsonObjectText, parseJsonObjectText } from '@ecr-designer/model';
import { Field } from '../fields/Field.tsx';
import { DiagnosticMessages, helperFor } from '../fields/DiagnosticMessages.tsx';
import { fieldId } from '../fields/fieldId.ts';
import { hasError, useFieldDiagnostics } from '../fields/useFieldDiagnostics.ts';

export interface JsonObjectFieldProps {
  path: string;
  label: string;
  value: { [key: string]: JsonValue } | undefined;
  /** Called with the parsed object, or undefined when the text is emptied; never while the text is not a JSON object. */
  onChange: (value: { [key: string]: JsonValue } | undefined, path: string) => void;
  help?: React.ReactNode;
  placeholder?: string;
}

/**
 * A JSON object edited as text. While the text does not parse, the design keeps its last valid value
 * and the field says where the text is wrong; diagnostics of the value show below as for any field.
 */
export function JsonObjectField({ path, label, value, onChange, help, placeholder }: JsonObjectFieldProps) {
  const diagnostics = useFieldDiagnostics(path);
  // The text being typed, for the value it was typed over (undo or another edit of the value resets it).
  const [draft, setDraft] = useState<{ text: string; over: typeof value } | undefined>(undefined);
  const text = draft !== undefined && draft.over === value ? draft.text : jsonObjectText(value);
  const parsed = parseJsonObjectText(text);
  const parseError = parsed.kind === 'error' ? parsed.message : undefined;
  const change = (next: string) => {
    const result = parseJsonObjectText(next);
    if (result.kind === 'error') {
      setDraft({ text: next, over: value });
      return;
    }
    const nextValue = result.kind === 'object' ? result.value : undefined;
    setDraft({ text: next, over: nextValue });
    onChange(nextValue, path);
  };
  return (
    <Field
      id={fieldId(path)}
      label={label}
      value={text}
      multiline
      onChange={(e) => change(e.target.value)}
      error={parseError !== undefined || hasError(diagnostics)}
      helperText={
        parseError !== undefined ? (
          <>
            <span role="alert" data-parse-error>
              {parseError}
            </span>
            {diagnostics.length > 0 && <DiagnosticMessages diagnostics={diagnostics} />}
          </>
        ) : (
          helperFor(diagnostics, help)
        )
      }
      placeholder={placeholder}
      inputAttributes={{ spellCheck: false, autoComplete: 'off', 'data-rows': 4, style: { fontFamily: 'var(--mono-font)', minHeight: '6em' } }}
    />
  );
}
