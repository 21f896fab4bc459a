/** The import and share dialogs: loaded on first use (the importers and the yaml parser stay out of the first download). */
import { lazy } from 'react';

export const loadImportDialog = () => import('../importer/ImportDialog.tsx');
export const LazyImportDialog = lazy(loadImportDialog);
export const LazyCopyLinkDialog = lazy(() => import('./CopyLinkDialog.tsx'));
export const LazyOpenLinkDialog = lazy(() => import('./OpenLinkDialog.tsx'));
export const loadTransfer = () => import('./transfer.ts');
