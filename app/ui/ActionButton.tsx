import { forwardRef } from 'react';
import ButtonBase, { type ButtonBaseProps } from '@mui/material/ButtonBase';
import { alpha, type Theme } from '@mui/material/styles';

export interface ActionButtonProps extends ButtonBaseProps {
  variant?: 'text' | 'outlined' | 'contained';
  size?: 'small' | 'medium';
  color?: 'primary' | 'inherit';
  startIcon?: React.ReactNode;
}

function colors(theme: Theme, variant: NonNullable<ActionButtonProps['variant']>, color: NonNullable<ActionButtonProps['color']>) {
  const main = color === 'inherit' ? 'currentColor' : theme.palette.primary.main;
  const tint = color === 'inherit' ? theme.palette.action.hover : alpha(theme.palette.primary.main, 0.08);
  if (variant === 'contained') {
    return {
      bgcolor: 'primary.main',
      color: 'primary.contrastText',
      '&:hover': { bgcolor: 'primary.dark' },
    };
  }
  return {
    color: color === 'inherit' ? 'inherit' : main,
    border: variant === 'outlined' ? 1 : 0,
    borderColor: color === 'inherit' ? 'currentColor' : alpha(theme.palette.primary.main, 0.5),
    '&:hover': { bgcolor: tint },
  };
}

/**
 * A button in the look of MUI's Button (text, outlined, contained), on ButtonBase: MUI's Button
 * brings its loading indicator along, which the first download does not need.
 */
export const ActionButton = forwardRef<HTMLButtonElement, ActionButtonProps>(function ActionButton(
  { variant = 'text', size = 'medium', color = 'primary', startIcon, children, sx, ...rest },
  ref,
) {
  return (
    <ButtonBase
      ref={ref}
      {...rest}
      sx={[
        (theme) => ({
          gap: 1,
          px: size === 'small' ? 1.25 : 2,
          minHeight: size === 'small' ? 30 : 36,
          borderRadius: 1,
          fontWeight: 600,
          fontSize: size === 'small' ? '0.8125rem' : '0.875rem',
          lineHeight: 1.75,
          whiteSpace: 'nowrap',
          flexShrink: 0,
          transition: theme.transitions.create(['background-color', 'border-color']),
          '& > svg': { fontSize: size === 'small' ? 18 : 20 },
          '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 },
          '&.Mui-disabled': { color: 'action.disabled', borderColor: 'action.disabledBackground', bgcolor: variant === 'contained' ? 'action.disabledBackground' : 'transparent' },
          ...colors(theme, variant, color),
        }),
        ...(Array.isArray(sx) ? sx : [sx]),
      ]}
    >
      {startIcon}
      {children}
    </ButtonBase>
  );
});
