/** The list of every problem of the design, each a link to its field (loaded on first use). */
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Popover from '@mui/material/Popover';
import Typography from '@mui/material/Typography';
import type { Severity } from '@ecr-designer/model';
import { useDiagnostics } from '../derived/diagnostics.ts';
import { useDesign } from '../store/designStore.ts';
import { goToDiagnostic } from './navigate.ts';
import { plural } from './plural.ts';
import { SEVERITY_ICONS, SEVERITY_LABELS } from '../ui/severity.ts';

function SeverityIcon({ severity }: { severity: Severity }) {
  const Icon = SEVERITY_ICONS[severity];
  return <Icon color={severity} fontSize="small" titleAccess={SEVERITY_LABELS[severity]} />;
}

export default function ProblemsPopover({ anchor, onClose }: { anchor: HTMLElement; onClose: () => void }) {
  const design = useDesign();
  const { all, counts } = useDiagnostics((d) => d);
  return (
    <Popover
      open
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      slotProps={{ paper: { role: 'dialog', 'aria-labelledby': 'problems-title', sx: { width: 480, maxWidth: '95vw', maxHeight: '70vh' } } }}
    >
      <Typography id="problems-title" variant="subtitle2" component="h2" sx={{ px: 2, pt: 1.5, pb: 1 }}>
        Problems: {plural(counts.error, 'error')}, {plural(counts.warning, 'warning')}, {plural(counts.info, 'note')}
      </Typography>
      {all.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 2 }}>
          CDK, CloudFormation and ECR accept this design.
        </Typography>
      ) : (
        <List dense aria-labelledby="problems-title">
          {all.map((d, i) => (
            <ListItem key={i} disablePadding>
            <ListItemButton
              onClick={() => {
                onClose();
                goToDiagnostic(design, d);
              }}
              sx={{ alignItems: 'flex-start' }}
            >
              <ListItemIcon sx={{ minWidth: 32, mt: 0.5 }}>
                <SeverityIcon severity={d.severity} />
              </ListItemIcon>
              <ListItemText
                primary={d.message}
                secondary={`${d.path || 'design'} · ${d.code} (${d.source})`}
                slotProps={{
                  primary: { sx: { whiteSpace: 'pre-line', overflowWrap: 'anywhere' } },
                  secondary: { sx: { fontFamily: 'var(--mono-font)', fontSize: '0.75rem', overflowWrap: 'anywhere' } },
                }}
              />
            </ListItemButton>
            </ListItem>
          ))}
        </List>
      )}
    </Popover>
  );
}
