/**
 * Parts of the screen that are not needed to use the form: loaded on demand, and fetched in the
 * background once the page is idle so that opening them later is instant.
 */
import { lazy } from 'react';

const loaders = {
  preview: () => import('./preview/PreviewPane.tsx'),
  sortableRules: () => import('./lifecycle/SortableRuleList.tsx'),
  actionMenu: () => import('./menus/ActionMenu.tsx'),
  choiceMenu: () => import('./menus/ChoiceMenu.tsx'),
  dialogs: () => import('./menus/dialogs.tsx'),
  problems: () => import('./diagnostics/ProblemsPopover.tsx'),
  notices: () => import('./layout/NoticeSnackbar.tsx'),
  unreadable: () => import('./layout/UnreadableBanner.tsx'),
};

export const LazyPreviewPane = lazy(loaders.preview);
export const LazySortableRuleList = lazy(loaders.sortableRules);
export const LazyActionMenu = lazy(loaders.actionMenu);
export const LazyChoiceMenu = lazy(loaders.choiceMenu);
export const LazyNewDesignDialog = lazy(() => loaders.dialogs().then((m) => ({ default: m.NewDesignDialog })));
export const LazyRenameDialog = lazy(() => loaders.dialogs().then((m) => ({ default: m.RenameDialog })));
export const LazyProblemsPopover = lazy(loaders.problems);
export const LazyNoticeSnackbar = lazy(loaders.notices);
export const LazyUnreadableBanner = lazy(loaders.unreadable);

/** Fetches every lazy part when the browser is idle (after the form is interactive). */
function loadAll(): void {
  for (const load of Object.values(loaders)) void load();
}

export function prefetchLazyParts(): void {
  const run = loadAll;
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 500);
}
