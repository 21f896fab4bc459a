import { forwardRef } from 'react';
import DragIndicator from '@mui/icons-material/DragIndicator';
import { Hint } from '../fields/Hint.tsx';
import { IconAction, type IconActionProps } from '../ui/IconAction.tsx';

export interface RuleHandleProps extends Omit<IconActionProps, 'onKeyDown' | 'aria-label'> {
  label: string;
  onMoveUp?: (() => void) | undefined;
  onMoveDown?: (() => void) | undefined;
  /** Keys other than Alt+arrows (dnd-kit's keyboard sensor). */
  onOtherKeyDown?: ((e: React.KeyboardEvent<HTMLElement>) => void) | undefined;
  dragging?: boolean;
}

/** The drag handle of a rule. Alt+↑/↓ moves the rule one step at once; dnd-kit adds Space + arrows and the pointer. */
export const RuleHandle = forwardRef<HTMLButtonElement, RuleHandleProps>(function RuleHandle(
  { label, onMoveUp, onMoveDown, onOtherKeyDown, dragging, ...buttonProps },
  ref,
) {
  const onKeyDown = (e: React.KeyboardEvent<HTMLElement>) => {
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      (e.key === 'ArrowUp' ? onMoveUp : onMoveDown)?.();
      return;
    }
    onOtherKeyDown?.(e);
  };
  return (
    <Hint title="Drag, or press Space then ↑/↓ (Alt+↑/↓ moves at once)" placement="top">
      <IconAction ref={ref} size="small" {...buttonProps} onKeyDown={onKeyDown} aria-label={label} sx={{ cursor: dragging ? 'grabbing' : 'grab', touchAction: 'none' }}>
        <DragIndicator fontSize="small" />
      </IconAction>
    </Hint>
  );
});
