import { Suspense, useState } from 'react';
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlineOutlined';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import WarningAmber from '@mui/icons-material/WarningAmber';
import { useDiagnostics } from '../derived/diagnostics.ts';
import { LazyProblemsPopover } from '../lazyParts.ts';
import { plural } from './plural.ts';
import { ActionButton } from '../ui/ActionButton.tsx';

/** The diagnostics summary of the app bar; opens the list of every problem. */
export function ProblemsButton() {
  // Numbers, not the counts object (new with every validation): re-renders only when they change.
  const errors = useDiagnostics((d) => d.counts.error);
  const warnings = useDiagnostics((d) => d.counts.warning);
  const counts = { error: errors, warning: warnings };
  const checked = useDiagnostics((d) => d.checked);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const clean = counts.error + counts.warning === 0;
  const summary = !checked ? 'Checking…' : clean ? 'No problems' : `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}`;
  return (
    <>
      <ActionButton
        color="inherit"
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-haspopup="dialog"
        aria-expanded={anchor !== null}
        data-testid="problems-summary"
        data-errors={counts.error}
        data-warnings={counts.warning}
        sx={{ gap: 1, px: 1.5, whiteSpace: 'nowrap' }}
      >
        {clean ? (
          <>
            <CheckCircleOutline color={checked ? 'success' : 'disabled'} fontSize="small" /> {summary}
          </>
        ) : (
          <>
            <ErrorOutline color={counts.error ? 'error' : 'disabled'} fontSize="small" />
            {plural(counts.error, 'error')}
            <WarningAmber color={counts.warning ? 'warning' : 'disabled'} fontSize="small" sx={{ ml: 0.5 }} />
            {plural(counts.warning, 'warning')}
          </>
        )}
      </ActionButton>
      {anchor && (
        <Suspense fallback={null}>
          <LazyProblemsPopover anchor={anchor} onClose={() => setAnchor(null)} />
        </Suspense>
      )}
    </>
  );
}
