/**
 * The one store of the design: the design (with its undo history) and which repository the form
 * shows. Everything else the screens show (diagnostics, previews) is derived from the design.
 */
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { type Design, emptyDesign } from '@ecr-designer/model';
import { type History, createHistory } from './history.ts';

export interface DesignState {
  history: History<Design>;
  /** Index of the repository shown in the form. */
  selected: number;
}

export function initialDesignState(design: Design = emptyDesign()): DesignState {
  return { history: createHistory(design), selected: 0 };
}

export const useDesignStore = create<DesignState>()(() => initialDesignState());

/** For tests: start over with `design` (default: an empty design) and no history. */
export function resetDesignStore(design?: Design): void {
  useDesignStore.setState(initialDesignState(design), true);
}

export const currentDesign = (): Design => useDesignStore.getState().history.present;

export const useDesign = (): Design => useDesignStore((s) => s.history.present);
export const useSelectedIndex = (): number => useDesignStore((s) => s.selected);
export const useCanUndo = (): boolean => useDesignStore((s) => s.history.past.length > 0);
export const useCanRedo = (): boolean => useDesignStore((s) => s.history.future.length > 0);

/**
 * A few values of the design, picked by `select` (which returns a new object or array of them):
 * the component re-renders only when one of the picked values changes, not on every edit.
 */
export function useDesignPick<T extends object>(select: (design: Design) => T): T {
  return useDesignStore(useShallow((s: DesignState) => select(s.history.present)));
}
