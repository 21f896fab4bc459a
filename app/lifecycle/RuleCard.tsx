import { type FunctionComponent, memo, useEffect, useId, useRef, useState } from 'react';
import ExpandLess from '@mui/icons-material/ExpandLess';
import ExpandMore from '@mui/icons-material/ExpandMore';
import Box from '@mui/material/Box';
import { twoColumns } from '../theme.ts';
import Typography from '@mui/material/Typography';
import {
  type AmountField,
  type LifecycleRule,
  type LifecycleRuleRow,
  criterionOf,
  describeField,
  describeLifecycleRule,
  pathWithin,
  lifecycleAction,
  lifecycleRule as ruleSchema,
  lifecycleStorageClass,
  ruleCriteria,
  switchCriterion,
  tagStatus,
} from '@ecr-designer/model';
import { AnchorAlert } from '../fields/AnchorAlert.tsx';
import { ChipListInput } from '../fields/ChipListInput.tsx';
import { ChoiceToggle } from '../fields/ChoiceToggle.tsx';
import { EnumSelect } from '../fields/EnumSelect.tsx';
import { NumberInput } from '../fields/NumberInput.tsx';
import { TextInput } from '../fields/TextInput.tsx';
import { duplicateLifecycleRule, removeLifecycleRule, updateLifecycleRule } from '../store/actions.ts';
import { notify } from '../store/uiStore.ts';
import { useDesignStore } from '../store/designStore.ts';
import { RuleActionsMenu } from './RuleActionsMenu.tsx';
import { ordinal } from './ordinal.ts';
import { useDiagnostics } from '../derived/diagnostics.ts';
import { plural } from '../diagnostics/plural.ts';
import { REVEAL_EVENT } from '../diagnostics/navigate.ts';
import { IconAction } from '../ui/IconAction.tsx';
import { Tag } from '../ui/Tag.tsx';
import { Hint } from '../fields/Hint.tsx';
import { memoOnFields } from '../ui/memoOnFields.ts';

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
  /** Whether the card opens with its fields shown (otherwise only its summary). */
  defaultExpanded?: boolean | undefined;
}

type Criterion = keyof typeof ruleCriteria;
const CRITERION_LABELS = Object.fromEntries(Object.entries(ruleCriteria).map(([k, c]) => [k, c.label])) as Record<Criterion, string>;
const CRITERION_HINTS = Object.fromEntries(Object.entries(ruleCriteria).map(([k, c]) => [k, c.explanation])) as Record<Criterion, string>;

/** Props of a part of a rule card that shows the rule fields `K`. */
type RulePartProps<K extends keyof LifecycleRule, P> = { repoIndex: number; index: number; rule: Pick<LifecycleRule, K> } & P;

/**
 * A part of a rule card that shows the rule fields `fields` (see memoOnFields): a keystroke in the
 * description leaves the criterion, archive and priority fields alone.
 */
function rulePart<K extends keyof LifecycleRule, P extends Record<string, string | number | boolean | undefined> = Record<never, never>>(
  fields: readonly K[],
  Part: FunctionComponent<RulePartProps<K, P>>,
) {
  return memoOnFields<RulePartProps<K, P>, 'rule'>('rule', fields, Part);
}

const ruleBase = (repoIndex: number, index: number) => `repositories[${repoIndex}].lifecycleRules[${index}]`;

export function ruleName(position: number): string {
  return `Rule ${position}`;
}

const AMOUNT_FIELDS: readonly AmountField[] = Object.values(ruleCriteria).map((c) => c.field);

/** The rule's criterion (count, or days since push, pull or archiving) and its amount. */
const CriterionFields = rulePart(AMOUNT_FIELDS, function CriterionFields({ repoIndex, index, rule }) {
  const base = ruleBase(repoIndex, index);
  const [preferred, setPreferred] = useState<Criterion>('imageCountMoreThan');
  const criterion = criterionOf(rule) ?? preferred;
  const { field, amountLabel, unit } = ruleCriteria[criterion];
  const switchTo = (next: Criterion) => {
    setPreferred(next);
    updateLifecycleRule(repoIndex, index, switchCriterion(rule, next));
  };
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <ChoiceToggle<Criterion> label="Act on images by" value={criterion} options={CRITERION_LABELS} hints={CRITERION_HINTS} onChange={switchTo} />
      <NumberInput
        path={`${base}.${field}`}
        label={amountLabel}
        endAdornment={unit}
        value={rule[field]}
        onChange={(amount, key) => updateLifecycleRule(repoIndex, index, { [field]: amount }, key)}
        help={describeField(ruleSchema, field)}
      />
      {/* Diagnostics of amounts not shown (a rule loaded with several set). */}
      {Object.values(ruleCriteria)
        .filter((c) => c.field !== field)
        .map((c) => (
          <AnchorAlert key={c.field} path={`${base}.${c.field}`} />
        ))}
    </Box>
  );
});

/** ECR's archive options: what the rule does, and which storage class it selects. */
const ArchiveFields = rulePart(['action', 'storageClass'], function ArchiveFields({ repoIndex, index, rule }) {
  const base = ruleBase(repoIndex, index);
  return (
    <Box sx={twoColumns}>
      <EnumSelect
        path={`${base}.action`}
        label="Action"
        value={rule.action}
        members={lifecycleAction.members}
        onChange={(action) => updateLifecycleRule(repoIndex, index, { action })}
        help={lifecycleAction.json['description'] as string}
      />
      <EnumSelect
        path={`${base}.storageClass`}
        label="Storage class"
        value={rule.storageClass}
        members={lifecycleStorageClass.members}
        onChange={(storageClass) => updateLifecycleRule(repoIndex, index, { storageClass })}
        help={lifecycleStorageClass.json['description'] as string}
      />
    </Box>
  );
});

/** Which images the rule selects: tag status, prefixes and patterns, and its description. */
const SelectionFields = rulePart(['tagStatus', 'tagPrefixList', 'tagPatternList'], function SelectionFields({ repoIndex, index, rule }) {
  const base = ruleBase(repoIndex, index);
  return (
    <Box sx={twoColumns}>
      <EnumSelect
        path={`${base}.tagStatus`}
        label="Tag status"
        value={rule.tagStatus}
        members={tagStatus.members}
        onChange={(value) => updateLifecycleRule(repoIndex, index, { tagStatus: value })}
        help={tagStatus.json['description'] as string}
      />
      <DescriptionField repoIndex={repoIndex} index={index} />
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
  );
});

/** The description reads its own value from the store: it alone re-renders while it is typed. */
const DescriptionField = memo(function DescriptionField({ repoIndex, index }: { repoIndex: number; index: number }) {
  const description = useDesignStore((s) => s.history.present.repositories[repoIndex]?.lifecycleRules?.[index]?.description);
  return (
    <TextInput
      path={`${ruleBase(repoIndex, index)}.description`}
      label="Description"
      value={description}
      emptyIsUnset
      onChange={(text, key) => updateLifecycleRule(repoIndex, index, { description: text }, key)}
      help={describeField(ruleSchema, 'description')}
    />
  );
});

const PriorityFields = rulePart<'rulePriority', { priority: number; pinnedLast: boolean }>(['rulePriority'], function PriorityFields({ repoIndex, index, rule, priority, pinnedLast }) {
  const base = ruleBase(repoIndex, index);
  const explicit = rule.rulePriority !== undefined;
  const set = (next: 'auto' | 'explicit') => {
    updateLifecycleRule(repoIndex, index, { rulePriority: next === 'explicit' ? priority : undefined });
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
            CDK assigns priority <strong>{priority}</strong>
          </Typography>
          <AnchorAlert path={`${base}.rulePriority`} />
          <Typography variant="caption" color="text.secondary">
            {pinnedLast ? 'The ANY rule always gets the highest priority.' : 'Automatic priorities follow the highest explicit one, in list order.'}
          </Typography>
        </Box>
      )}
    </Box>
  );
});

export function RuleCard({ repoIndex, row, position, handle, onMoveUp, onMoveDown, style, cardRef, dragging, defaultExpanded = true }: RuleCardProps) {
  const { rule, index } = row;
  const base = `repositories[${repoIndex}].lifecycleRules[${index}]`;
  const name = ruleName(position);
  const summary = describeLifecycleRule(rule, row.tagStatus);
  const [expanded, setExpanded] = useState(defaultExpanded);
  const bodyId = useId();
  const problems = useDiagnostics((d) => d.all.filter((x) => x.severity !== 'info' && pathWithin(x.path, base)).length);
  const node = useRef<HTMLElement | null>(null);
  const setRef = (element: HTMLElement | null) => {
    node.current = element;
    cardRef?.(element);
  };
  useEffect(() => {
    // A field inside a collapsed card asks to be shown when someone navigates to it (see navigate.ts).
    const element = node.current;
    const reveal = () => setExpanded(true);
    element?.addEventListener(REVEAL_EVENT, reveal);
    return () => element?.removeEventListener(REVEAL_EVENT, reveal);
  }, []);
  return (
    <Box
      ref={setRef}
      component="li"
      aria-label={`${name}: ${summary}`}
      data-rule-index={index}
      data-reveal-path={base}
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
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
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
        {!expanded && problems > 0 && <Tag tone="error">{plural(problems, 'problem')}</Tag>}
        <IconAction
          size="small"
          aria-label={`${expanded ? 'Collapse' : 'Expand'} ${name.toLowerCase()}`}
          aria-expanded={expanded}
          aria-controls={expanded ? bodyId : undefined}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? <ExpandLess /> : <ExpandMore />}
        </IconAction>
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
      {expanded && (
        <Box id={bodyId} sx={{ display: 'flex', flexDirection: 'column', gap: 2, mt: 1.5 }}>
          <AnchorAlert path={base} />
          <SelectionFields repoIndex={repoIndex} index={index} rule={rule} />
          <CriterionFields repoIndex={repoIndex} index={index} rule={rule} />
          <ArchiveFields repoIndex={repoIndex} index={index} rule={rule} />
          <PriorityFields repoIndex={repoIndex} index={index} rule={rule} priority={row.priority} pinnedLast={row.pinnedLast} />
        </Box>
      )}
    </Box>
  );
}
