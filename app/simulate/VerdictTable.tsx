import { memo, useMemo, useState } from 'react';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import ContentCopy from '@mui/icons-material/ContentCopy';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import {
  type ImageVerdict,
  type Verdict,
  type VerdictSort,
  type VerdictSortKey,
  abbreviateDigest,
  formatBytes,
  formatTime,
  verdictColumns,
} from '@ecr-designer/model';
import { notify } from '../store/uiStore.ts';
import { IconAction } from '../ui/IconAction.tsx';

/** Two lines a row: the image's columns, then the explanation. Fixed, so only visible rows are rendered. */
export const ROW_HEIGHT = 56;
const HEADER_HEIGHT = 36;
const OVERSCAN = 6;
/** In the order of the model's verdictColumns. */
const COLUMNS = '78px 52px minmax(140px, 2fr) 212px 152px 152px 80px 84px';
const MIN_WIDTH = 960;

const VERDICT_COLORS: Record<Verdict, string> = { kept: 'success.main', expired: 'error.main', archived: 'info.main' };

export interface VerdictTableProps {
  rows: readonly ImageVerdict[];
  sort: VerdictSort;
  onSort: (sort: VerdictSort) => void;
  /** Height of the scrolling area in pixels. */
  height?: number;
}

async function copyDigest(digest: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(digest);
    notify(`Copied ${digest} to the clipboard.`);
  } catch {
    notify('The browser did not allow copying to the clipboard.', 'error');
  }
}

const cell = { px: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', alignSelf: 'center' } as const;

const Row = memo(function Row({ v, index, top }: { v: ImageVerdict; index: number; top: number }) {
  const { image } = v;
  const tags = image.tags.length ? image.tags.join(', ') : '(untagged)';
  return (
    <Box
      role="row"
      aria-rowindex={index + 2}
      data-verdict={v.verdict}
      sx={{
        position: 'absolute',
        top,
        left: 0,
        right: 0,
        height: ROW_HEIGHT,
        display: 'grid',
        gridTemplateColumns: COLUMNS,
        gridTemplateRows: '28px 24px',
        borderBottom: 1,
        borderColor: 'divider',
        fontSize: '0.8125rem',
      }}
    >
      <Box role="cell" sx={{ ...cell, fontWeight: 600, color: VERDICT_COLORS[v.verdict] }}>
        {v.verdict}
      </Box>
      <Box role="cell" sx={cell}>
        {v.rulePriority ?? '–'}
      </Box>
      <Box role="cell" sx={{ ...cell, fontStyle: image.tags.length ? undefined : 'italic', color: image.tags.length ? undefined : 'text.secondary' }} title={tags}>
        {tags}
      </Box>
      <Box role="cell" sx={{ ...cell, display: 'flex', alignItems: 'center', gap: 0.25, fontFamily: 'var(--mono-font)', fontSize: '0.75rem' }}>
        <Box component="span" title={image.digest} sx={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
          {abbreviateDigest(image.digest)}
        </Box>
        <IconAction size="small" aria-label={`Copy digest ${image.digest}`} onClick={() => void copyDigest(image.digest)} sx={{ width: 24, height: 24, '& > svg': { fontSize: 14 } }}>
          <ContentCopy />
        </IconAction>
      </Box>
      <Box role="cell" sx={cell}>
        {formatTime(image.pushedAt)}
      </Box>
      <Box role="cell" sx={{ ...cell, color: image.lastPulledAt === undefined ? 'text.secondary' : undefined }}>
        {image.lastPulledAt === undefined ? 'never' : formatTime(image.lastPulledAt)}
      </Box>
      <Box role="cell" sx={{ ...cell, textAlign: 'right' }}>
        {formatBytes(image.sizeBytes)}
      </Box>
      <Box role="cell" sx={cell}>
        {image.storage === 'STANDARD' ? 'standard' : image.storage === 'ARCHIVE' ? 'archive' : 'activating'}
      </Box>
      {/* The explanation spans the row but stays as wide as the visible area, and in view when the columns scroll sideways. */}
      <Box
        role="cell"
        sx={{ ...cell, gridColumn: '1 / -1', alignSelf: 'start', justifySelf: 'start', position: 'sticky', left: 0, width: '100cqi', boxSizing: 'border-box', color: 'text.secondary', fontSize: '0.75rem' }}
        title={v.explanation}
      >
        {v.explanation}
      </Box>
    </Box>
  );
});

/**
 * The images and their verdicts: a virtualised grid (only the rows in view, plus a few, are in the
 * DOM), so ten thousand images scroll as smoothly as ten. Column headers sort; the explanation is
 * the second line of each row.
 */
export function VerdictTable({ rows, sort, onSort, height = 440 }: VerdictTableProps) {
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const visible = useMemo(() => rows.slice(first, last), [rows, first, last]);
  const toggle = (key: VerdictSortKey) =>
    onSort(sort.key === key ? { key, direction: sort.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: key === 'pushed' || key === 'lastPulled' || key === 'size' ? 'desc' : 'asc' });

  return (
    <Box
      role="table"
      aria-label="Images and their verdicts"
      aria-rowcount={rows.length + 1}
      tabIndex={0}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      data-testid="verdict-table"
      sx={{ height, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1, position: 'relative', containerType: 'inline-size', '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 } }}
    >
      <Box role="rowgroup" sx={{ position: 'sticky', top: 0, zIndex: 1, bgcolor: 'background.paper', minWidth: MIN_WIDTH }}>
        <Box role="row" aria-rowindex={1} sx={{ display: 'grid', gridTemplateColumns: COLUMNS, height: HEADER_HEIGHT, borderBottom: 1, borderColor: 'divider' }}>
          {verdictColumns.map((c) => {
            const active = sort.key === c.key;
            const Arrow = sort.direction === 'asc' ? ArrowUpward : ArrowDownward;
            return (
              <Box key={c.key} role="columnheader" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'} sx={{ display: 'flex', minWidth: 0 }}>
                <ButtonBase
                  onClick={() => toggle(c.key)}
                  sx={{
                    flex: 1,
                    justifyContent: 'flex-start',
                    gap: 0.5,
                    px: 1,
                    fontSize: '0.8125rem',
                    fontWeight: 600,
                    color: active ? 'primary.main' : 'text.primary',
                    '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
                  }}
                >
                  {c.label}
                  {active && <Arrow aria-hidden sx={{ fontSize: 16 }} />}
                </ButtonBase>
              </Box>
            );
          })}
        </Box>
      </Box>
      <Box role="rowgroup" sx={{ position: 'relative', height: rows.length * ROW_HEIGHT, minWidth: MIN_WIDTH }}>
        {visible.map((v, i) => (
          <Row key={v.image.digest} v={v} index={first + i} top={(first + i) * ROW_HEIGHT} />
        ))}
      </Box>
      {rows.length === 0 && <Box sx={{ p: 2, color: 'text.secondary', typography: 'body2', position: 'absolute', top: HEADER_HEIGHT }}>No image has this verdict.</Box>}
    </Box>
  );
}
