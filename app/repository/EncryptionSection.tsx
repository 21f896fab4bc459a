import Box from '@mui/material/Box';
import { twoColumns } from '../theme.ts';
import {
  type KeySource,
  createdKey as createdKeySchema,
  describeField,
  keySourceOf,
  keySources,
  repository as repositorySchema,
  repositoryEncryption,
} from '@ecr-designer/model';
import { AnchorAlert } from '../fields/AnchorAlert.tsx';
import { ChoiceToggle } from '../fields/ChoiceToggle.tsx';
import { EnumSelect } from '../fields/EnumSelect.tsx';
import { TextInput } from '../fields/TextInput.tsx';
import { TriStateToggle } from '../fields/TriStateToggle.tsx';
import { Section } from '../layout/Section.tsx';
import { setKeySource, updateCreatedKey, updateRepository } from '../store/actions.ts';
import { repositoryPath, repositorySection } from './useRepository.ts';

const SOURCE_LABELS: Record<KeySource, string> = {
  none: 'None',
  arn: 'Existing key (ARN)',
  create: 'Create a key',
};

export const EncryptionSection = repositorySection(['encryption', 'encryptionKeyArn', 'encryptionKey'], function EncryptionSection({ index, repo }) {
  const base = repositoryPath(index);
  const source = keySourceOf(repo);
  const key = repo.encryptionKey;
  return (
    <Section title="Encryption" description="Encryption at rest; the type cannot be changed after the repository is created.">
      <EnumSelect
        path={`${base}.encryption`}
        label="Encryption type"
        value={repo.encryption}
        members={repositoryEncryption.members}
        onChange={(encryption) => updateRepository(index, { encryption })}
        help={repositoryEncryption.json['description'] as string}
      />
      <ChoiceToggle
        label="KMS key"
        value={source}
        options={SOURCE_LABELS}
        onChange={(next) => setKeySource(index, next)}
        helperText={keySources[source]}
      />
      <AnchorAlert path={`${base}.encryptionKey`} />
      {source === 'arn' && (
        <TextInput
          path={`${base}.encryptionKeyArn`}
          label="KMS key ARN"
          value={repo.encryptionKeyArn}
          placeholder="arn:aws:kms:us-east-1:111122223333:key/…"
          onChange={(encryptionKeyArn, k) => updateRepository(index, { encryptionKeyArn: encryptionKeyArn ?? '' }, k)}
          help={describeField(repositorySchema, 'encryptionKeyArn')}
          monospace
        />
      )}
      {source === 'create' && key && (
        <Box sx={twoColumns}>
          <TextInput
            path={`${base}.encryptionKey.alias`}
            label="Key alias"
            value={key.alias}
            emptyIsUnset
            placeholder="alias/ecr/app"
            onChange={(alias, k) => updateCreatedKey(index, { alias }, k)}
            help={describeField(createdKeySchema, 'alias')}
            monospace
          />
          <TextInput
            path={`${base}.encryptionKey.description`}
            label="Key description"
            value={key.description}
            emptyIsUnset
            onChange={(description, k) => updateCreatedKey(index, { description }, k)}
            help={describeField(createdKeySchema, 'description')}
          />
          <TriStateToggle
            path={`${base}.encryptionKey.enableKeyRotation`}
            label="Key rotation"
            value={key.enableKeyRotation}
            onChange={(enableKeyRotation) => updateCreatedKey(index, { enableKeyRotation })}
            unsetMeaning="CDK's default for kms.Key, rotation off."
            help={describeField(createdKeySchema, 'enableKeyRotation')}
          />
        </Box>
      )}
    </Section>
  );
});
