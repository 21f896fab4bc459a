import { Suspense, memo, useDeferredValue, useId, useMemo, useRef } from 'react';
import ContentCopy from '@mui/icons-material/ContentCopy';
import Download from '@mui/icons-material/Download';
import FolderZip from '@mui/icons-material/FolderZipOutlined';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { type Design, previewGroupOf, previewGroups, projectDownload, targets } from '@ecr-designer/model';
import { type LivePreview, currentLivePreview, subscribeLivePreview, targetById } from '../derived/livePreview.ts';
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
import type { LiveText } from './CodeView.tsx';
import { EditorPlaceholder } from './PreviewPlaceholder.tsx';
import { StatusStrip } from './StatusStrip.tsx';

const tabId = (id: string) => `preview-tab-${id}`;
const PANEL_ID = 'preview-panel';
/** A tab per group of targets (CloudFormation, CDK, ...), the group's targets as variants under it. */
const GROUPS = previewGroups();

/** The preview column: one tab per target of the model, with copy and download. */
export default function PreviewPane() {
  // The preview column follows the design one render behind the form: the keystroke is painted
  // first. The editor's text does not wait for it (see livePreview.ts). The body is memoized, so
  // the form's own render (which still sees the previous design here) stops at it.
  const design = useDeferredValue(useDesign());
  const selected = useDeferredValue(useSelectedIndex());
  const targetId = useUiStore((s) => s.previewTarget);
  const dark = useUiStore((s) => s.themeMode === 'dark');
  return <PreviewBody design={design} selected={selected} targetId={targetId} dark={dark} />;
}

const PreviewBody = memo(function PreviewBody({ design, selected, targetId, dark }: { design: Design; selected: number; targetId: string; dark: boolean }) {
  const target = targetById(targetId);
  const group = previewGroupOf(target.id, GROUPS) ?? (GROUPS[0] as (typeof GROUPS)[number]);
  const repositoryId = design.repositories[selected]?.id;
  const preview = useMemo(() => previewOf(design, targetById(targetId), repositoryId), [design, targetId, repositoryId]);
  const fileName = target.fileName(design);
  const projectHint = projectDownload(design, target.id).hint;
  // What the target itself chose for the user (Terraform and the CLI name what CloudFormation would).
  const targetNotes = useMemo(() => targetById(targetId).diagnostics?.(design) ?? [], [design, targetId]);
  // The editor's text follows the store without waiting for this (deferred) render.
  const live = useMemo<LiveText>(() => {
    const textOf = (p: LivePreview) => (p.target.id === targetId && p.preview.kind === 'text' ? p.preview.text : undefined);
    return {
      current: () => textOf(currentLivePreview()),
      subscribe: (listener) =>
        subscribeLivePreview((p) => {
          const text = textOf(p);
          if (text !== undefined) listener(text);
        }),
    };
  }, [targetId]);

  return (
    <Box component="section" aria-label="Preview" sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <TargetTabs groupId={group.id} targetId={target.id} />
      {group.variants.length > 1 && <VariantPicker groupId={group.id} targetId={target.id} />}
      <FileActions fileName={fileName} hasText={preview.kind === 'text'} projectHint={projectHint} />
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
            <LazyCodeView text={preview.text} language={target.language} path={`file:///${target.id}/${fileName}`} label={`${target.label} preview`} dark={dark} live={live} />
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
});

/** The variants of a group (YAML or JSON, the CDK languages); re-renders when the target changes. */
const VariantPicker = memo(function VariantPicker({ groupId, targetId }: { groupId: string; targetId: string }) {
  const group = GROUPS.find((g) => g.id === groupId) as (typeof GROUPS)[number];
  const variantLabelId = useId();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, pt: 1, flexShrink: 0, flexWrap: 'wrap' }}>
      <Typography id={variantLabelId} variant="caption" color="text.secondary">
        {group.variantKind}
      </Typography>
      <Segmented<string>
        value={targetId}
        options={Object.fromEntries(group.variants.map((v) => [v.targetId, v.label]))}
        hints={Object.fromEntries(group.variants.map((v) => [v.targetId, targets.find((t) => t.id === v.targetId)?.label ?? v.label]))}
        onChange={(id) => setPreviewTarget(id)}
        aria-labelledby={variantLabelId}
      />
    </Box>
  );
});

/** The tab per group of targets; re-renders when the target changes. */
const TargetTabs = memo(function TargetTabs({ groupId, targetId }: { groupId: string; targetId: string }) {
  // The variant last shown per group (recorded when leaving it): the CDK tab comes back to the language picked before.
  const lastVariant = useRef<Record<string, string>>({});
  return (
    <Tabs
      value={groupId}
      onChange={(_, id: string) => {
        const next = GROUPS.find((g) => g.id === id);
        lastVariant.current[groupId] = targetId;
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
  );
});

/** Copies the current preview (what the editor shows) to the clipboard. */
async function copyPreview(): Promise<void> {
  const { preview, target, design } = currentLivePreview();
  if (preview.kind !== 'text') return;
  try {
    await navigator.clipboard.writeText(preview.text);
    notify(`Copied ${target.fileName(design)} to the clipboard.`);
  } catch {
    notify('The browser did not allow copying to the clipboard.', 'error');
  }
}

function downloadPreview(): void {
  const { preview, target, design } = currentLivePreview();
  if (preview.kind === 'text') downloadFile(target.fileName(design), preview.text, target.mimeType);
}

async function downloadApp(): Promise<void> {
  const { target, design } = currentLivePreview();
  try {
    downloadFile(cdkAppZipName(design, target.id), await cdkAppZip(design, target.id), 'application/zip');
  } catch (e) {
    notify(`Could not build the CDK app: ${e instanceof Error ? e.message : String(e)}`, 'error');
  }
}

/**
 * The file name with copy and download. What they copy or download is read when they are clicked:
 * the current design's preview, never an older render's.
 */
const FileActions = memo(function FileActions({ fileName, hasText, projectHint }: { fileName: string; hasText: boolean; projectHint: string }) {
  return (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1, flexShrink: 0, flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ fontFamily: 'var(--mono-font)', flex: 1, minWidth: 0 }} noWrap title={fileName}>
          {fileName}
        </Typography>
        <Hint title="Copy to the clipboard">
          <ActionButton size="small" startIcon={<ContentCopy />} onClick={copyPreview} disabled={!hasText}>
            Copy
          </ActionButton>
        </Hint>
        <Hint title={`Download ${fileName}`}>
          <ActionButton size="small" startIcon={<Download />} onClick={downloadPreview} disabled={!hasText}>
            Download
          </ActionButton>
        </Hint>
        <Hint title={projectHint}>
          <ActionButton size="small" variant="outlined" startIcon={<FolderZip />} onClick={downloadApp}>
            CDK app (.zip)
          </ActionButton>
        </Hint>
      </Box>
  );
});
