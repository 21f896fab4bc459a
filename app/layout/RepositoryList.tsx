import { memo } from 'react';
import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useDiagnostics } from '../derived/diagnostics.ts';
import { AnchorAlert } from '../fields/AnchorAlert.tsx';
import { TextInput } from '../fields/TextInput.tsx';
import { addRepository, selectRepository, setStackDescription } from '../store/actions.ts';
import { useDesignPick, useDesignStore, useSelectedIndex } from '../store/designStore.ts';
import { NavItem, ProblemCounts } from './NavItem.tsx';
import { RepositoryMenu } from './RepositoryMenu.tsx';
import { ActionButton } from '../ui/ActionButton.tsx';
import { StackResourcesButton } from '../access/StackResourcesButton.tsx';
import { showRepository, useStackView } from '../access/viewStore.ts';

function CountTags({ index }: { index: number }) {
  // Numbers, not the counts object (new with every validation): re-renders only when they change.
  const errors = useDiagnostics((d) => d.perRepository.get(index)?.error ?? 0);
  const warnings = useDiagnostics((d) => d.perRepository.get(index)?.warning ?? 0);
  return <ProblemCounts errors={errors} warnings={warnings} />;
}

/** The stack's description: re-renders when it changes, not on every edit of the design. */
function StackDescriptionField() {
  const description = useDesignStore((s) => s.history.present.description);
  return (
    <TextInput
      path="description"
      label="Stack description"
      value={description}
      emptyIsUnset
      multiline
      onChange={(text) => setStackDescription(text)}
      help="The template's Description. Optional."
    />
  );
}

interface EntryProps {
  index: number;
  id: string;
  repositoryName: string | undefined;
  current: boolean;
  count: number;
}

/** Room on the right for the entry's menu button. */
const ENTRY_PADDING = { pl: 1.5, pr: 5 };

/** One repository of the list; re-renders when what it shows changes. */
const RepositoryEntry = memo(function RepositoryEntry({ index, id, repositoryName, current, count }: EntryProps) {
  return (
    <Box component="li" sx={{ position: 'relative' }}>
      <NavItem
        current={current}
        onClick={() => {
          showRepository();
          selectRepository(index);
        }}
        sx={ENTRY_PADDING}
      >
        <Box component="span" sx={{ display: 'block', fontFamily: 'var(--mono-font)', fontSize: '0.875rem', overflowWrap: 'anywhere' }}>
          {id || '(no construct id)'}
        </Box>
        <Box component="span" sx={{ display: 'block', typography: 'body2', color: 'text.secondary', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          {repositoryName ?? 'Name generated at deploy'}
        </Box>
        <CountTags index={index} />
      </NavItem>
      <Box sx={{ position: 'absolute', right: 8, top: 8 }}>
        <RepositoryMenu index={index} id={id} count={count} />
      </Box>
    </Box>
  );
});

/** The left column: stack options and the list of repositories. */
export function RepositoryList() {
  // What the list shows of each repository: its construct id and name (edits of anything else leave the list alone).
  const shown = useDesignPick((d) => d.repositories.flatMap((r) => [r.id, r.repositoryName]));
  const selected = useSelectedIndex();
  const count = shown.length / 2;
  const stackView = useStackView((s) => s.open);
  return (
    <Box component="nav" aria-label="Stack and repositories" sx={{ display: 'flex', flexDirection: 'column', gap: 2, p: 2 }}>
      <StackDescriptionField />
      <StackResourcesButton />
      <Box sx={{ display: 'flex', alignItems: 'center' }}>
        <Typography variant="subtitle2" component="h2" sx={{ flex: 1, whiteSpace: 'nowrap' }}>
          Repositories{' '}
          <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400 }}>
            ({count})
          </Box>
        </Typography>
        <ActionButton size="small" startIcon={<AddIcon />} onClick={addRepository}>
          Add
        </ActionButton>
      </Box>
      <AnchorAlert path="repositories" />
      <Box component="ul" aria-label="Repositories" sx={{ listStyle: 'none', m: 0, mt: -1, p: 0, display: 'flex', flexDirection: 'column', gap: 0.5 }}>
        {Array.from({ length: count }, (_, i) => (
          <RepositoryEntry key={i} index={i} id={shown[2 * i] as string} repositoryName={shown[2 * i + 1]} current={i === selected && !stackView} count={count} />
        ))}
      </Box>
    </Box>
  );
}
