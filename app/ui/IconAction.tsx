import { forwardRef } from 'react';
import ButtonBase, { type ButtonBaseProps } from '@mui/material/ButtonBase';

export interface IconActionProps extends ButtonBaseProps {
  /** The accessible name (icon buttons have no visible text). */
  'aria-label': string;
  size?: 'small' | 'medium';
  edge?: 'end';
}

/** A round icon button in the look of MUI's IconButton, on ButtonBase (without its loading indicator). */
export const IconAction = forwardRef<HTMLButtonElement, IconActionProps>(function IconAction({ size = 'medium', edge, sx, children, ...rest }, ref) {
  const box = size === 'small' ? 30 : 40;
  return (
    <ButtonBase
      ref={ref}
      {...rest}
      sx={[
        {
          width: box,
          height: box,
          flexShrink: 0,
          borderRadius: '50%',
          color: 'action.active',
          mr: edge === 'end' ? -0.75 : undefined,
          '& > svg': { fontSize: size === 'small' ? 20 : 24 },
          '&:hover': { bgcolor: 'action.hover' },
          '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
          '&.Mui-disabled': { color: 'action.disabled' },
        },
        ...(Array.isArray(sx) ? sx : [sx]),
      ]}
    >
      {children}
    </ButtonBase>
  );
});
