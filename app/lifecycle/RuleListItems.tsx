import { memo } from 'react';
import PushPin from '@mui/icons-material/PushPinOutlined';
import Box from '@mui/material/Box';
import type { LifecycleRuleRow } from '@ecr-designer/model';
import { RuleCard, type RuleCardProps, ruleName } from './RuleCard.tsx';
import { RuleHandle } from './RuleHandle.tsx';
import { Hint } from '../fields/Hint.tsx';

export interface RuleItemProps extends Omit<RuleCardProps, 'handle' | 'style' | 'cardRef' | 'dragging'> {
  id: string;
  handleLabel: string;
}

export interface RuleListItemsProps {
  repoIndex: number;
  /** Rows in display order; the pinned ANY rule last. */
  rows: LifecycleRuleRow[];
  /** Stable key of each rule, by its index in the design's list. */
  keys: string[];
  /** Moves the rule shown at display position `from` to display position `to`. */
  moveRow: (from: number, to: number) => void;
  /** How a reorderable rule is rendered (plain, or sortable once dnd-kit has loaded). */
  Item: React.ComponentType<RuleItemProps>;
  /** Whether the card of the rule with this key opens expanded. */
  expandedAtFirst: (key: string) => boolean;
}

/**
 * Whether a rule item must re-render: when its rule, its place or what CDK makes of it changed.
 * The move callbacks are new on every render but only depend on the position (moves read the
 * current design from the store), so only their presence is compared. With long rule lists, a
 * keystroke in one rule then re-renders that rule alone.
 */
export function sameRuleItem(a: RuleItemProps, b: RuleItemProps): boolean {
  return (
    a.id === b.id &&
    a.repoIndex === b.repoIndex &&
    a.position === b.position &&
    a.handleLabel === b.handleLabel &&
    a.defaultExpanded === b.defaultExpanded &&
    !a.onMoveUp === !b.onMoveUp &&
    !a.onMoveDown === !b.onMoveDown &&
    a.row.rule === b.row.rule &&
    a.row.index === b.row.index &&
    a.row.priority === b.row.priority &&
    a.row.automatic === b.row.automatic &&
    a.row.evaluationPosition === b.row.evaluationPosition &&
    a.row.tagStatus === b.row.tagStatus &&
    a.row.pinnedLast === b.row.pinnedLast
  );
}

/** A rule whose handle only moves with Alt+arrows (while dnd-kit loads). */
export const PlainRule = memo(function PlainRule({ handleLabel, onMoveUp, onMoveDown, ...card }: RuleItemProps) {
  return <RuleCard {...card} onMoveUp={onMoveUp} onMoveDown={onMoveDown} handle={<RuleHandle label={handleLabel} onMoveUp={onMoveUp} onMoveDown={onMoveDown} />} />;
}, sameRuleItem);

const pin = (
  <Hint title="Pinned last: CDK always gives the TagStatus.ANY rule the highest priority, wherever it is in the list.">
    <Box tabIndex={0} aria-label="Pinned last (ANY rule)" role="img" sx={{ display: 'flex', p: '5px', color: 'text.secondary' }}>
      <PushPin fontSize="small" />
    </Box>
  </Hint>
);

/** The rule cards: reorderable rules in list order, then the pinned ANY rule. */
export const RuleListItems = memo(function RuleListItems({ repoIndex, rows, keys, moveRow, Item, expandedAtFirst }: RuleListItemsProps) {
  const movable = rows.filter((r) => !r.pinnedLast);
  const pinned = rows.filter((r) => r.pinnedLast);
  return (
    <Box component="ol" aria-label="Lifecycle rules" sx={{ m: 0, p: 0, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      {movable.map((row, i) => (
        <Item
          key={keys[row.index]}
          id={keys[row.index] as string}
          handleLabel={`Reorder ${ruleName(i + 1).toLowerCase()}`}
          defaultExpanded={expandedAtFirst(keys[row.index] as string)}
          repoIndex={repoIndex}
          row={row}
          position={i + 1}
          onMoveUp={i > 0 ? () => moveRow(i, i - 1) : undefined}
          onMoveDown={i < movable.length - 1 ? () => moveRow(i, i + 1) : undefined}
        />
      ))}
      {pinned.map((row, i) => (
        <RuleCard
          key={keys[row.index]}
          repoIndex={repoIndex}
          row={row}
          position={movable.length + i + 1}
          handle={pin}
          defaultExpanded={expandedAtFirst(keys[row.index] as string)}
        />
      ))}
    </Box>
  );
});
