/** Toolbar: Import, Export (the design file) and Copy link; the dialogs and the work behind them load on first use. */
import { Suspense, useState } from 'react';
import FileDownload from '@mui/icons-material/FileDownloadOutlined';
import FileUpload from '@mui/icons-material/FileUploadOutlined';
import LinkIcon from '@mui/icons-material/Link';
import type { Design } from '@ecr-designer/model';
import { Hint } from '../fields/Hint.tsx';
import { currentDesign } from '../store/designStore.ts';
import { notify } from '../store/uiStore.ts';
import { ActionButton } from '../ui/ActionButton.tsx';
import { LazyCopyLinkDialog, LazyImportDialog, loadTransfer } from './lazy.ts';

async function exportFile(): Promise<void> {
  try {
    const { downloadDesignFile } = await loadTransfer();
    notify(`Downloaded ${downloadDesignFile(currentDesign())}.`);
  } catch (e) {
    notify(`Could not export the design: ${e instanceof Error ? e.message : String(e)}`, 'error');
  }
}

export function TransferButtons() {
  const [importing, setImporting] = useState(false);
  const [sharing, setSharing] = useState<Design | undefined>(undefined);
  return (
    <>
      <Hint title="Import a CloudFormation template, a lifecycle policy, AWS CLI output or a design file">
        <ActionButton color="inherit" startIcon={<FileUpload />} onClick={() => setImporting(true)}>
          Import
        </ActionButton>
      </Hint>
      <Hint title="Download the design file (<stack>.design.json)">
        <ActionButton color="inherit" startIcon={<FileDownload />} onClick={() => void exportFile()}>
          Export
        </ActionButton>
      </Hint>
      <Hint title="Copy a link that carries this design">
        <ActionButton color="inherit" startIcon={<LinkIcon />} onClick={() => setSharing(currentDesign())}>
          Copy link
        </ActionButton>
      </Hint>
      {importing && (
        <Suspense fallback={null}>
          <LazyImportDialog onClose={() => setImporting(false)} />
        </Suspense>
      )}
      {sharing && (
        <Suspense fallback={null}>
          <LazyCopyLinkDialog design={sharing} onClose={() => setSharing(undefined)} />
        </Suspense>
      )}
    </>
  );
}
