import { useId, useState } from 'react';
import { Field } from './Field.tsx';
import { pathWithin } from '@ecr-designer/model';
import { RemovableChip } from '../ui/RemovableChip.tsx';
import { helperFor } from './DiagnosticMessages.tsx';
import { fieldId } from './fieldId.ts';
import { hasError, useFieldDiagnostics } from './useFieldDiagnostics.ts';

export interface ChipListInputProps {
  path: string;
  label: string;
  value: string[] | undefined;
  /** Receives the new list, or undefined when the last entry was removed. */
  onChange: (value: string[] | undefined) => void;
  help?: React.ReactNode;
  placeholder?: string;
  /** Completion for the entry being typed (a native datalist): the values that fit what is typed so far. */
  complete?: (typed: string) => readonly { value: string; description?: string }[];
}

/** Entries are separated by Enter, comma or white space (none of which a tag or filter can contain). */
const SEPARATOR = /[\s,]+/;

/**
 * A list of short strings as chips in a text field. Enter, a comma, a space or leaving the field adds
 * the typed text, so nothing typed is lost; Backspace in the empty field removes the last chip, and a
 * chip is removed with its own button. Entries with an error are shown in the error color.
 */
export function ChipListInput({ path, label, value, onChange, help, placeholder, complete }: ChipListInputProps) {
  const diagnostics = useFieldDiagnostics(path);
  const [input, setInput] = useState('');
  const listId = useId();
  const suggestions = complete?.(input) ?? [];
  const items = value ?? [];
  const commit = (list: string[]) => onChange(list.length ? list : undefined);
  const add = (text: string) => {
    const added = text.split(SEPARATOR).filter(Boolean);
    if (added.length) commit([...items, ...added]);
  };
  const removeAt = (i: number) => commit(items.filter((_, j) => j !== i));
  const itemHasError = (i: number) => diagnostics.some((d) => d.severity === 'error' && pathWithin(d.path, `${path}[${i}]`));

  const onInput = (text: string) => {
    if (!SEPARATOR.test(text)) {
      setInput(text);
      return;
    }
    const parts = text.split(SEPARATOR);
    setInput(parts.pop() ?? '');
    add(parts.join(' '));
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' && input.trim()) {
      e.preventDefault();
      add(input);
      setInput('');
    } else if (e.key === 'Backspace' && input === '' && items.length > 0) {
      e.preventDefault();
      removeAt(items.length - 1);
    }
  };
  const chips = items.map((item, i) => (
    <RemovableChip key={`${i}:${item}`} label={item} error={itemHasError(i)} onRemove={() => removeAt(i)} />
  ));

  return (
    <>
      <Field
        id={fieldId(path)}
        label={label}
        value={input}
        onChange={(e) => onInput(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (input.trim()) add(input);
          setInput('');
        }}
        placeholder={items.length ? undefined : placeholder}
        error={hasError(diagnostics)}
        helperText={helperFor(diagnostics, help)}
        sx={{ '& .MuiInputBase-root': { flexWrap: 'wrap', py: 0.5 }, '& .MuiInputBase-input': { flex: 1, minWidth: 80, py: 0.75 } }}
        startAdornment={chips.length ? chips : undefined}
        inputAttributes={{ spellCheck: false, autoComplete: 'off', list: complete ? listId : undefined, style: { fontFamily: 'var(--mono-font)' } }}
      />
      {complete && (
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s.value} value={s.value}>
              {s.description}
            </option>
          ))}
        </datalist>
      )}
    </>
  );
}
