import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import ContentCopy from '@mui/icons-material/ContentCopy';
import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import MoreVert from '@mui/icons-material/MoreVert';
import { MenuButton } from '../menus/MenuButton.tsx';
import { IconAction } from '../ui/IconAction.tsx';

export interface RuleActionsMenuProps {
  name: string;
  onMoveUp?: (() => void) | undefined;
  onMoveDown?: (() => void) | undefined;
  onDuplicate: () => void;
  onDelete: () => void;
}

const noop = () => undefined;

export function RuleActionsMenu({ name, onMoveUp, onMoveDown, onDuplicate, onDelete }: RuleActionsMenuProps) {
  return (
    <MenuButton
      label={`Actions for ${name}`}
      actions={[
        { label: 'Move up', secondary: 'Alt+↑ on the handle', icon: <ArrowUpward fontSize="small" />, disabled: !onMoveUp, onClick: onMoveUp ?? noop },
        { label: 'Move down', secondary: 'Alt+↓ on the handle', icon: <ArrowDownward fontSize="small" />, disabled: !onMoveDown, onClick: onMoveDown ?? noop },
        { label: 'Duplicate', icon: <ContentCopy fontSize="small" />, onClick: onDuplicate },
        { label: 'Delete', icon: <DeleteOutline fontSize="small" />, onClick: onDelete },
      ]}
      renderButton={(open, expanded) => (
        <IconAction size="small" aria-label={`Actions for ${name}`} aria-haspopup="menu" aria-expanded={expanded} onClick={(e) => open(e.currentTarget)}>
          <MoreVert fontSize="small" />
        </IconAction>
      )}
    />
  );
}
