import { cloneElement, useId, useLayoutEffect, useRef, useState } from 'react';
import Box from '@mui/material/Box';

export interface HintProps {
  title: string;
  /** One focusable element (a button, a chip); the hint describes it. */
  children: React.ReactElement<React.HTMLAttributes<HTMLElement>>;
  placement?: 'top' | 'bottom';
}

/**
 * A small tooltip: shown on hover and on keyboard focus, hidden with Escape, and always available to
 * assistive technology as the element's description. Positioned with `position: fixed`, so scrolling
 * columns never clip it. (MUI's Tooltip would pull Popper.js into the first download.)
 */
export function Hint({ title, children, placement = 'bottom' }: HintProps) {
  const id = useId();
  const anchor = useRef<HTMLSpanElement>(null);
  const bubble = useRef<HTMLSpanElement>(null);
  const [open, setOpen] = useState(false);
  const [position, setPosition] = useState<{ left: number; top: number } | undefined>(undefined);

  useLayoutEffect(() => {
    if (!open || !anchor.current || !bubble.current) return;
    const a = anchor.current.getBoundingClientRect();
    const b = bubble.current.getBoundingClientRect();
    const left = Math.min(Math.max(8, a.left + a.width / 2 - b.width / 2), window.innerWidth - b.width - 8);
    const below = a.bottom + 6;
    const above = a.top - b.height - 6;
    const top = placement === 'top' ? (above >= 8 ? above : below) : below + b.height <= window.innerHeight - 8 ? below : above;
    setPosition({ left, top });
  }, [open, placement]);

  const show = () => setOpen(true);
  const hide = () => {
    setOpen(false);
    setPosition(undefined);
  };
  const describedBy = [children.props['aria-describedby'], id].filter(Boolean).join(' ');
  return (
    <Box
      component="span"
      ref={anchor}
      onMouseEnter={show}
      onMouseLeave={hide}
      onFocus={(e: React.FocusEvent) => e.target.matches(':focus-visible') && show()}
      onBlur={hide}
      onKeyDown={(e: React.KeyboardEvent) => e.key === 'Escape' && open && hide()}
      sx={{ display: 'inline-flex' }}
    >
      {cloneElement(children, { 'aria-describedby': describedBy })}
      <Box
        component="span"
        ref={bubble}
        id={id}
        role="tooltip"
        sx={{
          display: open ? 'block' : 'none',
          position: 'fixed',
          left: position?.left ?? 0,
          top: position?.top ?? 0,
          visibility: position ? 'visible' : 'hidden',
          zIndex: 1500,
          maxWidth: 300,
          px: 1,
          py: 0.5,
          borderRadius: 1,
          bgcolor: 'grey.800',
          color: 'common.white',
          typography: 'caption',
          lineHeight: 1.4,
          pointerEvents: 'none',
          boxShadow: 2,
        }}
      >
        {title}
      </Box>
    </Box>
  );
}
