import { useState } from 'react';
import Box from '@mui/material/Box';
import { twoColumns } from '../theme.ts';
import Typography from '@mui/material/Typography';
import { type LifecycleRuleRow, describeField, describeLifecycleRule, lifecycleRule as ruleSchema, tagStatus } from '@ecr-designer/model';
import { AnchorAlert } from '../fields/AnchorAlert.tsx';
import { ChipListInput } from '../fields/ChipListInput.tsx';
import { ChoiceToggle } from '../fields/ChoiceToggle.tsx';
import { EnumSelect } from '../fields/EnumSelect.tsx';
import { NumberInput } from '../fields/NumberInput.tsx';
import { TextInput } from '../fields/TextInput.tsx';
import { duplicateLifecycleRule, removeLifecycleRule, updateLifecycleRule } from '../store/actions.ts';
import { notify } from '../store/uiStore.ts';
import { RuleActionsMenu } from './RuleActionsMenu.tsx';
import { ordinal } from './ordinal.ts';
import { Tag } from '../ui/Tag.tsx';
import { Hint } from '../fields/Hint.tsx';

export interface RuleCardProps {
  repoIndex: number;
  row: LifecycleRuleRow;
  /** 1-based position in the list as shown. */
  position: number;
  /** The drag handle, or the pin of the ANY rule. */
  handle: React.ReactNode;
  onMoveUp?: (() => void) | undefined;
  onMoveDown?: (() => void) | undefined;
  /** Style of the sortable wrapper (transform while dragging). */
  style?: React.CSSProperties;
  cardRef?: (node: HTMLElement | null) => void;
  dragging?: boolean;
}

type ExpiryMode = 'count' | 'age';

export function ruleName(position: number): string {
  return `Rule ${position}`;
}

function ExpiryFields({ repoIndex, row, base }: { repoIndex: number; row: LifecycleRuleRow; base: string }) {
  const { rule, index } = row;
  const [preferred, setPreferred] = useState<ExpiryMode>('count');
  const mode: ExpiryMode =
    rule.maxImageAgeDays !== undefined && rule.maxImageCount === undefined ? 'age' : rule.maxImageCount !== undefined ? 'count' : preferred;
  const switchTo = (next: ExpiryMode) => {
    if (next === mode) return;
    setPreferred(next);
    const amount = mode === 'count' ? rule.maxImageCount : rule.maxImageAgeDays;
    if (amount === undefined) return;
    updateLifecycleRule(repoIndex, index, next === 'age' ? { maxImageCount: undefined, maxImageAgeDays: amount } : { maxImageAgeDays: undefined, maxImageCount: amount });
  };
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', gap: 2, alignItems: 'flex-start' }}>
      <ChoiceToggle<ExpiryMode>
        label="Expire images by"
        value={mode}
        options={{ count: 'Count', age: 'Age' }}
        hints={{ count: 'Keep the N most recent images (imageCountMoreThan)', age: 'Expire images N days after push (sinceImagePushed)' }}
        onChange={switchTo}
      />
      {mode === 'count' ? (
        <NumberInput
          path={`${base}.maxImageCount`}
          label="Keep the most recent"
          endAdornment="images"
          value={rule.maxImageCount}
          onChange={(maxImageCount, key) => updateLifecycleRule(repoIndex, index, { maxImageCount }, key)}
          help={describeField(ruleSchema, 'maxImageCount')}
        />
      ) : (
        <NumberInput
          path={`${base}.maxImageAgeDays`}
          label="Expire after"
          endAdornment="days"
          value={rule.maxImageAgeDays}
          onChange={(maxImageAgeDays, key) => updateLifecycleRule(repoIndex, index, { maxImageAgeDays }, key)}
          help={describeField(ruleSchema, 'maxImageAgeDays')}
        />
      )}
      {/* Diagnostics of the amount not shown (a rule loaded with both set). */}
      <Box sx={{ gridColumn: '1 / -1', '&:empty': { display: 'none' } }}>
        <AnchorAlert path={`${base}.${mode === 'count' ? 'maxImageAgeDays' : 'maxImageCount'}`} />
      </Box>
    </Box>
  );
}

function PriorityFields({ repoIndex, row, base }: { repoIndex: number; row: LifecycleRuleRow; base: string }) {
  const { rule, index } = row;
  const explicit = rule.rulePriority !== undefined;
  const set = (next: 'auto' | 'explicit') => {
    updateLifecycleRule(repoIndex, index, { rulePriority: next === 'explicit' ? row.priority : undefined });
  };
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', gap: 2, alignItems: 'flex-start' }}>
      <ChoiceToggle<'auto' | 'explicit'>
        label="Priority"
        value={explicit ? 'explicit' : 'auto'}
        options={{ auto: 'Automatic', explicit: 'Explicit' }}
        onChange={set}
      />
      {explicit ? (
        <NumberInput
          path={`${base}.rulePriority`}
          label="Rule priority"
          value={rule.rulePriority}
          onChange={(rulePriority, key) => updateLifecycleRule(repoIndex, index, { rulePriority }, key)}
          help={describeField(ruleSchema, 'rulePriority')}
        />
      ) : (
        <Box>
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            CDK assigns priority <strong>{row.priority}</strong>
          </Typography>
          <AnchorAlert path={`${base}.rulePriority`} />
          <Typography variant="caption" color="text.secondary">
            {row.pinnedLast
              ? 'The ANY rule always gets the highest priority.'
              : 'Automatic priorities follow the highest explicit one, in list order.'}
          </Typography>
        </Box>
      )}
    </Box>
  );
}

export function RuleCard({ repoIndex, row, position, handle, onMoveUp, onMoveDown, style, cardRef, dragging }: RuleCardProps) {
  const { rule, index } = row;
  const base = `repositories[${repoIndex}].lifecycleRules[${index}]`;
  const name = ruleName(position);
  const summary = describeLifecycleRule(rule, row.tagStatus);
  return (
    <Box
      ref={cardRef}
      component="li"
      aria-label={`${name}: ${summary}`}
      data-rule-index={index}
      data-priority={row.priority}
      style={style}
      sx={{
        listStyle: 'none',
        p: 1.5,
        position: 'relative',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        bgcolor: 'background.paper',
        zIndex: dragging ? 2 : undefined,
        boxShadow: dragging ? 6 : undefined,
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1.5 }}>
        {handle}
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography component="h4" variant="subtitle2" sx={{ lineHeight: 1.3 }}>
            {name}
          </Typography>
          <Typography variant="body2" color="text.secondary" noWrap title={summary}>
            {summary}
          </Typography>
        </Box>
        <Hint title={row.automatic ? 'Assigned by CDK from the list order' : 'Set explicitly on the rule'}>
          <Tag tone="primary" filled={!row.automatic} data-testid="effective-priority" tabIndex={0}>
            Priority {row.priority}
            {row.automatic ? ' · auto' : ''}
          </Tag>
        </Hint>
        <Hint title="ECR evaluates rules by ascending priority">
          <Tag tabIndex={0}>Evaluated {ordinal(row.evaluationPosition)}</Tag>
        </Hint>
        <RuleActionsMenu
          name={name}
          onMoveUp={onMoveUp}
          onMoveDown={onMoveDown}
          onDuplicate={() => duplicateLifecycleRule(repoIndex, index)}
          onDelete={() => {
            removeLifecycleRule(repoIndex, index);
            notify(`Deleted ${name.toLowerCase()}.`, 'info', true);
          }}
        />
      </Box>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <AnchorAlert path={base} />
        <Box sx={twoColumns}>
          <EnumSelect
            path={`${base}.tagStatus`}
            label="Tag status"
            value={rule.tagStatus}
            members={tagStatus.members}
            onChange={(value) => updateLifecycleRule(repoIndex, index, { tagStatus: value })}
            help={tagStatus.json['description'] as string}
          />
          <TextInput
            path={`${base}.description`}
            label="Description"
            value={rule.description}
            emptyIsUnset
            onChange={(description, key) => updateLifecycleRule(repoIndex, index, { description }, key)}
            help={describeField(ruleSchema, 'description')}
          />
          <ChipListInput
            path={`${base}.tagPrefixList`}
            label="Tag prefixes"
            value={rule.tagPrefixList}
            placeholder="prod, release-"
            onChange={(tagPrefixList) => updateLifecycleRule(repoIndex, index, { tagPrefixList })}
            help={describeField(ruleSchema, 'tagPrefixList')}
          />
          <ChipListInput
            path={`${base}.tagPatternList`}
            label="Tag patterns"
            value={rule.tagPatternList}
            placeholder="v*, *-rc*"
            onChange={(tagPatternList) => updateLifecycleRule(repoIndex, index, { tagPatternList })}
            help={describeField(ruleSchema, 'tagPatternList')}
          />
        </Box>
        <ExpiryFields repoIndex={repoIndex} row={row} base={base} />
        <PriorityFields repoIndex={repoIndex} row={row} base={base} />
      </Box>
    </Box>
  );
}
