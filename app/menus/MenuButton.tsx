import { Suspense, useState } from 'react';
import { LazyActionMenu } from '../lazyParts.ts';

export interface MenuAction {
  label: string;
  secondary?: string | undefined;
  icon?: React.ReactNode;
  disabled?: boolean | undefined;
  onClick: () => void;
}

export interface MenuButtonProps {
  /** Names the menu for assistive technology. */
  label: string;
  actions: MenuAction[];
  /** Renders the button; call `open` with it as the anchor. */
  renderButton: (open: (anchor: HTMLElement) => void, expanded: boolean) => React.ReactNode;
  wide?: boolean;
}

/** A button that opens a menu of actions. */
export function MenuButton({ label, actions, renderButton, wide }: MenuButtonProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      {renderButton(setAnchor, anchor !== null)}
      {anchor && (
        <Suspense fallback={null}>
          <LazyActionMenu anchor={anchor} label={label} actions={actions} onClose={() => setAnchor(null)} wide={wide} />
        </Suspense>
      )}
    </>
  );
}
