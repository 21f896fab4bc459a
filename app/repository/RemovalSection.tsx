import Box from '@mui/material/Box';
import { twoColumns } from '../theme.ts';
import { describeField, removalPolicy, repository as repositorySchema } from '@ecr-designer/model';
import { EnumSelect } from '../fields/EnumSelect.tsx';
import { TriStateToggle } from '../fields/TriStateToggle.tsx';
import { Section } from '../layout/Section.tsx';
import { updateRepository } from '../store/actions.ts';
import { repositoryPath, repositorySection } from './useRepository.ts';

export const RemovalSection = repositorySection(['removalPolicy', 'emptyOnDelete'], function RemovalSection({ index, repo }) {
  const base = repositoryPath(index);
  return (
    <Section title="Removal" description="What happens to the repository when it leaves the stack.">
      <Box sx={twoColumns}>
        <EnumSelect
          path={`${base}.removalPolicy`}
          label="Removal policy"
          value={repo.removalPolicy}
          members={removalPolicy.members}
          onChange={(value) => updateRepository(index, { removalPolicy: value })}
          help={removalPolicy.json['description'] as string}
        />
        <TriStateToggle
          path={`${base}.emptyOnDelete`}
          label="Empty on delete"
          value={repo.emptyOnDelete}
          onChange={(emptyOnDelete) => updateRepository(index, { emptyOnDelete })}
          unsetMeaning="images are not deleted; deleting a repository that holds images fails."
          help={describeField(repositorySchema, 'emptyOnDelete')}
        />
      </Box>
    </Section>
  );
});
