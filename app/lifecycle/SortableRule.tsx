import { memo } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { RuleCard } from './RuleCard.tsx';
import { RuleHandle } from './RuleHandle.tsx';
import { type RuleItemProps, sameRuleItem } from './RuleListItems.tsx';

/** A rule card that can be dragged by its handle, with the pointer or the keyboard (Space, arrows, Space). */
export const SortableRule = memo(function SortableRule({ id, handleLabel, onMoveUp, onMoveDown, ...card }: RuleItemProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  const { onKeyDown, ...pointerListeners } = listeners ?? {};
  const handle = (
    <RuleHandle
      ref={setActivatorNodeRef}
      {...attributes}
      {...pointerListeners}
      label={handleLabel}
      onMoveUp={onMoveUp}
      onMoveDown={onMoveDown}
      onOtherKeyDown={onKeyDown as ((e: React.KeyboardEvent<HTMLElement>) => void) | undefined}
      dragging={isDragging}
    />
  );
  return (
    <RuleCard
      {...card}
      onMoveUp={onMoveUp}
      onMoveDown={onMoveDown}
      handle={handle}
      cardRef={setNodeRef}
      dragging={isDragging}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    />
  );
}, sameRuleItem);
