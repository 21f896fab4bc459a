import { Suspense, useId, useState } from 'react';
import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import { Field } from './Field.tsx';
import { LazyChoiceMenu } from '../lazyParts.ts';
import type { Choice } from '../menus/ChoiceMenu.tsx';
import { helperFor } from './DiagnosticMessages.tsx';
import { fieldId } from './fieldId.ts';
import { hasError, useFieldDiagnostics } from './useFieldDiagnostics.ts';

export interface EnumSelectProps<E extends string> {
  path: string;
  label: string;
  value: E | undefined;
  /** Each value with its one-line explanation (the model's enum `members`). */
  members: Record<E, string>;
  onChange: (value: E | undefined) => void;
  /** Help shown while the value is not set (the field's description). */
  help?: React.ReactNode;
  unsetLabel?: string;
  /**
   * A value the design must have (a grant's method, a principal's kind): the list offers no
   * "not set" entry; while there is no value yet, the field shows `unsetLabel` as a prompt.
   */
  required?: boolean;
}

const UNSET = '';
const OPEN_KEYS = new Set(['Enter', ' ', 'ArrowDown', 'ArrowUp']);

/**
 * An enum select (a select-only combobox) whose list explains every value; "Not set" leaves the CDK
 * default. Below the field: the explanation of the chosen value, or the field's help while not set.
 */
export function EnumSelect<E extends string>({ path, label, value, members, onChange, help, unsetLabel = 'Not set (CDK default)', required = false }: EnumSelectProps<E>) {
  const diagnostics = useFieldDiagnostics(path);
  const listId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const choices: Choice[] = [
    ...(required ? [] : [{ value: UNSET, label: unsetLabel, description: 'Property omitted: the CDK default applies.' }]),
    ...(Object.keys(members) as E[]).map((v) => ({ value: v, label: v, description: members[v], monospace: true })),
  ];
  const explanation = value !== undefined ? `${value}: ${members[value]}` : help;
  const open = (el: HTMLElement) => setAnchor(el.closest<HTMLElement>('.MuiInputBase-root') ?? el);
  return (
    <>
      <Field
        id={fieldId(path)}
        label={label}
        value={value ?? unsetLabel}
        error={hasError(diagnostics)}
        helperText={helperFor(diagnostics, explanation)}
        onClick={(e) => open(e.currentTarget as HTMLElement)}
        onKeyDown={(e) => {
          if (OPEN_KEYS.has(e.key) || (e.altKey && e.key === 'ArrowDown')) {
            e.preventDefault();
            open(e.target as HTMLElement);
          }
        }}
        sx={{ '& .MuiInputBase-root, & input': { cursor: 'pointer' } }}
        readOnly
        endAdornment={<ArrowDropDown aria-hidden sx={{ color: 'action.active', mr: -0.5 }} />}
        inputAttributes={{
          role: 'combobox',
          'aria-haspopup': 'listbox',
          'aria-expanded': anchor !== null,
          'aria-controls': anchor ? listId : undefined,
          style: value !== undefined ? { fontFamily: 'var(--mono-font)' } : undefined,
        }}
      />
      {anchor && (
        <Suspense fallback={null}>
          <LazyChoiceMenu
            anchor={anchor}
            id={listId}
            label={label}
            choices={choices}
            selected={value ?? UNSET}
            onPick={(v) => onChange(v === UNSET ? undefined : (v as E))}
            onClose={() => setAnchor(null)}
          />
        </Suspense>
      )}
    </>
  );
}
