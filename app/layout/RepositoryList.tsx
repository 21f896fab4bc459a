import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Typography from '@mui/material/Typography';
import { useDiagnostics } from '../derived/diagnostics.ts';
import { plural } from '../diagnostics/plural.ts';
import { AnchorAlert } from '../fields/AnchorAlert.tsx';
import { TextInput } from '../fields/TextInput.tsx';
import { addRepository, selectRepository, setStackDescription } from '../store/actions.ts';
import { useDesign, useSelectedIndex } from '../store/designStore.ts';
import { Tag } from '../ui/Tag.tsx';
import { RepositoryMenu } from './RepositoryMenu.tsx';
import { ActionButton } from '../ui/ActionButton.tsx';
import { StackResourcesButton } from '../access/StackResourcesButton.tsx';
import { showRepository, useStackView } from '../access/viewStore.ts';

function CountTags({ index }: { index: number }) {
  const counts = useDiagnostics((d) => d.perRepository.get(index));
  if (!counts || (counts.error === 0 && counts.warning === 0)) return null;
  return (
    <Box component="span" sx={{ display: 'flex', gap: 0.5, mt: 0.5 }}>
      {counts.error > 0 && <Tag tone="error">{plural(counts.error, 'error')}</Tag>}
      {counts.warning > 0 && <Tag>{plural(counts.warning, 'warning')}</Tag>}
    </Box>
  );
}

/** The left column: stack options and the list of repositories. */
export function RepositoryList() {
  const design = useDesign();
  const selected = useSelectedIndex();
  const count = design.repositories.length;
  const stackView = useStackView((s) => s.open);
  return (
    <Box component="nav" aria-label="Stack and repositories" sx={{ display: 'flex', flexDirection: 'column', gap: 2, p: 2 }}>
      <TextInput
        path="description"
        label="Stack description"
        value={design.description}
        emptyIsUnset
        multiline
        onChange={(text) => setStackDescription(text)}
        help="The template's Description. Optional."
      />
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
        {design.repositories.map((repo, i) => (
          <Box component="li" key={i} sx={{ position: 'relative' }}>
            <ButtonBase
              onClick={() => {
                showRepository();
                selectRepository(i);
              }}
              aria-current={i === selected && !stackView ? 'true' : undefined}
              sx={{
                display: 'block',
                width: '100%',
                textAlign: 'left',
                borderRadius: 1,
                py: 1,
                pl: 1.5,
                pr: 5,
                bgcolor: i === selected && !stackView ? 'action.selected' : 'transparent',
                '&:hover': { bgcolor: i === selected && !stackView ? 'action.selected' : 'action.hover' },
                '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
              }}
            >
              <Box component="span" sx={{ display: 'block', fontFamily: 'var(--mono-font)', fontSize: '0.875rem', overflowWrap: 'anywhere' }}>
                {repo.id || '(no construct id)'}
              </Box>
              <Box component="span" sx={{ display: 'block', typography: 'body2', color: 'text.secondary', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                {repo.repositoryName ?? 'Name generated at deploy'}
              </Box>
              <CountTags index={i} />
            </ButtonBase>
            <Box sx={{ position: 'absolute', right: 8, top: 8 }}>
              <RepositoryMenu index={i} id={repo.id} count={count} />
            </Box>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
