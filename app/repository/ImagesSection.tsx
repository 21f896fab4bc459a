import Box from '@mui/material/Box';
import { twoColumns } from '../theme.ts';
import { describeField, repository as repositorySchema, tagMutability } from '@ecr-designer/model';
import { ChipListInput } from '../fields/ChipListInput.tsx';
import { EnumSelect } from '../fields/EnumSelect.tsx';
import { TriStateToggle } from '../fields/TriStateToggle.tsx';
import { Section } from '../layout/Section.tsx';
import { updateRepository } from '../store/actions.ts';
import { repositoryPath, repositorySection } from './useRepository.ts';

export const ImagesSection = repositorySection(['imageScanOnPush', 'imageTagMutability', 'imageTagMutabilityExclusionFilters'], function ImagesSection({ index, repo }) {
  const base = repositoryPath(index);
  const showFilters = repo.imageTagMutability?.endsWith('_WITH_EXCLUSION') || repo.imageTagMutabilityExclusionFilters !== undefined;
  return (
    <Section title="Images" description="Scanning on push and whether image tags can be overwritten.">
      <TriStateToggle
        path={`${base}.imageScanOnPush`}
        label="Scan on push"
        value={repo.imageScanOnPush}
        onChange={(imageScanOnPush) => updateRepository(index, { imageScanOnPush })}
        unsetMeaning="the property is omitted; the registry's scanning configuration applies."
        help={describeField(repositorySchema, 'imageScanOnPush')}
      />
      <Box sx={twoColumns}>
        <EnumSelect
          path={`${base}.imageTagMutability`}
          label="Tag mutability"
          value={repo.imageTagMutability}
          members={tagMutability.members}
          onChange={(imageTagMutability) => updateRepository(index, { imageTagMutability })}
          help={tagMutability.json['description'] as string}
        />
        {showFilters && (
          <ChipListInput
            path={`${base}.imageTagMutabilityExclusionFilters`}
            label="Exclusion filters"
            value={repo.imageTagMutabilityExclusionFilters}
            onChange={(imageTagMutabilityExclusionFilters) => updateRepository(index, { imageTagMutabilityExclusionFilters })}
            placeholder="latest, dev-*"
            help={describeField(repositorySchema, 'imageTagMutabilityExclusionFilters')}
          />
        )}
      </Box>
    </Section>
  );
});
