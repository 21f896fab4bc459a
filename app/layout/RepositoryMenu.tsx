import { Suspense, useState } from 'react';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import ContentCopy from '@mui/icons-material/ContentCopy';
import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import DriveFileRenameOutline from '@mui/icons-material/DriveFileRenameOutline';
import MoreVert from '@mui/icons-material/MoreVert';
import { LazyRenameDialog } from '../lazyParts.ts';
import { MenuButton } from '../menus/MenuButton.tsx';
import { duplicateRepository, moveRepository, removeRepository } from '../store/actions.ts';
import { notify } from '../store/uiStore.ts';
import { IconAction } from '../ui/IconAction.tsx';

export function RepositoryMenu({ index, id, count }: { index: number; id: string; count: number }) {
  const [renaming, setRenaming] = useState(false);
  const label = id || '(no construct id)';
  return (
    <>
      <MenuButton
        label={`Actions for ${label}`}
        actions={[
          { label: 'Rename construct ID…', icon: <DriveFileRenameOutline fontSize="small" />, onClick: () => setRenaming(true) },
          { label: 'Duplicate', icon: <ContentCopy fontSize="small" />, onClick: () => duplicateRepository(index) },
          { label: 'Move up', icon: <ArrowUpward fontSize="small" />, disabled: index === 0, onClick: () => moveRepository(index, index - 1) },
          { label: 'Move down', icon: <ArrowDownward fontSize="small" />, disabled: index === count - 1, onClick: () => moveRepository(index, index + 1) },
          {
            label: 'Delete',
            icon: <DeleteOutline fontSize="small" />,
            onClick: () => {
              removeRepository(index);
              notify(`Deleted repository ${label}.`, 'info', true);
            },
          },
        ]}
        renderButton={(open, expanded) => (
          <IconAction edge="end" size="small" aria-label={`Actions for ${label}`} aria-haspopup="menu" aria-expanded={expanded} onClick={(e) => open(e.currentTarget)}>
            <MoreVert fontSize="small" />
          </IconAction>
        )}
      />
      {renaming && (
        <Suspense fallback={null}>
          <LazyRenameDialog index={index} id={id} onClose={() => setRenaming(false)} />
        </Suspense>
      )}
    </>
  );
}
