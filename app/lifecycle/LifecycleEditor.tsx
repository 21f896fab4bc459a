import { memo, useCallback, useMemo, useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { type LifecycleRule, describeField, lifecycleRuleRows, repository as repositorySchema } from '@ecr-designer/model';
import { AnchorAlert } from '../fields/AnchorAlert.tsx';
import { sortableRuleList, useLoaded } from '../lazyParts.ts';
import { TextInput } from '../fields/TextInput.tsx';
import { Section } from '../layout/Section.tsx';
import { addNewLifecycleRule, moveLifecycleRuleRow, updateRepository } from '../store/actions.ts';
import { EvaluationOrder } from './EvaluationOrder.tsx';
import { PresetsMenu } from './PresetsMenu.tsx';
import { PlainRule, RuleListItems } from './RuleListItems.tsx';
import { RuleKeys } from './ruleKeys.ts';
import { ActionButton } from '../ui/ActionButton.tsx';
import { repositorySection } from '../repository/useRepository.ts';

const NO_RULES: LifecycleRule[] = [];

export const LifecycleEditor = repositorySection(['lifecycleRules', 'lifecycleRegistryId'], function LifecycleEditor({ index, repo }) {
  const base = `repositories[${index}]`;
  const rules = repo.lifecycleRules ?? NO_RULES;
  const { rows, evaluation } = useMemo(() => lifecycleRuleRows(rules), [rules]);
  const [ruleKeys] = useState(() => new RuleKeys());
  const keys = useMemo(() => ruleKeys.keysFor(rules), [ruleKeys, rules]);
  // Stable props keep the (memoized) rule list from re-rendering on edits elsewhere in the form.
  const moveRow = useCallback((fromRow: number, toRow: number) => moveLifecycleRuleRow(index, fromRow, toRow), [index]);
  // Rules present when the form opens start collapsed when there are many; rules added later open.
  const [initialKeys] = useState(() => new Set(keys));
  const expandedAtFirst = useCallback((key: string) => initialKeys.size <= 2 || !initialKeys.has(key), [initialKeys]);
  const listProps = { repoIndex: index, rows, keys, moveRow, expandedAtFirst };
  const SortableRuleList = useLoaded(sortableRuleList)?.default;
  const actions = useMemo(
    () => (
      <>
        <PresetsMenu index={index} />
        <ActionButton size="small" variant="contained" startIcon={<AddIcon />} onClick={() => addNewLifecycleRule(index)}>
          Add rule
        </ActionButton>
      </>
    ),
    [index],
  );

  return (
    <Section
      title="Lifecycle rules"
      description="Which images ECR expires. The list order sets CDK's automatic priorities; ECR evaluates the rules by priority."
      actions={actions}
    >
      <AnchorAlert path={`${base}.lifecycleRules`} />
      {rules.length === 0 ? (
        <Box sx={{ border: 1, borderColor: 'divider', borderStyle: 'dashed', borderRadius: 1, p: 2, textAlign: 'center' }}>
          <Typography variant="body2" color="text.secondary">
            No lifecycle rules: ECR keeps every image forever. Add a rule, or start from a preset.
          </Typography>
        </Box>
      ) : (
        <>
          <EvaluationOrder rows={evaluation} positionOf={(r) => rows.indexOf(r) + 1} />
          {SortableRuleList ? <SortableRuleList {...listProps} /> : <RuleListItems {...listProps} Item={PlainRule} />}
        </>
      )}
      <RegistryIdField index={index} value={repo.lifecycleRegistryId} />
    </Section>
  );
});

/** Re-renders only when the registry ID changes (typing in a rule leaves it alone). */
const RegistryIdField = memo(function RegistryIdField({ index, value }: { index: number; value: string | undefined }) {
  return (
    <TextInput
      path={`repositories[${index}].lifecycleRegistryId`}
      label="Lifecycle registry ID"
      value={value}
      emptyIsUnset
      placeholder="The stack's account"
      onChange={(lifecycleRegistryId, key) => updateRepository(index, { lifecycleRegistryId }, key)}
      help={describeField(repositorySchema, 'lifecycleRegistryId')}
      monospace
    />
  );
});
