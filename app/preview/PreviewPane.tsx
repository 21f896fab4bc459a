import { Suspense, useDeferredValue, useId, useMemo, useRef } from 'react';
import ContentCopy from '@mui/icons-material/ContentCopy';
import Download from '@mui/icons-material/Download';
import FolderZip from '@mui/icons-material/FolderZipOutlined';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { previewGroupOf, previewGroups, projectDownload, targets } from '@ecr-designer/model';
import { previewOf } from '../derived/preview.ts';
import { Hint } from '../fields/Hint.tsx';
import { LazyCodeView } from '../lazyParts.ts';
import { useDesign, useSelectedIndex } from '../store/designStore.ts';
import { notify, setPreviewTarget, useUiStore } from '../store/uiStore.ts';
import { ActionButton } from '../ui/ActionButton.tsx';
import { Segmented } from '../ui/Segmented.tsx';
import { Callout } from '../ui/Callout.tsx';
import { cdkAppZip, cdkAppZipName } from './cdkApp.ts';
import { downloadFile } from './download.ts';
import { EditorPlaceholder } from './PreviewPlaceholder.tsx';
import { StatusStrip } from './StatusStrip.tsx';

const tabId = (id: string) => `preview-tab-${id}`;
const PANEL_ID = 'preview-panel';
/** A tab per group of targets (CloudFormation, CDK, ...), the group's targets as variants under it. */
const GROUPS = previewGroups();

/** The preview column: one tab per target of the model, with copy and download. */
export default function PreviewPane() {
  // The preview follows the design one render behind the form: the keystroke is painted first.
  const design = useDeferredValue(useDesign());
  const selected = useSelectedIndex();
  const targetId = useUiStore((s) => s.previewTarget);
  const dark = useUiStore((s) => s.themeMode === 'dark');
  const target = targets.find((t) => t.id === targetId) ?? (targets[0] as (typeof targets)[number]);
  const group = previewGroupOf(target.id, GROUPS) ?? (GROUPS[0] as (typeof GROUPS)[number]);
  // The variant last shown per group (recorded when leaving it): the CDK tab comes back to the language picked before.
  const lastVariant = useRef<Record<string, string>>({});
  const variantLabelId = useId();
  const repositoryId = design.repositories[selected]?.id;
  const preview = useMemo(() => previewOf(design, target, repositoryId), [design, target, repositoryId]);
  const fileName = target.fileName(design);
  const project = projectDownload(design, target.id);
  // What the target itself chose for the user (Terraform and the CLI name what CloudFormation would).
  const targetNotes = useMemo(() => target.diagnostics?.(design) ?? [], [design, target]);

  const copy = async () => {
    if (preview.kind !== 'text') return;
    try {
      await navigator.clipboard.writeText(preview.text);
      notify(`Copied ${fileName} to the clipboard.`);
    } catch {
      notify('The browser did not allow copying to the clipboard.', 'error');
    }
  };
  const download = () => {
    if (preview.kind === 'text') downloadFile(fileName, preview.text, target.mimeType);
  };
  const downloadApp = async () => {
    try {
      downloadFile(cdkAppZipName(design, target.id), await cdkAppZip(design, target.id), 'application/zip');
    } catch (e) {
      notify(`Could not build the CDK app: ${e instanceof Error ? e.message : String(e)}`, 'error');
    }
  };

  return (
    <Box component="section" aria-label="Preview" sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Tabs
        value={group.id}
        onChange={(_, id: string) => {
          const next = GROUPS.find((g) => g.id === id);
          lastVariant.current[group.id] = target.id;
          if (next) setPreviewTarget(lastVariant.current[id] ?? (next.variants[0]?.targetId as string));
        }}
        variant="scrollable"
        scrollButtons="auto"
        aria-label="Output format"
        sx={{ borderBottom: 1, borderColor: 'divider', minHeight: 52, flexShrink: 0, '& .MuiTab-root': { minHeight: 52, minWidth: 0, maxWidth: 136, px: 1.25, py: 0.5, fontSize: '0.8125rem', lineHeight: 1.3 } }}
      >
        {GROUPS.map((g) => (
          <Tab key={g.id} value={g.id} label={g.label} wrapped id={tabId(g.id)} aria-controls={PANEL_ID} />
        ))}
      </Tabs>
      {group.variants.length > 1 && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, pt: 1, flexShrink: 0, flexWrap: 'wrap' }}>
          <Typography id={variantLabelId} variant="caption" color="text.secondary">
            {group.variantKind}
          </Typography>
          <Segmented<string>
            value={target.id}
            options={Object.fromEntries(group.variants.map((v) => [v.targetId, v.label]))}
            hints={Object.fromEntries(group.variants.map((v) => [v.targetId, targets.find((t) => t.id === v.targetId)?.label ?? v.label]))}
            onChange={(id) => setPreviewTarget(id)}
            aria-labelledby={variantLabelId}
          />
        </Box>
      )}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1, flexShrink: 0, flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ fontFamily: 'var(--mono-font)', flex: 1, minWidth: 0 }} noWrap title={fileName}>
          {fileName}
        </Typography>
        <Hint title="Copy to the clipboard">
          <ActionButton size="small" startIcon={<ContentCopy />} onClick={copy} disabled={preview.kind !== 'text'}>
            Copy
          </ActionButton>
        </Hint>
        <Hint title={`Download ${fileName}`}>
          <ActionButton size="small" startIcon={<Download />} onClick={download} disabled={preview.kind !== 'text'}>
            Download
          </ActionButton>
        </Hint>
        <Hint title={project.hint}>
          <ActionButton size="small" variant="outlined" startIcon={<FolderZip />} onClick={downloadApp}>
            CDK app (.zip)
          </ActionButton>
        </Hint>
      </Box>
      {targetNotes.length > 0 && (
        <Box sx={{ px: 2, pb: 1, flexShrink: 0 }} data-testid="target-notes">
          <Callout severity="info" title={`${target.label}: ${targetNotes.length === 1 ? 'a name was chosen' : `${targetNotes.length} names were chosen`}`}>
            {targetNotes.map((d) => d.message).join('\n')}
          </Callout>
        </Box>
      )}
      <StatusStrip />
      <Box
        id={PANEL_ID}
        role="tabpanel"
        aria-labelledby={tabId(group.id)}
        data-testid="preview"
        data-target={target.id}
        sx={{ flex: 1, minHeight: 320, position: 'relative' }}
      >
        {preview.kind === 'text' ? (
          <Suspense fallback={<EditorPlaceholder />}>
            <LazyCodeView text={preview.text} language={target.language} path={`file:///${target.id}/${fileName}`} label={`${target.label} preview`} dark={dark} />
          </Suspense>
        ) : (
          <Box sx={{ p: 4, textAlign: 'center' }}>
            <Typography variant="body1" gutterBottom>
              Nothing to show for {target.label}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {preview.message}
            </Typography>
          </Box>
        )}
      </Box>
    </Box>
  );
}
