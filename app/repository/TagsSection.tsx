import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import Box from '@mui/material/Box';
import { Field } from '../fields/Field.tsx';
import Typography from '@mui/material/Typography';
import { describeField, formatPath, repository as repositorySchema } from '@ecr-designer/model';
import { DiagnosticMessages } from '../fields/DiagnosticMessages.tsx';
import { fieldId } from '../fields/fieldId.ts';
import { hasError, useFieldDiagnostics } from '../fields/useFieldDiagnostics.ts';
import { Section } from '../layout/Section.tsx';
import { removeTag, setTag } from '../store/actions.ts';
import { Hint } from '../fields/Hint.tsx';
import { ActionButton } from '../ui/ActionButton.tsx';
import { IconAction } from '../ui/IconAction.tsx';

const ROW = { display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr) auto', gap: 1, alignItems: 'flex-start' } as const;
const MONO = { spellCheck: false, autoComplete: 'off', style: { fontFamily: 'var(--mono-font)' } };

function duplicateMessage(key: string) {
  return `Another tag already uses the key '${key}'; this key is kept here but not used until it is unique.`;
}

function TagRow({ index, tagKey, value, otherKeys, position }: { index: number; tagKey: string; value: string; otherKeys: string[]; position: number }) {
  const path = formatPath(['repositories', index, 'tags', tagKey]);
  const diagnostics = useFieldDiagnostics(path);
  // A key that collides with another tag stays here (not committed) until it is unique; it is
  // dropped if the stored key changes meanwhile (undo).
  const [draft, setDraft] = useState<{ key: string; over: string } | undefined>(undefined);
  const draftKey = draft?.over === tagKey ? draft.key : undefined;
  const shownKey = draftKey ?? tagKey;
  const duplicate = draftKey !== undefined && otherKeys.includes(draftKey);
  const changeKey = (next: string) => {
    if (otherKeys.includes(next)) {
      setDraft({ key: next, over: tagKey });
      return;
    }
    setDraft(undefined);
    setTag(index, next, value, tagKey, `repositories[${index}].tags#${position}.key`);
  };
  return (
    <Box>
      <Box sx={ROW}>
        <Field
          id={fieldId(path)}
          label={`Key of tag ${position + 1}`}
          hideLabel
          value={shownKey}
          onChange={(e) => changeKey(e.target.value)}
          error={duplicate || hasError(diagnostics)}
          inputAttributes={MONO}
        />
        <Field
          label={`Value of tag ${tagKey || '(empty key)'}`}
          hideLabel
          value={value}
          onChange={(e) => setTag(index, tagKey, e.target.value, tagKey, `${path}.value`)}
          inputAttributes={MONO}
        />
        <Hint title="Remove tag">
          <IconAction aria-label={`Remove tag ${tagKey || '(empty key)'}`} onClick={() => removeTag(index, tagKey)} sx={{ mt: '-2px' }}>
            <DeleteOutline />
          </IconAction>
        </Hint>
      </Box>
      {(duplicate || diagnostics.length > 0) && (
        <Box sx={{ typography: 'caption', mt: 0.5, color: duplicate ? 'error.main' : 'text.secondary' }}>
          {duplicate ? duplicateMessage(shownKey) : <DiagnosticMessages diagnostics={diagnostics} />}
        </Box>
      )}
    </Box>
  );
}

function AddTagRow({ index, keys }: { index: number; keys: string[] }) {
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const duplicate = keys.includes(key);
  const add = () => {
    if (!key || duplicate) return;
    setTag(index, key, value);
    setKey('');
    setValue('');
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  };
  return (
    <Box>
      <Box sx={ROW}>
        <Field label="New tag key" hideLabel placeholder="New key" value={key} onChange={(e) => setKey(e.target.value)} onKeyDown={onKeyDown} error={duplicate} inputAttributes={MONO} />
        <Field label="New tag value" hideLabel placeholder="Value" value={value} onChange={(e) => setValue(e.target.value)} onKeyDown={onKeyDown} inputAttributes={MONO} />
        <ActionButton startIcon={<AddIcon />} onClick={add} disabled={!key || duplicate}>
          Add
        </ActionButton>
      </Box>
      {duplicate && (
        <Box sx={{ typography: 'caption', mt: 0.5, color: 'error.main' }}>
          A tag with the key '{key}' exists already; edit it above.
        </Box>
      )}
    </Box>
  );
}

import { repositorySection } from './useRepository.ts';

export const TagsSection = repositorySection(['tags'], function TagsSection({ index, repo }) {
  const entries = Object.entries(repo.tags ?? {});
  const keys = entries.map(([k]) => k);
  const listDiagnostics = useFieldDiagnostics(`repositories[${index}].tags`);
  return (
    <Section title="Resource tags" description={describeField(repositorySchema, 'tags')}>
      {entries.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          No tags yet. Tags help with cost allocation and access control; add one below.
        </Typography>
      )}
      {listDiagnostics.length > 0 && (
        <Box sx={{ typography: 'caption' }}>
          <DiagnosticMessages diagnostics={listDiagnostics} />
        </Box>
      )}
      <Box aria-hidden sx={{ ...ROW, typography: 'body2', fontWeight: 500, mb: -1.5 }}>
        <span>Key</span>
        <span>Value</span>
      </Box>
      {entries.map(([k, v], position) => (
        <TagRow key={position} index={index} tagKey={k} value={v} position={position} otherKeys={keys.filter((other) => other !== k)} />
      ))}
      <AddTagRow index={index} keys={keys} />
    </Section>
  );
});
