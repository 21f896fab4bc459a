/** The listbox of an EnumSelect (loaded on first use, so MUI's Menu stays out of the first download). */
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';

export interface Choice {
  value: string;
  label: string;
  description: string;
  monospace?: boolean;
}

export interface ChoiceMenuProps {
  anchor: HTMLElement;
  id: string;
  label: string;
  choices: Choice[];
  selected: string;
  onPick: (value: string) => void;
  onClose: () => void;
}

export default function ChoiceMenu({ anchor, id, label, choices, selected, onPick, onClose }: ChoiceMenuProps) {
  return (
    <Menu
      anchorEl={anchor}
      open
      onClose={onClose}
      variant="selectedMenu"
      slotProps={{
        list: { id, role: 'listbox', 'aria-label': label },
        paper: { sx: { maxWidth: 480, minWidth: anchor.offsetWidth } },
      }}
    >
      {choices.map((c) => (
        <MenuItem
          key={c.value}
          role="option"
          aria-selected={c.value === selected}
          selected={c.value === selected}
          onClick={() => {
            onPick(c.value);
            onClose();
          }}
        >
          <ListItemText
            primary={c.label}
            secondary={c.description}
            slotProps={{
              primary: { sx: c.monospace ? { fontFamily: 'var(--mono-font)', fontSize: '0.875rem' } : undefined },
              secondary: { sx: { whiteSpace: 'normal' } },
            }}
          />
        </MenuItem>
      ))}
    </Menu>
  );
}
