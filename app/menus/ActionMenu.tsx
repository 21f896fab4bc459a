/** The menu of a MenuButton (loaded on first use, so MUI's Menu stays out of the first download). */
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import type { MenuAction } from './MenuButton.tsx';

export interface ActionMenuProps {
  anchor: HTMLElement;
  label: string;
  actions: MenuAction[];
  onClose: () => void;
  wide?: boolean;
}

export default function ActionMenu({ anchor, label, actions, onClose, wide }: ActionMenuProps) {
  return (
    <Menu
      anchorEl={anchor}
      open
      onClose={onClose}
      slotProps={{ list: { 'aria-label': label }, paper: { sx: { maxWidth: wide ? 420 : 320 } } }}
    >
      {actions.map((action) => (
        <MenuItem
          key={action.label}
          disabled={action.disabled}
          onClick={() => {
            onClose();
            action.onClick();
          }}
        >
          {action.icon && <ListItemIcon>{action.icon}</ListItemIcon>}
          <ListItemText primary={action.label} secondary={action.secondary} slotProps={{ secondary: { sx: { whiteSpace: 'normal' } } }} />
        </MenuItem>
      ))}
    </Menu>
  );
}
