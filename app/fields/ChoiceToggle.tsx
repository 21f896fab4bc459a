import { useId } from 'react';
import Box from '@mui/material/Box';
import { Segmented } from '../ui/Segmented.tsx';

export interface ChoiceToggleProps<V extends string> {
  id?: string;
  label: string;
  value: V;
  /** Each choice with its button label. */
  options: Record<V, string>;
  hints?: Partial<Record<V, string>>;
  onChange: (value: V) => void;
  helperText?: React.ReactNode;
  error?: boolean;
}

/** One of a few choices as a row of toggle buttons, with an explanation below. */
export function ChoiceToggle<V extends string>({ id, label, value, options, hints, onChange, helperText, error }: ChoiceToggleProps<V>) {
  const labelId = useId();
  const helpId = useId();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5, minWidth: 0 }}>
      <Box id={labelId} sx={{ typography: 'body2', fontWeight: 500, color: error ? 'error.main' : 'text.primary' }}>
        {label}
      </Box>
      <Segmented id={id} value={value} options={options} hints={hints} onChange={onChange} aria-labelledby={labelId} aria-describedby={helperText ? helpId : undefined} />
      {helperText && (
        <Box id={helpId} sx={{ typography: 'caption', lineHeight: 1.45, color: 'text.secondary' }}>
          {helperText}
        </Box>
      )}
    </Box>
  );
}
