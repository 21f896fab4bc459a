import { Suspense } from 'react';
import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { AnchorAlert } from '../fields/AnchorAlert.tsx';
import { LifecycleEditor } from '../lifecycle/LifecycleEditor.tsx';
import { addRepository } from '../store/actions.ts';
import { useSelectedIndex } from '../store/designStore.ts';
import { EncryptionSection } from './EncryptionSection.tsx';
import { GeneralSection } from './GeneralSection.tsx';
import { ImagesSection } from './ImagesSection.tsx';
import { RemovalSection } from './RemovalSection.tsx';
import { TagsSection } from './TagsSection.tsx';
import { UncoveredDiagnostics } from './UncoveredDiagnostics.tsx';
import { repositoryPath, useRepository } from './useRepository.ts';
import { ActionButton } from '../ui/ActionButton.tsx';
import { LazyAccessSection, LazyEventsSection, LazyStackResources } from '../access/lazy.ts';
import { useStackView } from '../access/viewStore.ts';

/** The form of the selected repository: one card per group of options. */
export function RepositoryForm() {
  const index = useSelectedIndex();
  const repo = useRepository(index);
  const stackView = useStackView((s) => s.open);
  if (stackView) {
    return (
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Typography variant="h6" component="h2" sx={{ fontSize: '1.1rem' }}>
          Stack resources
        </Typography>
        <Suspense fallback={null}>
          <LazyStackResources />
        </Suspense>
      </Box>
    );
  }
  if (!repo) {
    return (
      <Box sx={{ textAlign: 'center', py: 8, px: 2 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          No repositories yet
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          A stack needs at least one resource. Add a repository to start designing.
        </Typography>
        <ActionButton variant="contained" startIcon={<AddIcon />} onClick={addRepository}>
          Add repository
        </ActionButton>
      </Box>
    );
  }
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Typography variant="h6" component="h2" sx={{ fontFamily: 'var(--mono-font)', fontSize: '1.1rem', overflowWrap: 'anywhere' }}>
        {repo.id || '(no construct id)'}
      </Typography>
      <AnchorAlert path={repositoryPath(index)} />
      <UncoveredDiagnostics index={index} />
      <GeneralSection index={index} repo={repo} />
      <ImagesSection index={index} repo={repo} />
      <LifecycleEditor index={index} repo={repo} />
      <EncryptionSection index={index} repo={repo} />
      <RemovalSection index={index} repo={repo} />
      <TagsSection index={index} repo={repo} />
      <Suspense fallback={null}>
        <LazyAccessSection index={index} repo={repo} />
        <LazyEventsSection index={index} repo={repo} />
      </Suspense>
    </Box>
  );
}
