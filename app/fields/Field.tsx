import { useId } from 'react';
import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';
import { visuallyHidden } from '../ui/visuallyHidden.ts';

export interface FieldProps {
  id?: string | undefined;
  label: React.ReactNode;
  value: string;
  onChange?: (event: React.ChangeEvent<HTMLInputElement & HTMLTextAreaElement>) => void;
  onKeyDown?: (event: React.KeyboardEvent<HTMLInputElement & HTMLTextAreaElement>) => void;
  onBlur?: () => void;
  onClick?: (event: React.MouseEvent<HTMLElement>) => void;
  error?: boolean | undefined;
  helperText?: React.ReactNode;
  placeholder?: string | undefined;
  required?: boolean | undefined;
  /** The label is for assistive technology only (a column header shows it, e.g. in a table of tags). */
  hideLabel?: boolean | undefined;
  /** `start`: the label sits left of the box (a compact field in a toolbar). */
  labelPlacement?: 'top' | 'start';
  multiline?: boolean | undefined;
  autoFocus?: boolean | undefined;
  readOnly?: boolean | undefined;
  startAdornment?: React.ReactNode;
  endAdornment?: React.ReactNode;
  /** Attributes of the <input> element. */
  inputAttributes?: React.InputHTMLAttributes<HTMLInputElement> & Record<`aria-${string}` | `data-${string}`, unknown>;
  sx?: SxProps<Theme>;
}

/**
 * A text field with its label above the box and its help (or diagnostics) below, the layout of the
 * AWS console's forms. Plain elements styled with the theme: the first download carries no MUI
 * input machinery (InputBase, floating labels, notched outlines).
 */
export function Field({
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
  hideLabel,
  labelPlacement = 'top',
  multiline,
  autoFocus,
  readOnly,
  startAdornment,
  endAdornment,
  inputAttributes,
  sx,
}: FieldProps) {
  const fallbackId = useId();
  const inputId = id ?? fallbackId;
  const helperId = `${inputId}-helper`;
  const { style, ...attributes } = inputAttributes ?? {};
  return (
    <Box
      sx={[
        { position: 'relative', display: 'flex', flexDirection: 'column', gap: 0.5, minWidth: 0 },
        labelPlacement === 'start' && { flexDirection: 'row', alignItems: 'center', gap: 1 },
        ...(Array.isArray(sx) ? sx : [sx]),
      ]}
    >
      <Box
        component="label"
        htmlFor={inputId}
        sx={hideLabel ? visuallyHidden : { typography: 'body2', fontWeight: 500, color: error ? 'error.main' : 'text.primary', whiteSpace: 'nowrap' }}
      >
        {label}
        {required && (
          <Box component="span" aria-hidden sx={{ color: 'text.secondary' }}>
            {' '}
            *
          </Box>
        )}
      </Box>
      <Box
        onClick={onClick}
        className="field-box"
        sx={(t) => ({
          display: 'flex',
          flex: labelPlacement === 'start' ? 1 : undefined,
          // Lets a toolbar field shrink with the bar instead of overflowing it.
          minWidth: 0,
          alignItems: 'center',
          flexWrap: 'wrap',
          minHeight: 36,
          px: 1.25,
          gap: 0.5,
          borderRadius: 1,
          border: 1,
          borderColor: error ? 'error.main' : t.palette.mode === 'dark' ? 'rgba(255,255,255,0.3)' : 'rgba(0,0,0,0.3)',
          bgcolor: 'background.paper',
          cursor: readOnly ? 'pointer' : 'text',
          transition: t.transitions.create(['border-color', 'box-shadow'], { duration: t.transitions.duration.shortest }),
          '&:hover': { borderColor: error ? 'error.main' : 'text.primary' },
          '&:focus-within': { borderColor: error ? 'error.main' : 'primary.main', boxShadow: (th: Theme) => `0 0 0 1px ${error ? th.palette.error.main : th.palette.primary.main}` },
        })}
      >
        {startAdornment}
        <Box
          component={multiline ? 'textarea' : 'input'}
          id={inputId}
          value={value}
          onChange={onChange}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
          placeholder={placeholder}
          required={required}
          readOnly={readOnly}
          autoFocus={autoFocus}
          rows={multiline ? 2 : undefined}
          aria-invalid={Boolean(error)}
          aria-describedby={helperText ? helperId : undefined}
          {...attributes}
          style={style}
          sx={{
            flex: 1,
            minWidth: 80,
            // A percentage width does not count towards the box's minimum size (the input's
            // intrinsic size would), so the box can shrink down to minWidth.
            width: '100%',
            border: 0,
            outline: 0,
            p: 0,
            py: 0.875,
            m: 0,
            bgcolor: 'transparent',
            color: 'text.primary',
            font: 'inherit',
            fontSize: '0.875rem',
            lineHeight: 1.5,
            resize: multiline ? 'vertical' : undefined,
            cursor: 'inherit',
            '&::placeholder': { color: 'text.secondary', opacity: 1 },
          }}
        />
        {endAdornment}
      </Box>
      {helperText && (
        <Box id={helperId} sx={{ typography: 'caption', lineHeight: 1.45, color: 'text.secondary' }}>
          {helperText}
        </Box>
      )}
    </Box>
  );
}
