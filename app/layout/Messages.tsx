import { Suspense, useState } from 'react';
import { LazyNoticeSnackbar, LazyUnreadableBanner } from '../lazyParts.ts';
import { useUiStore } from '../store/uiStore.ts';

/** Short confirmations; the snackbar is loaded with the first one and then stays mounted (for its exit transition). */
export function Notices() {
  const hasNotice = useUiStore((s) => s.notice !== undefined);
  const [mounted, setMounted] = useState(false);
  if (hasNotice && !mounted) setMounted(true);
  if (!mounted) return null;
  return (
    <Suspense fallback={null}>
      <LazyNoticeSnackbar />
    </Suspense>
  );
}

/** The report of a saved design that could not be opened. */
export function UnreadableNotice() {
  const unreadable = useUiStore((s) => s.unreadable !== undefined);
  if (!unreadable) return null;
  return (
    <Suspense fallback={null}>
      <LazyUnreadableBanner />
    </Suspense>
  );
}
