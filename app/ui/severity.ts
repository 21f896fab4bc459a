import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import WarningAmber from '@mui/icons-material/WarningAmber';
import type { Severity } from '@ecr-designer/model';

/** The icon of each diagnostic severity, wherever diagnostics are shown. */
export const SEVERITY_ICONS = { error: ErrorOutline, warning: WarningAmber, info: InfoOutlined } as const satisfies Record<Severity, unknown>;

/** Read before the message by screen readers (the icon says it to sighted users). */
export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };
