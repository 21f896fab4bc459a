import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import { isStackResourcePath } from '@ecr-designer/model';
import { useDiagnostics } from '../derived/diagnostics.ts';
import { plural } from '../diagnostics/plural.ts';
import { useDesignStore } from '../store/designStore.ts';
import { Tag } from '../ui/Tag.tsx';
import { showStackResources, useStackView } from './viewStore.ts';

/** The entry of the left column that opens the stack's principals, topics, imports and token grants. */
export function StackResourcesButton() {
  const open = useStackView((s) => s.open);
  const errors = useDiagnostics((d) => d.all.filter((x) => x.severity === 'error' && isStackResourcePath(x.path)).length);
  const warnings = useDiagnostics((d) => d.all.filter((x) => x.severity === 'warning' && isStackResourcePath(x.path)).length);
  const count = useDesignStore(({ history: { present: d } }) => (d.principals?.length ?? 0) + (d.topics?.length ?? 0) + (d.imports?.length ?? 0));
  return (
    <ButtonBase
      onClick={showStackResources}
      aria-current={open ? 'true' : undefined}
      sx={{
        display: 'block',
        width: '100%',
        textAlign: 'left',
        borderRadius: 1,
        py: 1,
        px: 1.5,
        border: 1,
        borderColor: 'divider',
        bgcolor: open ? 'action.selected' : 'transparent',
        '&:hover': { bgcolor: open ? 'action.selected' : 'action.hover' },
        '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
      }}
    >
      <Box component="span" sx={{ display: 'block', typography: 'body2', fontWeight: 600 }}>
        Stack resources
      </Box>
      <Box component="span" sx={{ display: 'block', typography: 'caption', color: 'text.secondary' }}>
        Principals, topics, imports ({count})
      </Box>
      {(errors > 0 || warnings > 0) && (
        <Box component="span" sx={{ display: 'flex', gap: 0.5, mt: 0.5 }}>
          {errors > 0 && <Tag tone="error">{plural(errors, 'error')}</Tag>}
          {warnings > 0 && <Tag>{plural(warnings, 'warning')}</Tag>}
        </Box>
      )}
    </ButtonBase>
  );
}
