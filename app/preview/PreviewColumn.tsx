import { Suspense, useId } from 'react';
import Box from '@mui/material/Box';
import { LazyPreviewPane, LazySimulatePane } from '../lazyParts.ts';
import { setPreviewView, useUiStore, type PreviewView } from '../store/uiStore.ts';
import { Segmented } from '../ui/Segmented.tsx';
import { PreviewPlaceholder } from './PreviewPlaceholder.tsx';

const VIEWS: Record<PreviewView, string> = { preview: 'Preview', simulate: 'Simulate' };
const HINTS: Record<PreviewView, string> = {
  preview: 'The code and templates of the design',
  simulate: 'Which images the lifecycle rules keep, expire or archive, and why',
};

/**
 * The right-hand column: the outputs (Preview) or the lifecycle simulator (Simulate). The preview
 * stays mounted while the simulator is shown, so coming back to it is instant; the simulator is
 * loaded the first time it is opened.
 */
export function PreviewColumn() {
  const view = useUiStore((s) => s.previewView);
  const labelId = useId();
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, pt: 1, flexShrink: 0 }}>
        <Box id={labelId} component="span" sx={{ typography: 'body2', fontWeight: 500 }}>
          View
        </Box>
        <Segmented value={view} options={VIEWS} hints={HINTS} onChange={setPreviewView} aria-labelledby={labelId} />
      </Box>
      <Box hidden={view !== 'preview'} sx={{ flex: 1, minHeight: 0, display: view === 'preview' ? 'flex' : 'none', flexDirection: 'column' }}>
        <Suspense fallback={<PreviewPlaceholder />}>
          <LazyPreviewPane />
        </Suspense>
      </Box>
      {view === 'simulate' && (
        <Suspense fallback={<Box sx={{ p: 2, typography: 'body2', color: 'text.secondary' }}>Loading the simulator…</Box>}>
          <LazySimulatePane />
        </Suspense>
      )}
    </>
  );
}
