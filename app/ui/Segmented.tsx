import ButtonBase from '@mui/material/ButtonBase';
import Box from '@mui/material/Box';
import { alpha } from '@mui/material/styles';
import { Hint } from '../fields/Hint.tsx';

export interface SegmentedProps<V extends string> {
  id?: string | undefined;
  value: V;
  options: Record<V, string>;
  /** Optional tooltip per option. */
  hints?: Partial<Record<V, string>> | undefined;
  onChange: (value: V) => void;
  'aria-labelledby': string;
  'aria-describedby'?: string | undefined;
}

/** A row of toggle buttons of which exactly one is pressed (a lighter ToggleButtonGroup). */
export function Segmented<V extends string>({ id, value, options, hints, onChange, ...aria }: SegmentedProps<V>) {
  const values = Object.keys(options) as V[];
  return (
    <Box id={id} role="group" {...aria} sx={{ display: 'inline-flex', alignSelf: 'flex-start', maxWidth: '100%', border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden' }}>
      {values.map((v, i) => {
        const pressed = v === value;
        const button = (
          <ButtonBase
            key={v}
            aria-pressed={pressed}
            onClick={() => !pressed && onChange(v)}
            sx={(t) => ({
              px: 1.5,
              py: 0.5,
              minHeight: 32,
              flexShrink: 1,
              lineHeight: 1.25,
              fontSize: '0.8125rem',
              fontWeight: 500,
              borderLeft: i === 0 ? 0 : 1,
              borderColor: 'divider',
              color: pressed ? 'primary.main' : 'text.secondary',
              bgcolor: pressed ? alpha(t.palette.primary.main, 0.12) : 'transparent',
              '&:hover': { bgcolor: pressed ? alpha(t.palette.primary.main, 0.16) : 'action.hover' },
              '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
            })}
          >
            {options[v]}
          </ButtonBase>
        );
        const hint = hints?.[v];
        return hint ? (
          <Hint key={v} title={hint}>
            {button}
          </Hint>
        ) : (
          button
        );
      })}
    </Box>
  );
}
