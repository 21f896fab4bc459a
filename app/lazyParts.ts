/**
 * Parts of the screen that are not needed to use the form: loaded on demand, and fetched in the
 * background once the page is idle so that opening them later is instant.
 */
import { lazy, useSyncExternalStore } from 'react';

/** A module loaded once, whose arrival components can wait for without suspending. */
export interface Preloadable<T> {
  start(): Promise<T>;
  current(): T | undefined;
  subscribe(listener: () => void): () => void;
}

function preloadable<T>(load: () => Promise<T>): Preloadable<T> {
  let value: T | undefined;
  let promise: Promise<T> | undefined;
  const listeners = new Set<() => void>();
  const start = () =>
    (promise ??= load().then((loaded) => {
      value = loaded;
      for (const listener of listeners) listener();
      return loaded;
    }));
  return {
    start,
    current: () => value,
    subscribe: (listener) => {
      listeners.add(listener);
      void start();
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The module once loaded (undefined until then); starts loading it. Unlike React.lazy, nothing
 * suspends: callers render a stand-in of the same shape, and when the module was loaded before they
 * first render (it is preloaded at start), they never render the stand-in at all.
 */
export function useLoaded<T>(module: Preloadable<T>): T | undefined {
  return useSyncExternalStore(module.subscribe, module.current);
}

/** The model's validation and design-file reader: loaded at start, right after the form. */
export const validation = preloadable(() => import('./derived/validation.ts'));

/** dnd-kit and the sortable rule list: needed as soon as a repository has rules, so loaded at start. */
export const sortableRuleList = preloadable(() => import('./lifecycle/SortableRuleList.tsx'));

/** Monaco (2.7 MB): fetched at start, in parallel with the preview pane that shows it. */
const loadCodeView = () => import('./preview/CodeView.tsx');
export const LazyCodeView = lazy(loadCodeView);

const loaders = {
  preview: () => import('./preview/PreviewPane.tsx'),
  actionMenu: () => import('./menus/ActionMenu.tsx'),
  choiceMenu: () => import('./menus/ChoiceMenu.tsx'),
  dialogs: () => import('./menus/dialogs.tsx'),
  problems: () => import('./diagnostics/ProblemsPopover.tsx'),
  notices: () => import('./layout/NoticeSnackbar.tsx'),
  unreadable: () => import('./layout/UnreadableBanner.tsx'),
};

export const LazyPreviewPane = lazy(loaders.preview);
/** The lifecycle simulator (its view, table and worker client): loaded when Simulate is first opened. */
export const LazySimulatePane = lazy(() => import('./simulate/SimulatePane.tsx'));
export const LazyActionMenu = lazy(loaders.actionMenu);
export const LazyChoiceMenu = lazy(loaders.choiceMenu);
export const LazyNewDesignDialog = lazy(() => loaders.dialogs().then((m) => ({ default: m.NewDesignDialog })));
export const LazyRenameDialog = lazy(() => loaders.dialogs().then((m) => ({ default: m.RenameDialog })));
export const LazyProblemsPopover = lazy(loaders.problems);
export const LazyNoticeSnackbar = lazy(loaders.notices);
export const LazyUnreadableBanner = lazy(loaders.unreadable);

function loadAll(): void {
  for (const load of Object.values(loaders)) void load();
}

/**
 * Starts what the first screen needs at once (validation, the rule list's dnd-kit, Monaco), and
 * fetches the menus and dialogs once that is done and the browser is idle.
 */
function loadAllWhenIdle(): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(loadAll, { timeout: 2000 });
  else setTimeout(loadAll, 500);
}

export function prefetchLazyParts(): void {
  const firstScreen = [validation.start(), sortableRuleList.start(), loadCodeView()];
  void Promise.allSettled(firstScreen).then(loadAllWhenIdle);
}
