import Box from '@mui/material/Box';

const LINES = [70, 45, 60, 35, 55, 40, 65, 30];

/** Grey lines where the code will be, while the editor loads. */
export function EditorPlaceholder() {
  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.25 }} aria-hidden>
      {LINES.map((w, i) => (
        <Box key={i} sx={{ height: 12, width: `${w}%`, borderRadius: 1, bgcolor: 'action.hover' }} />
      ))}
    </Box>
  );
}

/** Stands in for the preview column while its code loads (same tab bar height, no layout jump). */
export function PreviewPlaceholder() {
  return (
    <Box aria-busy="true" aria-label="Loading the preview" role="status" sx={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <Box sx={{ height: 53, borderBottom: 1, borderColor: 'divider' }} />
      <EditorPlaceholder />
    </Box>
  );
}
