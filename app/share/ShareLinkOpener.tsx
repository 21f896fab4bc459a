/**
 * Watches the URL fragment for a share link (at start, and when a link is pasted into the address
 * bar of the open app). The fragment is removed from the address as soon as it is read, so a
 * reload never asks again; the dialog that decodes it is loaded only when there is one.
 */
import { Suspense, useCallback, useEffect, useState } from 'react';
import { isShareFragment } from '@ecr-designer/model';
import { LazyOpenLinkDialog } from './lazy.ts';

/** The share fragment of the address, removed from it; undefined when there is none. */
export function takeShareFragment(): string | undefined {
  const { hash, pathname, search } = window.location;
  if (!isShareFragment(hash)) return undefined;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  return hash;
}

export function ShareLinkOpener() {
  const [fragment, setFragment] = useState<string | undefined>(undefined);
  useEffect(() => {
    const take = () => {
      const taken = takeShareFragment();
      if (taken !== undefined) setFragment(taken);
    };
    take();
    window.addEventListener('hashchange', take);
    return () => window.removeEventListener('hashchange', take);
  }, []);
  const done = useCallback(() => setFragment(undefined), []);
  if (fragment === undefined) return null;
  return (
    <Suspense fallback={null}>
      <LazyOpenLinkDialog key={fragment} fragment={fragment} onDone={done} />
    </Suspense>
  );
}
