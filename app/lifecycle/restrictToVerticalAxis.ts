import type { Modifier } from '@dnd-kit/core';

/** Keeps a dragged rule on its column (the @dnd-kit/modifiers one-liner, without the extra package). */
export const restrictToVerticalAxis: Modifier = ({ transform }) => ({ ...transform, x: 0 });
