import { useId } from 'react';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
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
    <FormControl error={error}>
      <FormLabel id={labelId} sx={{ fontSize: '0.8rem', mb: 0.5 }}>
        {label}
      </FormLabel>
      <Segmented id={id} value={value} options={options} hints={hints} onChange={onChange} aria-labelledby={labelId} aria-describedby={helperText ? helpId : undefined} />
      {helperText && (
        <FormHelperText id={helpId} component="div">
          {helperText}
        </FormHelperText>
      )}
    </FormControl>
  );
}
