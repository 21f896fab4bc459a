import Box from '@mui/material/Box';
import { isStackResourcePath } from '@ecr-designer/model';
import { useDiagnostics } from '../derived/diagnostics.ts';
import { useDesignStore } from '../store/designStore.ts';
import { NavItem, ProblemCounts } from '../layout/NavItem.tsx';
import { showStackResources, useStackView } from './viewStore.ts';

/** Set apart from the repositories below it by a frame. */
const BUTTON_FRAME = { px: 1.5, border: 1, borderColor: 'divider' };

/** The entry of the left column that opens the stack's principals, topics, imports and token grants. */
export function StackResourcesButton() {
  const open = useStackView((s) => s.open);
  const errors = useDiagnostics((d) => d.all.filter((x) => x.severity === 'error' && isStackResourcePath(x.path)).length);
  const warnings = useDiagnostics((d) => d.all.filter((x) => x.severity === 'warning' && isStackResourcePath(x.path)).length);
  const count = useDesignStore(({ history: { present: d } }) => (d.principals?.length ?? 0) + (d.topics?.length ?? 0) + (d.imports?.length ?? 0));
  return (
    <NavItem current={open} onClick={showStackResources} sx={BUTTON_FRAME}>
      <Box component="span" sx={{ display: 'block', typography: 'body2', fontWeight: 600 }}>
        Stack resources
      </Box>
      <Box component="span" sx={{ display: 'block', typography: 'caption', color: 'text.secondary' }}>
        Principals, topics, imports ({count})
      </Box>
      <ProblemCounts errors={errors} warnings={warnings} />
    </NavItem>
  );
}
