/**
 * The preview the right-hand column shows, kept in step with the stores outside React.
 *
 * The preview editor takes its text from here by subscription, not through React props: a
 * keystroke updates the design store, the store calls `subscribeLivePreview` listeners at once,
 * and Monaco holds the new text before React has even started re-rendering the form. The rest of
 * the preview column (file name, notes, buttons) follows through React as usual.
 */
import { type Design, type Target, targets } from '@ecr-designer/model';
import { currentDesign, useDesignStore } from '../store/designStore.ts';
import { useUiStore } from '../store/uiStore.ts';
import { type Preview, previewOf } from './preview.ts';

export interface LivePreview {
  design: Design;
  target: Target;
  /** The repository shown in the form (some targets render it alone). */
  repositoryId: string | undefined;
  preview: Preview;
}

export function targetById(id: string): Target {
  return targets.find((t) => t.id === id) ?? (targets[0] as Target);
}

let last: LivePreview | undefined;

/**
 * The preview of the current design, target and repository; the same object until one of them
 * changes (rendering is memoized per design object, see preview.ts).
 */
export function currentLivePreview(): LivePreview {
  const design = currentDesign();
  const target = targetById(useUiStore.getState().previewTarget);
  const repositoryId = design.repositories[useDesignStore.getState().selected]?.id;
  if (last && last.design === design && last.target === target && last.repositoryId === repositoryId) return last;
  last = { design, target, repositoryId, preview: previewOf(design, target, repositoryId) };
  return last;
}

/**
 * Calls `listener` synchronously whenever the live preview changes (a new design, target or shown
 * repository), with the new preview. The rendering happens inside the store update that caused it.
 */
export function subscribeLivePreview(listener: (preview: LivePreview) => void): () => void {
  let seen = currentLivePreview();
  const check = () => {
    const next = currentLivePreview();
    if (next === seen) return;
    seen = next;
    listener(next);
  };
  const offDesign = useDesignStore.subscribe(check);
  const offUi = useUiStore.subscribe(check);
  return () => {
    offDesign();
    offUi();
  };
}
