/** The access and events editors: loaded after the form (they are below the fold), so the first download stays small. */
import { lazy } from 'react';

const loaders = {
  access: () => import('./AccessSection.tsx'),
  events: () => import('./EventsSection.tsx'),
  stack: () => import('./StackResources.tsx'),
};

export const LazyAccessSection = lazy(loaders.access);
export const LazyEventsSection = lazy(loaders.events);
export const LazyStackResources = lazy(loaders.stack);

/** Loads all three (component tests: so that their arrival does not race the test's own lazy menus). */
export function preloadAccessEditors(): Promise<unknown> {
  return Promise.all(Object.values(loaders).map((load) => load()));
}
