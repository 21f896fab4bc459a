/** The rule list with dnd-kit: loaded lazily, the plain list stands in until it arrives. */
import { memo, useMemo } from 'react';
import {
  type Announcements,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { ruleName } from './RuleCard.tsx';
import { RuleListItems, type RuleListItemsProps } from './RuleListItems.tsx';
import { SortableRule } from './SortableRule.tsx';
import { restrictToVerticalAxis } from './restrictToVerticalAxis.ts';

const INSTRUCTIONS =
  'To reorder a rule, press Space or Enter on its handle to pick it up, the up and down arrow keys to move it, and Space or Enter to drop it; Escape cancels. Alt with the up or down arrow moves it one step at once.';

const MODIFIERS = [restrictToVerticalAxis];
const ID_SEPARATOR = '\u0000';
const POINTER_OPTIONS = { activationConstraint: { distance: 4 } };
const KEYBOARD_OPTIONS = { coordinateGetter: sortableKeyboardCoordinates };
const SCREEN_READER_INSTRUCTIONS = { draggable: INSTRUCTIONS };

function announcementsFor(ids: string[]): Announcements {
  const positionOf = (id: string | number) => ids.indexOf(String(id)) + 1;
  return {
    onDragStart: ({ active }) => `Picked up ${ruleName(positionOf(active.id)).toLowerCase()}.`,
    onDragOver: ({ over }) => (over ? `Over position ${positionOf(over.id)} of ${ids.length}.` : 'Not over a rule position.'),
    onDragEnd: ({ over }) => (over ? `Dropped at position ${positionOf(over.id)} of ${ids.length}; priorities are updated.` : 'Dropped; the order is unchanged.'),
    onDragCancel: () => 'Reordering cancelled; the order is unchanged.',
  };
}

function SortableRuleList(props: Omit<RuleListItemsProps, 'Item'>) {
  const { rows, keys, moveRow } = props;
  // Stable while the rules do not change: dnd-kit re-renders (and re-measures) every item when its
  // inputs change, which would turn each keystroke elsewhere into work for every rule.
  // Compared by content: editing a rule makes new rows with the same ids, and a new items array
  // would make SortableContext re-render every sortable rule.
  const idsKey = rows
    .filter((r) => !r.pinnedLast)
    .map((r) => keys[r.index] as string)
    .join(ID_SEPARATOR);
  const ids = useMemo(() => (idsKey === '' ? [] : idsKey.split(ID_SEPARATOR)), [idsKey]);
  const accessibility = useMemo(() => ({ announcements: announcementsFor(ids), screenReaderInstructions: SCREEN_READER_INSTRUCTIONS }), [ids]);
  // Constant options keep the sensors, and with them dnd-kit's context, stable from render to
  // render: a new context value re-renders every sortable rule.
  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor, KEYBOARD_OPTIONS));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) moveRow(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  };
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} modifiers={MODIFIERS} onDragEnd={onDragEnd} accessibility={accessibility}>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <RuleListItems {...props} Item={SortableRule} />
      </SortableContext>
    </DndContext>
  );
}

export default memo(SortableRuleList);
