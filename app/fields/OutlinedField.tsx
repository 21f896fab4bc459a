import { useId } from 'react';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import type { SxProps, Theme } from '@mui/material/styles';

export interface OutlinedFieldProps {
  id?: string;
  label: React.ReactNode;
  value: string;
  onChange?: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  onKeyDown?: (event: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  onBlur?: () => void;
  onClick?: (event: React.MouseEvent<HTMLDivElement>) => void;
  error?: boolean;
  helperText?: React.ReactNode;
  placeholder?: string | undefined;
  required?: boolean | undefined;
  multiline?: boolean | undefined;
  autoFocus?: boolean | undefined;
  readOnly?: boolean;
  startAdornment?: React.ReactNode;
  endAdornment?: React.ReactNode;
  /** Attributes of the <input> element. */
  inputAttributes?: React.InputHTMLAttributes<HTMLInputElement> & Record<`aria-${string}` | `data-${string}`, unknown>;
  sx?: SxProps<Theme>;
}

/**
 * An outlined, small text field: MUI's TextField without its `select` mode, which would pull MUI's
 * Select, Menu, Popover and Modal into the first download.
 */
export function OutlinedField({
  id,
  label,
  value,
  onChange,
  onKeyDown,
  onBlur,
  onClick,
  error,
  helperText,
  placeholder,
  required,
  multiline,
  autoFocus,
  readOnly,
  startAdornment,
  endAdornment,
  inputAttributes,
  sx,
}: OutlinedFieldProps) {
  const fallbackId = useId();
  const inputId = id ?? fallbackId;
  const helperId = `${inputId}-helper`;
  const labelId = `${inputId}-label`;
  return (
    <FormControl size="small" fullWidth error={error} required={required} sx={sx}>
      <InputLabel htmlFor={inputId} id={labelId}>
        {label}
      </InputLabel>
      <OutlinedInput
        id={inputId}
        label={label}
        value={value}
        onChange={onChange}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
        onClick={onClick}
        placeholder={placeholder}
        multiline={multiline}
        minRows={multiline ? 2 : undefined}
        autoFocus={autoFocus}
        readOnly={readOnly}
        startAdornment={startAdornment}
        endAdornment={endAdornment}
        slotProps={{ input: { 'aria-describedby': helperText ? helperId : undefined, ...inputAttributes } }}
      />
      {helperText && (
        <FormHelperText id={helperId} component="div">
          {helperText}
        </FormHelperText>
      )}
    </FormControl>
  );
}
